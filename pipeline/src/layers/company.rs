//! Layer 3: company research. Offline it reads what the posting and the job document say about the
//! employer (summary sentences, industry, work mode, signals of funding, growth, size and product),
//! each quoted with its span; it never asserts anything the posting does not.

use super::jd::JdAnalysis;
use super::{EngineUsed, JobInput};
use crate::text::clean::SectionKind;
use crate::text::units::{units, Span};
use serde::{Deserialize, Serialize};

/// Where a quote comes from when it is not the job description (a web page's URL).
fn job_description() -> String {
    "job description".into()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    /// Byte span in the cleaned text of `source`.
    pub span: Span,
    #[serde(default = "job_description")]
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    pub kind: String,
    pub text: String,
    pub span: Span,
    #[serde(default = "job_description")]
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompanyBrief {
    #[serde(flatten)]
    pub engine: EngineUsed,
    pub name: String,
    pub summary: Vec<Quote>,
    pub industry: String,
    pub work_mode: String,
    pub location: String,
    pub signals: Vec<Signal>,
    pub sources: Vec<String>,
}

const SIGNALS: &[(&str, &[&str])] = &[
    (
        "funding",
        &[
            "raised",
            "series a",
            "series b",
            "series c",
            "series d",
            "funded",
            "investors",
            "backed by",
            "funding",
            "ipo",
            "publicly traded",
        ],
    ),
    (
        "growth",
        &[
            "growing",
            "hypergrowth",
            "rapid growth",
            "expanding",
            "doubling",
            "double our",
            "scale-up",
            "scaleup",
            "fast-growing",
        ],
    ),
    (
        "size",
        &[
            "employees",
            "people across",
            "small team",
            "startup",
            "start-up",
            "engineers across",
            "offices in",
            "countries",
        ],
    ),
    (
        "customers",
        &["customers", "clients", "users", "merchants", "partners"],
    ),
    (
        "mission",
        &["mission", "vision", "our purpose", "we believe"],
    ),
    (
        "remote",
        &[
            "remote-first",
            "fully remote",
            "distributed team",
            "work from anywhere",
            "hybrid",
        ],
    ),
    (
        "ai",
        &[
            "ai-native",
            "ai-first",
            "machine learning",
            "generative ai",
            "llm",
            "agents",
        ],
    ),
];

/// The first unit per signal kind (funding, growth, size…) in `units`, benefits excluded.
pub fn signals_in(all: &[crate::text::units::Unit]) -> Vec<Signal> {
    let mut signals = Vec::new();
    for (kind, cues) in SIGNALS {
        if let Some(u) = all.iter().find(|u| {
            let l = u.text.to_lowercase();
            u.section != SectionKind::Benefits && cues.iter().any(|c| l.contains(c))
        }) {
            signals.push(Signal {
                kind: kind.to_string(),
                text: u.text.to_string(),
                span: u.span,
                source: job_description(),
            });
        }
    }
    signals
}

pub fn research(job: &JobInput, jd: &JdAnalysis) -> CompanyBrief {
    let all = units(&jd.clean_text, &jd.sections);
    let name_lower = job.company.to_lowercase();
    let about = |u: &&crate::text::units::Unit| {
        let l = u.text.to_lowercase();
        matches!(u.section, SectionKind::About | SectionKind::Intro)
            && (l.contains(&name_lower)
                || l.starts_with("we ")
                || l.starts_with("we're")
                || l.starts_with("our ")
                || l.contains(" we "))
    };
    let summary: Vec<Quote> = all
        .iter()
        .filter(about)
        .take(3)
        .map(|u| Quote {
            text: u.text.to_string(),
            span: u.span,
            source: job_description(),
        })
        .collect();
    let signals = signals_in(&all);
    let mut sources = vec!["job description".to_string()];
    if !job.criteria.is_empty() {
        sources.push("job criteria".into());
    }
    CompanyBrief {
        engine: EngineUsed::offline(),
        name: job.company.trim().to_string(),
        summary,
        industry: jd.criteria.industries.clone(),
        work_mode: jd.work_mode.clone(),
        location: job.location.trim().to_string(),
        signals,
        sources,
    }
}
