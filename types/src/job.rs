//! The job model: the original system's `level-2` document plus jobintel's own tracking fields.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::OffsetDateTime;

/// Application-tracking status, spelled exactly as the original system stored it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum JobStatus {
    #[serde(rename = "not processed")]
    NotProcessed,
    #[serde(rename = "marked for applying")]
    MarkedForApplying,
    #[serde(rename = "ready for applying")]
    ReadyForApplying,
    #[serde(rename = "needs review")]
    NeedsReview,
    #[serde(rename = "to be deleted")]
    ToBeDeleted,
    #[serde(rename = "discarded")]
    Discarded,
    #[serde(rename = "applied")]
    Applied,
    #[serde(rename = "interview scheduled")]
    InterviewScheduled,
    #[serde(rename = "rejected")]
    Rejected,
    #[serde(rename = "offer received")]
    OfferReceived,
}

impl JobStatus {
    pub const ALL: [JobStatus; 10] = [
        JobStatus::NotProcessed,
        JobStatus::MarkedForApplying,
        JobStatus::ReadyForApplying,
        JobStatus::NeedsReview,
        JobStatus::ToBeDeleted,
        JobStatus::Discarded,
        JobStatus::Applied,
        JobStatus::InterviewScheduled,
        JobStatus::Rejected,
        JobStatus::OfferReceived,
    ];

    /// Statuses the job list hides unless asked, as the original did: the job is settled one way or another.
    pub const HIDDEN_BY_DEFAULT: [JobStatus; 3] = [
        JobStatus::Discarded,
        JobStatus::Applied,
        JobStatus::InterviewScheduled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::NotProcessed => "not processed",
            JobStatus::MarkedForApplying => "marked for applying",
            JobStatus::ReadyForApplying => "ready for applying",
            JobStatus::NeedsReview => "needs review",
            JobStatus::ToBeDeleted => "to be deleted",
            JobStatus::Discarded => "discarded",
            JobStatus::Applied => "applied",
            JobStatus::InterviewScheduled => "interview scheduled",
            JobStatus::Rejected => "rejected",
            JobStatus::OfferReceived => "offer received",
        }
    }

    pub fn parse(s: &str) -> Option<JobStatus> {
        let s = s.trim();
        JobStatus::ALL
            .into_iter()
            .find(|st| st.as_str().eq_ignore_ascii_case(s))
    }

    pub fn hidden_by_default(self) -> bool {
        JobStatus::HIDDEN_BY_DEFAULT.contains(&self)
    }
}

impl std::fmt::Display for JobStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A job ready to be inserted: validated, with its id and dedupe key decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewJob {
    pub id: String,
    pub dedupe_key: String,
    pub title: String,
    pub company: String,
    pub location: String,
    pub job_description: String,
    pub job_criteria: String,
    pub job_url: String,
    pub url: String,
    pub source: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// The original system's score (a string there); kept for reference, never used as our fit score.
    pub score: Option<String>,
    pub status: JobStatus,
    /// Every other field of the imported document, kept so nothing the user had is lost.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A stored job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    #[serde(flatten)]
    pub doc: NewJob,
    /// jobintel's own fit score (0–100), set by the pipeline.
    pub fit_score: Option<u8>,
    /// Pipeline outputs by layer name (`jd`, `pain_points`, …); absent until the layer ran.
    pub outputs: BTreeMap<String, serde_json::Value>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

impl Job {
    pub fn id(&self) -> &str {
        &self.doc.id
    }
}

/// One row of the job list: what the list page shows, without the (large) description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobSummary {
    pub id: String,
    pub title: String,
    pub company: String,
    pub location: String,
    pub status: JobStatus,
    pub fit_score: Option<u8>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// A status change in a job's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    pub status: JobStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum JobSort {
    /// Newest first.
    #[default]
    Newest,
    Oldest,
    /// Highest fit score first; unscored jobs last.
    FitScore,
}

impl JobSort {
    pub fn parse(s: &str) -> JobSort {
        match s {
            "oldest" => JobSort::Oldest,
            "fit" | "fit_score" => JobSort::FitScore,
            _ => JobSort::Newest,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            JobSort::Newest => "newest",
            JobSort::Oldest => "oldest",
            JobSort::FitScore => "fit",
        }
    }
}

/// Which statuses a list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum StatusFilter {
    /// Everything but [`JobStatus::HIDDEN_BY_DEFAULT`].
    #[default]
    Active,
    All,
    Only(JobStatus),
}

