//! Layer 6: the tailored CV (Markdown) and cover letter. Offline they are compositions of the
//! candidate's own text, selected and ordered by relevance to the posting: nothing is added that
//! the master CV or the knowledge base does not say.

use super::fit::FitAssessment;
use super::jd::JdAnalysis;
use super::pain_points::PainPoints;
use super::stars::StarSelection;
use super::{EngineUsed, JobInput};
use crate::candidate::{Candidate, Star};
use crate::text::bm25::Bm25;
use crate::text::lexicon::{skill_key, Lexicon};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Generated {
    #[serde(flatten)]
    pub engine: EngineUsed,
    pub cv_markdown: String,
    pub cover_letter: String,
}

/// The posting as one relevance query: its skills, keywords and pain points.
fn query(jd: &JdAnalysis, pain: &PainPoints) -> String {
    let mut q = jd.keywords.join(" ");
    for p in &pain.pain_points {
        q.push(' ');
        q.push_str(&p.text);
    }
    q
}

/// `items` reordered by BM25 relevance to `q`, ties in original order.
fn by_relevance<'a>(items: &'a [String], q: &str) -> Vec<&'a String> {
    if items.len() < 2 {
        return items.iter().collect();
    }
    let scores = Bm25::new(items).scores(q);
    let mut idx: Vec<usize> = (0..items.len()).collect();
    idx.sort_by(|a, b| scores[*b].total_cmp(&scores[*a]).then(a.cmp(b)));
    idx.into_iter().map(|i| &items[i]).collect()
}

