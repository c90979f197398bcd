//! Layer 1: JD extraction. Cleans the posting and reads the role, seniority, work mode, skills
//! (must-have vs nice-to-have, by section and by cue words), years asked for and keywords.

use super::{EngineUsed, JobInput};
use crate::text::clean::{self, Criteria, Section, SectionKind};
use crate::text::lexicon::Lexicon;
use crate::text::units::units;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JdAnalysis {
    #[serde(flatten)]
    pub engine: EngineUsed,
    pub clean_text: String,
    pub sections: Vec<Section>,
    pub criteria: Criteria,
    pub role: String,
    /// Seniority label and level (0 intern … 7 executive).
    pub seniority: String,
    pub level: u8,
    pub work_mode: String,
    pub location: String,
    pub must_have: Vec<String>,
    pub nice_to_have: Vec<String>,
    pub years_required: Option<u32>,
    pub keywords: Vec<String>,
}

const NICE_CUES: &[&str] = &[
    "nice to have",
    "nice-to-have",
    "is a plus",
    "a plus",
    "bonus",
    "preferred",
    "ideally",
    "advantage",
    "desirable",
    "would be great",
    "good to have",
    "familiarity with",
];

pub fn analyse(job: &JobInput) -> JdAnalysis {
    let clean_text = clean::clean(&job.description);
    let sections = clean::sections(&clean_text);
    let criteria = clean::parse_criteria(&job.criteria);
    let lex = Lexicon::get();
    let us = units(&clean_text, &sections);
    let structured = sections.iter().any(|s| {
        matches!(
            s.kind,
            SectionKind::Requirements | SectionKind::Responsibilities | SectionKind::NiceToHave
        )
    });

    let mut must: Vec<String> = Vec::new();
    let mut nice: Vec<String> = Vec::new();
    let mut years: Option<u32> = None;
    for u in &us {
        let counts = match u.section {
            SectionKind::Benefits | SectionKind::About => false,
            SectionKind::Intro | SectionKind::Other => !structured,
            _ => true,
        };
        let lower = u.text.to_lowercase();
        if counts || u.section == SectionKind::Intro {
            if let Some(y) = years_in(&lower) {
                years = Some(years.map_or(y, |prev: u32| prev.max(y)));
            }
        }
        if !counts {
            continue;
        }
        let is_nice =
            u.section == SectionKind::NiceToHave || NICE_CUES.iter().any(|c| lower.contains(c));
        for skill in lex.skills_in(u.text) {
            let list = if is_nice { &mut nice } else { &mut must };
            if !list.contains(&skill) {
                list.push(skill);
            }
        }
    }
    nice.retain(|s| !must.contains(s));

    let title_level = level_of_title(&job.title);
    let level = match criteria_level(&criteria.seniority) {
        Some(c) if title_level == 2 => c,
        _ => title_level,
    };
    let lower_all = format!("{} {} {}", job.title, job.location, clean_text).to_lowercase();
    let work_mode = if lower_all.contains("hybrid") {
        "hybrid"
    } else if lower_all.contains("remote") || lower_all.contains("work from home") {
        "remote"
    } else if lower_all.contains("on-site")
        || lower_all.contains("onsite")
        || lower_all.contains("in office")
    {
        "on-site"
    } else {
        "unspecified"
    };

    let mut keywords: Vec<String> = must.iter().chain(nice.iter()).cloned().collect();
    for term in frequent_terms(&clean_text, 12) {
        if !keywords.iter().any(|k| k.eq_ignore_ascii_case(&term)) {
            keywords.push(term);
        }
    }
    keywords.truncate(30);

    JdAnalysis {
        engine: EngineUsed::offline(),
        role: job.title.trim().to_string(),
        seniority: LEVELS[level as usize].to_string(),
        level,
        work_mode: work_mode.into(),
        location: job.location.trim().to_string(),
        must_have: must,
        nice_to_have: nice,
        years_required: years,
        keywords,
        clean_text,
        sections,
        criteria,
    }
}

pub const LEVELS: [&str; 8] = [
    "intern",
    "junior",
    "mid-level",
    "senior",
    "staff / lead",
    "head / director",
    "vice president",
    "executive",
];

/// Level of a job title: 0 intern, 1 junior, 2 mid, 3 senior, 4 staff/lead/manager, 5 head/director,
/// 6 VP, 7 C-level.
pub fn level_of_title(title: &str) -> u8 {
    let t = format!(
        " {} ",
        title.to_lowercase().replace(['-', ',', '(', ')', '/'], " ")
    );
    let has = |w: &str| t.contains(&format!(" {w} "));
    if ["cto", "ceo", "cio", "cpo", "chief"].iter().any(|w| has(w)) {
        7
    } else if has("vp") || t.contains("vice president") {
        6
    } else if ["head", "director"].iter().any(|w| has(w)) {
        5
    } else if ["staff", "principal", "lead", "manager", "architect"]
        .iter()
        .any(|w| has(w))
    {
        4
    } else if ["senior", "sr", "sr."].iter().any(|w| has(w)) {
        3
    } else if ["junior", "jr", "graduate", "entry"].iter().any(|w| has(w)) {
        1
    } else if ["intern", "internship", "trainee"].iter().any(|w| has(w)) {
        0
    } else {
        2
    }
}