/// A page request for the job list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobQuery {
    /// Words to find in the title, company or location: every word must start a word there, case
    /// and diacritics aside ("eng münch" finds "Engineer, Munich"). Punctuation separates words and
    /// is never an operator (see [`search_words`]).
    pub text: String,
    pub status: StatusFilter,
    pub sort: JobSort,
    /// 1-based.
    pub page: u32,
    pub per_page: u32,
    /// The previous page's [`JobPage::next`]: the page after it is read from there instead of
    /// skipping `(page - 1) × per_page` rows, in the same time for page 2 and page 2,000. Date
    /// sorts only; ignored for the fit sort, and an unreadable cursor is ignored too.
    #[serde(default)]
    pub after: Option<String>,
}

impl Default for JobQuery {
    fn default() -> Self {
        JobQuery {
            text: String::new(),
            status: StatusFilter::Active,
            sort: JobSort::Newest,
            page: 1,
            per_page: 50,
            after: None,
        }
    }
}

impl JobQuery {
    pub const MAX_PER_PAGE: u32 = 200;
    /// Words of a search beyond this are ignored.
    pub const MAX_WORDS: usize = 8;

    /// Page and page size clamped to sane bounds, so any query string is a valid request.
    pub fn normalised(mut self) -> Self {
        self.page = self.page.max(1);
        self.per_page = self.per_page.clamp(1, Self::MAX_PER_PAGE);
        self.text = self.text.trim().chars().take(200).collect();
        self
    }

    pub fn offset(&self) -> u64 {
        u64::from(self.page.saturating_sub(1)) * u64::from(self.per_page)
    }
}

/// The words of a search, as every backend matches them: runs of letters and digits, lower-cased;
/// everything else (`%`, `_`, `"`, `*`, `-`, brackets) only separates words.
pub fn search_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(JobQuery::MAX_WORDS)
        .map(str::to_lowercase)
        .collect()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobPage {
    pub jobs: Vec<JobSummary>,
    /// Jobs matching the query, over all pages; a lower bound when `total_exact` is false.
    pub total: u64,
    /// Whether `total` is exact. A text search counts its matches only up to
    /// [`JobPage::COUNT_CAP`] (or just past the page asked for), so a common word stays cheap.
    #[serde(default = "yes")]
    pub total_exact: bool,
    /// Jobs the status filter hides, so the page can say "N hidden". For a text search these
    /// are all the hidden jobs, matching or not (counting only the matching ones would walk every
    /// match of a common word).
    pub hidden: u64,
    pub page: u32,
    pub per_page: u32,
    /// A cursor for the next page ([`JobQuery::after`]) when there is one and the sort is by date.
    #[serde(default)]
    pub next: Option<String>,
}

fn yes() -> bool {
    true
}

impl JobPage {
    /// How far a text search counts its matches.
    pub const COUNT_CAP: u64 = 200;

    pub fn pages(&self) -> u32 {
        let per = u64::from(self.per_page.max(1));
        (self.total.div_ceil(per)).max(1) as u32
    }
}

/// What makes two documents the same posting whatever their ids, titles or dedupe keys: the
/// company and the description, lower-cased with punctuation and spacing ignored, hashed (FNV-1a,
/// 64 bits). `None` for a description too short to tell postings apart.
pub fn content_key(company: &str, description: &str) -> Option<String> {
    let words: Vec<String> = description
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < 30 {
        return None;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let company = company.trim().to_lowercase();
    for b in company
        .bytes()
        .chain(std::iter::once(0))
        .chain(words.join(" ").bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    Some(format!("{h:016x}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_through_their_original_spelling() {
        for st in JobStatus::ALL {
            assert_eq!(JobStatus::parse(st.as_str()), Some(st));
            let json = serde_json::to_string(&st).unwrap();
            assert_eq!(json, format!("\"{}\"", st.as_str()));
        }
        assert_eq!(JobStatus::parse("Applied"), Some(JobStatus::Applied));
        assert_eq!(JobStatus::parse("archived"), None);
    }

    #[test]
    fn query_normalisation_clamps_page_bounds() {
        let q = JobQuery {
            page: 0,
            per_page: 10_000,
            ..JobQuery::default()
        }
        .normalised();
        assert_eq!(q.page, 1);
        assert_eq!(q.per_page, JobQuery::MAX_PER_PAGE);
        assert_eq!(q.offset(), 0);
    }
}