pub fn tailored_cv(
    jd: &JdAnalysis,
    pain: &PainPoints,
    stars: &StarSelection,
    c: &Candidate,
) -> String {
    let q = query(jd, pain);
    let jd_skills: Vec<String> = jd
        .must_have
        .iter()
        .chain(&jd.nice_to_have)
        .map(|s| skill_key(s))
        .collect();
    let lex = Lexicon::get();
    let relevant = |item: &str| {
        let key = skill_key(&lex.canonical(item).unwrap_or_else(|| item.to_string()));
        jd_skills.iter().position(|k| *k == key)
    };
    let cv = &c.cv;
    let mut md = format!("# {}\n", cv.name);
    if !cv.contact.is_empty() {
        md.push_str(&cv.contact);
        md.push('\n');
    }
    if !cv.summary.is_empty() {
        let sentences: Vec<String> = cv
            .summary
            .split_inclusive(". ")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let mut ordered: Vec<&String> = sentences.first().into_iter().collect();
        if sentences.len() > 1 {
            ordered.extend(by_relevance(&sentences[1..], &q));
        }
        md.push_str("\n## Summary\n");
        md.push_str(
            &ordered
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        md.push('\n');
    }

    let selected: Vec<&Star> = stars
        .selected
        .iter()
        .filter_map(|s| c.stars.iter().find(|st| st.id == s.star_id))
        .collect();
    if !selected.is_empty() {
        md.push_str("\n## Selected achievements\n");
        for s in &selected {
            let result = s.result.trim().trim_end_matches('.');
            if s.company.is_empty() {
                md.push_str(&format!("- **{}**: {}.\n", s.title, result));
            } else {
                md.push_str(&format!("- **{}** ({}): {}.\n", s.title, s.company, result));
            }
        }
    }

    if !cv.skills.is_empty() {
        md.push_str("\n## Skills\n");
        let mut groups: Vec<(usize, usize, String)> = cv
            .skills
            .iter()
            .enumerate()
            .map(|(gi, g)| {
                let mut items: Vec<(Option<usize>, usize, &String)> = g
                    .items
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (relevant(s), i, s))
                    .collect();
                items.sort_by_key(|(r, i, _)| (r.is_none(), r.unwrap_or(0), *i));
                let matched = items.iter().filter(|(r, _, _)| r.is_some()).count();
                let list = items
                    .iter()
                    .map(|(_, _, s)| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                let line = if g.label.is_empty() {
                    format!("- {list}\n")
                } else {
                    format!("- {}: {list}\n", g.label)
                };
                (matched, gi, line)
            })
            .collect();
        groups.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (_, _, line) in groups {
            md.push_str(&line);
        }
    }

    md.push_str("\n## Experience\n");
    for role in &cv.roles {
        md.push_str(&format!("\n### {} — {}\n", role.title, role.company));
        let meta: Vec<&str> = [role.period.as_str(), role.location.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if !meta.is_empty() {
            md.push_str(&meta.join(" · "));
            md.push('\n');
        }
        for b in by_relevance(&role.bullets, &q) {
            md.push_str(&format!("- {b}\n"));
        }
    }
    if !cv.projects.is_empty() {
        md.push_str("\n## Projects\n");
        for p in by_relevance(&cv.projects, &q) {
            md.push_str(&format!("- {p}\n"));
        }
    }
    if !cv.education.is_empty() {
        md.push_str("\n## Education\n");
        for e in &cv.education {
            match e.institution.is_empty() {
                true => md.push_str(&format!("\n### {}\n", e.degree)),
                false => md.push_str(&format!("\n### {} — {}\n", e.degree, e.institution)),
            }
            if !e.period.is_empty() {
                md.push_str(&e.period);
                md.push('\n');
            }
        }
    }
    if !cv.languages.is_empty() {
        md.push_str("\n## Languages\n");
        md.push_str(&cv.languages.join(", "));
        md.push('\n');
    }
    md
}

pub fn cover_letter(
    job: &JobInput,
    jd: &JdAnalysis,
    stars: &StarSelection,
    fit: &FitAssessment,
    c: &Candidate,
) -> String {
    let cv = &c.cv;
    let mut letter = format!("Dear {} hiring team,\n\n", job.company.trim());
    letter.push_str(&format!(
        "I am applying for the {} position at {}.",
        job.title.trim(),
        job.company.trim()
    ));
    if let Some(first) = cv.summary.split_inclusive(". ").next() {
        letter.push(' ');
        letter.push_str(first.trim());
    }
    letter.push_str("\n\n");
    let strengths: Vec<&String> = fit
        .matched_must
        .iter()
        .chain(&fit.matched_nice)
        .take(4)
        .collect();
    if !strengths.is_empty() {
        let list = join_words(&strengths.iter().map(|s| s.as_str()).collect::<Vec<_>>());
        letter.push_str(&format!(
            "Your posting puts weight on {list}, which is where most of my work has been.\n\n"
        ));
    }
    let chosen: Vec<&Star> = stars
        .selected
        .iter()
        .filter_map(|s| c.stars.iter().find(|st| st.id == s.star_id))
        .take(2)
        .collect();
    for s in &chosen {
        let place = if s.company.is_empty() {
            "In a previous role".to_string()
        } else {
            format!("At {}", s.company)
        };
        letter.push_str(&format!(
            "{place}, my task was to {} I {} The result: {}\n\n",
            ensure_period(&lower_first(&s.task)),
            ensure_period(&lower_first(&s.action)),
            ensure_period(&s.result)
        ));
    }
    let _ = jd;
    letter.push_str(&format!(
        "I would welcome the chance to discuss how this experience could help {}.\n\nKind regards,\n{}\n",
        job.company.trim(),
        cv.name
    ));
    if let Some(line) = cv.contact.lines().next() {
        letter.push_str(line);
        letter.push('\n');
    }
    letter
}

/// "Deliver an assistant" → "deliver an assistant"; acronyms ("RAG pipeline") are left alone.
fn lower_first(s: &str) -> String {
    let t = s.trim();
    let mut chars = t.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => first
            .to_lowercase()
            .chain(t[first.len_utf8()..].chars())
            .collect(),
        _ => t.to_string(),
    }
}

fn ensure_period(s: &str) -> String {
    let t = s.trim();
    if t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

fn join_words(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

pub fn generate(
    job: &JobInput,
    jd: &JdAnalysis,
    pain: &PainPoints,
    stars: &StarSelection,
    fit: &FitAssessment,
    c: &Candidate,
) -> Generated {
    Generated {
        engine: EngineUsed::offline(),
        cv_markdown: tailored_cv(jd, pain, stars, c),
        cover_letter: cover_letter(job, jd, stars, fit, c),
    }
}