fn criteria_level(seniority: &str) -> Option<u8> {
    let s = seniority.to_lowercase();
    Some(match s.as_str() {
        "" | "not applicable" => return None,
        _ if s.contains("intern") => 0,
        _ if s.contains("entry") => 1,
        _ if s.contains("associate") => 2,
        _ if s.contains("mid-senior") => 3,
        _ if s.contains("director") => 5,
        _ if s.contains("executive") => 6,
        _ => return None,
    })
}

/// The largest "N years" / "N+ years" in `lower` (at most 30, so salaries and dates do not count).
fn years_in(lower: &str) -> Option<u32> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:\+\s*)?(?:years|yrs)")
            .expect("valid regex")
    });
    re.captures_iter(lower)
        .filter_map(|c| c[1].parse::<u32>().ok())
        .filter(|y| (1..=30).contains(y))
        .max()
}

/// The most frequent content words (4+ letters, not stopwords), for keywords beyond the lexicon.
fn frequent_terms(text: &str, n: usize) -> Vec<String> {
    const STOP: &[&str] = &[
        "with",
        "that",
        "this",
        "will",
        "your",
        "have",
        "from",
        "they",
        "their",
        "what",
        "about",
        "team",
        "work",
        "working",
        "experience",
        "role",
        "join",
        "help",
        "across",
        "more",
        "into",
        "also",
        "other",
        "which",
        "where",
        "while",
        "years",
        "using",
        "able",
        "well",
        "make",
        "like",
        "want",
        "need",
        "must",
        "including",
        "strong",
        "ability",
        "within",
        "great",
        "every",
        "over",
        "them",
        "were",
        "build",
        "building",
        "company",
        "people",
        "looking",
        "would",
        "should",
        "these",
        "those",
        "there",
        "here",
        "than",
        "then",
        "when",
        "been",
        "being",
        "such",
        "very",
        "some",
        "most",
        "only",
        "just",
        "each",
        "both",
        "through",
        "based",
        "part",
        "time",
        "high",
        "best",
        "skills",
        "knowledge",
        "opportunity",
        "environment",
        "please",
        "apply",
        "candidate",
        "candidates",
        "position",
        "offer",
        "benefits",
    ];
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        let lw = w.to_lowercase();
        if lw.len() >= 4 && !STOP.contains(&lw.as_str()) && !lw.chars().all(|c| c.is_ascii_digit())
        {
            *counts.entry(lw).or_insert(0) += 1;
        }
    }
    let mut v: Vec<(String, usize)> = counts.into_iter().filter(|(_, c)| *c >= 2).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.into_iter().take(n).map(|(w, _)| w).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(title: &str, description: &str, criteria: &str) -> JobInput {
        JobInput {
            id: "j".into(),
            title: title.into(),
            company: "Acme".into(),
            location: "Berlin (Hybrid)".into(),
            description: description.into(),
            criteria: criteria.into(),
            url: String::new(),
        }
    }

    #[test]
    fn must_and_nice_skills_come_from_their_sections() {
        let a = analyse(&job(
            "Senior Backend Engineer",
            "About usWe sell shoes with Shopify.Requirements* 5+ years with Go and PostgreSQL* Kubernetes in production Nice to have* Terraform experience is a plus",
            "SENIORITY LEVELMid-Senior levelEMPLOYMENT TYPEFull-time",
        ));
        assert!(a.must_have.contains(&"Go".to_string()), "{a:?}");
        assert!(a.must_have.contains(&"PostgreSQL".to_string()));
        assert!(a.must_have.contains(&"Kubernetes".to_string()));
        assert!(
            a.nice_to_have.contains(&"Terraform".to_string()),
            "{:?}",
            a.nice_to_have
        );
        assert_eq!(a.years_required, Some(5));
        assert_eq!(a.level, 3);
        assert_eq!(a.work_mode, "hybrid");
        assert_eq!(a.criteria.employment_type, "Full-time");
    }

    #[test]
    fn title_levels() {
        assert_eq!(level_of_title("Head of Engineering"), 5);
        assert_eq!(level_of_title("Engineering Manager - GenAI"), 4);
        assert_eq!(level_of_title("Sr. Data Engineer"), 3);
        assert_eq!(level_of_title("Software Engineer"), 2);
        assert_eq!(level_of_title("VP Engineering"), 6);
        assert_eq!(level_of_title("CTO"), 7);
    }
}
