//! Knowledge-base parser: STAR records as `## STAR: Title` sections with `- key: value` lines, or as
//! blocks of upper-case labels (`COMPANY:`, `SITUATION:`, `TASK:`, `ACTIONS:`, `RESULTS:`, `METRICS:`).

use super::lines::{bullet, heading, plain};
use super::ParseError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Star {
    pub id: String,
    pub title: String,
    pub company: String,
    pub role: String,
    pub period: String,
    pub skills: Vec<String>,
    pub situation: String,
    pub task: String,
    pub action: String,
    pub result: String,
    pub metrics: Vec<String>,
    /// 1-based line where the record starts, for error messages.
    pub line: usize,
}

/// Field names, with the aliases people write, mapped to the canonical key.
fn canonical_key(key: &str) -> Option<&'static str> {
    let k = key.trim().to_lowercase();
    Some(match k.as_str() {
        "id" => "id",
        "title" | "name" | "star" => "title",
        "company" | "employer" | "organisation" | "organization" => "company",
        "role" | "position" | "title held" => "role",
        "period" | "dates" | "date" | "when" | "year" | "years" => "period",
        "skills" | "technologies" | "tech" | "tags" | "keywords" => "skills",
        "situation" | "context" | "s" => "situation",
        "task" | "tasks" | "goal" | "t" => "task",
        "action" | "actions" | "a" => "action",
        "result" | "results" | "outcome" | "outcomes" | "r" => "result",
        "metrics" | "metric" | "numbers" | "impact" => "metrics",
        _ => return None,
    })
}

/// Parses the knowledge base. Each record needs a situation, a task, an action and a result.
pub fn parse_knowledge_base(text: &str) -> Result<Vec<Star>, ParseError> {
    let mut stars: Vec<Star> = Vec::new();
    let mut current: Option<Star> = None;
    let mut last_key: Option<&'static str> = None;

    for (idx, raw) in text.lines().enumerate() {
        let n = idx + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some((level, title)) = heading(line) {
            if level == 1 {
                continue; // the document title
            }
            if let Some(done) = current.take() {
                stars.push(finish(done)?);
            }
            let title = title
                .strip_prefix("STAR:")
                .or_else(|| title.strip_prefix("Star:"))
                .unwrap_or(title);
            current = Some(Star {
                title: plain(title),
                line: n,
                ..Star::default()
            });
            last_key = None;
            continue;
        }
        let body = bullet(line).unwrap_or(line);
        let labelled = body.split_once(':').and_then(|(k, v)| {
            let is_upper_label = k.chars().any(char::is_alphabetic)
                && k.chars().all(|c| c.is_uppercase() || c == ' ' || c == '_');
            let key = canonical_key(k)?;
            (bullet(line).is_some() || is_upper_label).then_some((key, v.trim()))
        });
        match labelled {
            Some((key, value)) => {
                // Upper-case blocks start a new record at a repeated key or at a TITLE/ID line.
                let starts_new = match &current {
                    None => true,
                    Some(s) => {
                        (key == "title" || key == "id") && !s.situation.is_empty()
                            || (key == "company" && !s.situation.is_empty())
                    }
                };
                if starts_new {
                    if let Some(done) = current.take() {
                        stars.push(finish(done)?);
                    }
                    current = Some(Star {
                        line: n,
                        ..Star::default()
                    });
                }
                if let Some(star) = current.as_mut() {
                    set_field(star, key, value);
                }
                last_key = Some(key);
            }
            None => match (current.as_mut(), last_key) {
                // Continuation lines (a bullet list under `ACTIONS:`) append to the last field.
                (Some(star), Some(key)) => append_field(star, key, body),
                _ => {
                    return Err(ParseError::new(
                        n,
                        format!(
                            "expected a STAR record (`## STAR: Title` with `- situation: …` lines, or `SITUATION: …`), found {:?}",
                            line.chars().take(60).collect::<String>()
                        ),
                    ))
                }
            },
        }
    }
    if let Some(done) = current.take() {
        stars.push(finish(done)?);
    }
    if stars.is_empty() {
        return Err(ParseError::new(1, "no STAR records found"));
    }
    let mut seen = std::collections::HashSet::new();
    for s in &stars {
        if !seen.insert(s.id.clone()) {
            return Err(ParseError::new(
                s.line,
                format!("duplicate STAR id {:?}", s.id),
            ));
        }
    }
    Ok(stars)
}

