//! Knowledge-base parser: STAR records as `## STAR: Title` sections with `- key: value` lines, or as
//! blocks of upper-case labels (`COMPANY:`, `SITUATION:`, `TASK:`, `ACTIONS:`, `RESULTS:`, `METRICS:`),
//! optionally opened by `STAR RECORD #1` lines between `====` rules. Text before the first record
//! (a `TARGET ROLES:` preamble) and labels this parser does not use are kept in the file, never fatal.

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

impl Star {
    /// The year the record began: the first year its period names, as a role's
    /// ([`super::Role::start_year`]).
    pub fn start_year(&self) -> Option<i32> {
        super::first_year(&self.period)
    }

    /// The year the record ended: the last year its period names (the start year again for one
    /// that names only one, or runs to "present").
    pub fn end_year(&self) -> Option<i32> {
        super::last_year(&self.period)
    }
}

/// Field names, with the aliases people write, mapped to the canonical key.
fn canonical_key(key: &str) -> Option<&'static str> {
    let k = key.trim().to_lowercase();
    Some(match k.as_str() {
        "id" => "id",
        "title" | "name" | "star" => "title",
        "company" | "employer" | "organisation" | "organization" => "company",
        "role" | "position" | "title held" | "role title" | "job title" => "role",
        "period" | "dates" | "date" | "when" | "year" | "years" => "period",
        "skills" | "technologies" | "tech" | "tags" | "keywords" | "ats keywords"
        | "hard skills" | "tools" | "tech stack" => "skills",
        "impact summary" | "summary" | "headline" => "summary",
        "situation" | "context" | "s" => "situation",
        "task" | "tasks" | "goal" | "t" => "task",
        "action" | "actions" | "a" => "action",
        "result" | "results" | "outcome" | "outcomes" | "r" => "result",
        "metrics" | "metric" | "numbers" | "impact" => "metrics",
        _ => return None,
    })
}

/// The shapes the parser reads, for error messages.
const ACCEPTED: &str = "accepted shapes: `## STAR: Title` followed by `- situation: …`, `- task: …`, `- action: …`, `- result: …` lines; or blocks of `SITUATION:`, `TASK:`, `ACTIONS:`, `RESULTS:` labels (optionally after a `STAR RECORD #1` line)";

fn is_record_marker(line: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?i)^(?:star\s+record|record|star)\s*#?\s*\d+\s*:?$")
            .expect("valid regex")
    })
    .is_match(line.trim())
}

/// An upper-case `LABEL:` line whose label is not a STAR field (`SOFT SKILLS:`, `LESSONS:`).
fn is_other_label(body: &str) -> bool {
    body.split_once(':').is_some_and(|(k, _)| {
        k.chars().any(char::is_alphabetic)
            && k.chars()
                .all(|c| c.is_uppercase() || c == ' ' || c == '_' || c == '/')
            && canonical_key(k).is_none()
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
        if line.is_empty()
            || line
                .chars()
                .all(|c| matches!(c, '=' | '-' | '_' | '*' | '~'))
        {
            continue;
        }
        // "STAR RECORD #1", "Record 2:": a record starts here.
        if is_record_marker(line) {
            if let Some(done) = current.take() {
                stars.push(finish(done)?);
            }
            current = Some(Star {
                line: n,
                ..Star::default()
            });
            last_key = None;
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
                    Some(s) if s.line > 0 && s.situation.is_empty() => false,
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
                (Some(star), Some(key)) if !is_other_label(body) => append_field(star, key, body),
                // A label this parser does not use (`SOFT SKILLS:` …): its lines stay in the file.
                (Some(_), _) if is_other_label(body) => last_key = Some("other"),
                (Some(_), _) => {
                    return Err(ParseError::new(
                        n,
                        format!(
                            "{:?} belongs to no field of the record; {ACCEPTED}",
                            line.chars().take(60).collect::<String>()
                        ),
                    ))
                }
                // Before the first record: a preamble (`TARGET ROLES: …`), kept as written.
                (None, _) => {}
            },
        }
    }
    if let Some(done) = current.take() {
        stars.push(finish(done)?);
    }
    if stars.is_empty() {
        return Err(ParseError::new(
            1,
            format!("no STAR records found; {ACCEPTED}"),
        ));
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
        "skills" => star.skills.extend(split_list(&value, &[',', ';', '•'])),
        "summary" => {
            if star.title.is_empty() {
                star.title = value;
            }
        }
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
    fn star_record_blocks_after_a_preamble_parse() {
        let text = "TARGET ROLES: Staff Engineer, Tech Lead\nLOCATION PREFERENCES: Berlin\n\n====================\nSTAR RECORD #1\n====================\nID: star-1\nCOMPANY: Acme GmbH\nROLE TITLE: Staff Engineer\nPERIOD: 2021 – 2023\nSITUATION: Checkout was slow.\nTASK: Make it fast.\nACTIONS:\n• Profiled the services.\n• Added caching.\nRESULTS:\n• p99 from 480 ms to 180 ms.\nIMPACT SUMMARY: Checkout p99 cut by 62%\nATS KEYWORDS: Go, Redis\nHARD SKILLS: profiling\nSOFT SKILLS:\n• patience\n\n====================\nSTAR RECORD #2\n====================\nID: star-2\nCOMPANY: Beta\nSITUATION: No tests.\nTASK: Add tests.\nACTIONS: Wrote them.\nRESULTS: Fewer bugs.\n";
        let stars = parse_knowledge_base(text).unwrap();
        assert_eq!(stars.len(), 2);
        let s = &stars[0];
        assert_eq!(s.id, "star-1");
        assert_eq!(s.company, "Acme GmbH");
        assert_eq!(s.role, "Staff Engineer");
        assert_eq!(s.title, "Checkout p99 cut by 62%");
        assert_eq!(s.action, "Profiled the services.; Added caching.");
        assert_eq!(s.result, "p99 from 480 ms to 180 ms.");
        assert_eq!(s.skills, vec!["Go", "Redis", "profiling"]);
        assert_eq!(stars[1].company, "Beta");
    }

    #[test]
    fn prose_without_records_is_refused() {
        let err = parse_knowledge_base("Just some notes about me.\n").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("accepted shapes"), "{}", err.message);
        assert!(parse_knowledge_base("").is_err());
    }
}
