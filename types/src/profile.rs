//! The candidate's two files as stored.

use serde::{Deserialize, Serialize};

/// The stored candidate profile: the two files as the user wrote them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CandidateProfile {
    pub master_cv: String,
    pub knowledge_base: String,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: time::OffsetDateTime,
}