fn set_field(star: &mut Star, key: &str, value: &str) {
    let value = plain(value);
    match key {
        "id" => star.id = value,
        "title" => star.title = value,
        "company" => star.company = value,
        "role" => star.role = value,
        "period" => star.period = value,
        "skills" => star.skills = split_list(&value, &[',', ';', '•']),
        "metrics" => star.metrics = split_list(&value, &[';', '•']),
        _ => append_field(star, key, &value),
    }
}

fn append_field(star: &mut Star, key: &str, value: &str) {
    let value = plain(value);
    if value.is_empty() {
        return;
    }
    let target = match key {
        "situation" => &mut star.situation,
        "task" => &mut star.task,
        "action" => &mut star.action,
        "result" => &mut star.result,
        "skills" => {
            star.skills.extend(split_list(&value, &[',', ';', '•']));
            return;
        }
        "metrics" => {
            star.metrics.extend(split_list(&value, &[';', '•']));
            return;
        }
        _ => return,
    };
    if !target.is_empty() {
        target.push_str("; ");
    }
    target.push_str(&value);
}

fn split_list(value: &str, seps: &[char]) -> Vec<String> {
    value
        .split(seps)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn finish(mut star: Star) -> Result<Star, ParseError> {
    for (name, value) in [
        ("situation", &star.situation),
        ("task", &star.task),
        ("action", &star.action),
        ("result", &star.result),
    ] {
        if value.trim().is_empty() {
            let label = if star.title.is_empty() {
                "a STAR record".to_string()
            } else {
                format!("STAR {:?}", star.title)
            };
            return Err(ParseError::new(
                star.line,
                format!("{label} has no `{name}`"),
            ));
        }
    }
    if star.title.is_empty() {
        star.title = star.result.chars().take(80).collect();
    }
    if star.id.is_empty() {
        star.id = slug(&star.title);
    }
    Ok(star)
}

/// `"RAG support assistant!"` → `"star-rag-support-assistant"`.
fn slug(title: &str) -> String {
    let mut out = String::from("star");
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
    {
        out.push('-');
        out.push_str(&word.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_records_parse_with_lists() {
        let text = "# KB\n\n## STAR: Cut costs 28%\n- id: star-cost\n- company: Acme\n- skills: AWS, Terraform\n- situation: Spend grew.\n- task: Cut it.\n- action: Rightsized.\n- result: Down 28%.\n- metrics: -28% spend; EUR 410k/year\n";
        let stars = parse_knowledge_base(text).unwrap();
        assert_eq!(stars.len(), 1);
        let s = &stars[0];
        assert_eq!(s.id, "star-cost");
        assert_eq!(s.title, "Cut costs 28%");
        assert_eq!(s.skills, vec!["AWS", "Terraform"]);
        assert_eq!(s.metrics, vec!["-28% spend", "EUR 410k/year"]);
        assert_eq!(s.line, 3);
    }

    #[test]
    fn upper_case_label_blocks_parse_with_continuations() {
        let text = "COMPANY: Acme\nSITUATION: Slow checkout.\nTASK: Make it fast.\nACTIONS:\n- Profiled.\n- Cached.\nRESULTS: p99 480 → 180 ms.\nMETRICS: p99 -62%\n\nCOMPANY: Beta\nSITUATION: No tests.\nTASK: Add tests.\nACTIONS: Wrote them.\nRESULTS: Fewer bugs.\n";
        let stars = parse_knowledge_base(text).unwrap();
        assert_eq!(stars.len(), 2);
        assert_eq!(stars[0].company, "Acme");
        assert_eq!(stars[0].action, "Profiled.; Cached.");
        assert_eq!(stars[1].company, "Beta");
        assert_ne!(stars[0].id, stars[1].id);
    }

    #[test]
    fn missing_result_names_the_record_line() {
        let text = "## STAR: One\n- situation: s\n- task: t\n- action: a\n- result: r\n\n## STAR: Two\n- situation: s\n- task: t\n- action: a\n";
        let err = parse_knowledge_base(text).unwrap_err();
        assert_eq!(err.line, 7);
        assert!(err.message.contains("`result`"), "{}", err.message);
    }

    #[test]
    fn prose_without_records_is_refused() {
        let err = parse_knowledge_base("Just some notes about me.\n").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(parse_knowledge_base("").is_err());
    }
}
