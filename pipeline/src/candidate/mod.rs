//! The candidate's own files: the master CV and the knowledge base of STAR records.
//!
//! Both are Markdown (or plain text) as people write them. The parsers accept the common shapes and
//! refuse what they cannot understand with an error that names the line, because everything the
//! pipeline later writes about the candidate must come from these files.

mod cv;
mod kb;
mod lines;

pub use cv::{parse_master_cv, Education, MasterCv, Role, SkillGroup};
pub use kb::{parse_knowledge_base, Star};

use serde::{Deserialize, Serialize};

/// Largest accepted master CV or knowledge base.
pub const MAX_PROFILE_BYTES: usize = 512 * 1024;

/// A parse error with the 1-based line it is about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl ParseError {
    pub(crate) fn new(line: usize, message: impl Into<String>) -> Self {
        ParseError {
            line,
            message: message.into(),
        }
    }
}

/// The stored candidate profile: the two files as the user wrote them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CandidateProfile {
    pub master_cv: String,
    pub knowledge_base: String,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: time::OffsetDateTime,
}

/// Validates both files, naming the file and the line in the error.
pub fn validate_profile(
    master_cv: &str,
    knowledge_base: &str,
) -> crate::Result<(MasterCv, Vec<Star>)> {
    for (name, text) in [("master CV", master_cv), ("knowledge base", knowledge_base)] {
        if text.len() > MAX_PROFILE_BYTES {
            return Err(crate::Error::invalid(format!(
                "the {name} is {}, over the {} limit",
                crate::import::human_bytes(text.len()),
                crate::import::human_bytes(MAX_PROFILE_BYTES)
            )));
        }
    }
    let cv =
        parse_master_cv(master_cv).map_err(|e| crate::Error::invalid(format!("master CV, {e}")))?;
    let stars = parse_knowledge_base(knowledge_base)
        .map_err(|e| crate::Error::invalid(format!("knowledge base, {e}")))?;
    Ok((cv, stars))
}
