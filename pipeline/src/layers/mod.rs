//! The pipeline layers. Each takes typed inputs and returns a typed output that records the engine
//! that produced it; the offline engine of each layer is deterministic and grounded.

pub mod company;
pub mod contacts;
pub mod fit;
pub mod generate;
pub mod jd;
pub mod knockouts;
pub mod pain_points;
pub mod publish;
pub mod star_bullets;
pub mod stars;
pub mod voice;

use serde::{Deserialize, Serialize};

pub use types::Layer;

pub use types::EngineUsed;

/// The job as the layers read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobInput {
    pub id: String,
    pub title: String,
    pub company: String,
    pub location: String,
    pub description: String,
    pub criteria: String,
    pub url: String,
}

impl From<&crate::job::NewJob> for JobInput {
    fn from(j: &crate::job::NewJob) -> Self {
        JobInput {
            id: j.id.clone(),
            title: j.title.clone(),
            company: j.company.clone(),
            location: j.location.clone(),
            description: j.job_description.clone(),
            criteria: j.job_criteria.clone(),
            url: if j.job_url.is_empty() {
                j.url.clone()
            } else {
                j.job_url.clone()
            },
        }
    }
}

impl JobInput {
    /// A posting for tests: the fields the layers read, the rest empty.
    #[cfg(test)]
    pub(crate) fn sample(title: &str, company: &str, location: &str, description: &str) -> Self {
        JobInput {
            id: "j".into(),
            title: title.into(),
            company: company.into(),
            location: location.into(),
            description: description.into(),
            criteria: String::new(),
            url: String::new(),
        }
    }
}

/// Cuts `s` to at most `max` characters at a word boundary, adding "…" when it cut.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split_whitespace() {
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}
