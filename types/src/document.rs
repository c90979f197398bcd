//! Versions of the documents a user edits: a job's tailored CV and cover letter, and the candidate's
//! master CV and knowledge base. Every save adds a version, none is overwritten, so any earlier text
//! can be compared and restored.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// The files of a job's application pack, in the order a run writes them: one list for the
/// pipeline that writes them, the server that serves them and the pages that link them.
pub const PACK_FILES: [&str; 7] = [
    "CV.md",
    "CV.docx",
    "CV.pdf",
    "cover_letter.txt",
    "cover_letter.pdf",
    "dossier.txt",
    "contacts_outreach.txt",
];

/// The owner of the candidate's own files, where a job's documents are owned by the job's id.
pub const PROFILE_OWNER: &str = "profile";

/// Which document a version belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// A job's tailored CV (Markdown): `CV.md`, `CV.docx` and `CV.pdf` are made from it.
    Cv,
    /// A job's cover letter (plain text): `cover_letter.txt` and `cover_letter.pdf`.
    CoverLetter,
    MasterCv,
    KnowledgeBase,
}

impl DocKind {
    pub const ALL: [DocKind; 4] = [
        DocKind::Cv,
        DocKind::CoverLetter,
        DocKind::MasterCv,
        DocKind::KnowledgeBase,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Cv => "cv",
            DocKind::CoverLetter => "cover_letter",
            DocKind::MasterCv => "master_cv",
            DocKind::KnowledgeBase => "knowledge_base",
        }
    }

    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// How a page names it.
    pub fn label(self) -> &'static str {
        match self {
            DocKind::Cv => "tailored CV",
            DocKind::CoverLetter => "cover letter",
            DocKind::MasterCv => "master CV",
            DocKind::KnowledgeBase => "knowledge base",
        }
    }

    /// The pack's files made from this document (none for the candidate's own files).
    pub fn files(self) -> &'static [&'static str] {
        match self {
            DocKind::Cv => &PACK_FILES[0..3],
            DocKind::CoverLetter => &PACK_FILES[3..5],
            DocKind::MasterCv | DocKind::KnowledgeBase => &[],
        }
    }

    /// Whether a job owns it (rather than the candidate's profile).
    pub fn of_job(self) -> bool {
        matches!(self, DocKind::Cv | DocKind::CoverLetter)
    }
}

/// Where a version's text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VersionOrigin {
    /// Written by a pipeline run.
    Generated,
    /// Saved by the user from the editor.
    Edited,
    /// A copy of an earlier version, restored by the user.
    Restored,
}

impl VersionOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            VersionOrigin::Generated => "generated",
            VersionOrigin::Edited => "edited",
            VersionOrigin::Restored => "restored",
        }
    }

    pub fn parse(s: &str) -> Option<VersionOrigin> {
        [
            VersionOrigin::Generated,
            VersionOrigin::Edited,
            VersionOrigin::Restored,
        ]
        .into_iter()
        .find(|o| o.as_str() == s)
    }
}

/// One thing the quality gate found in a version's text that the candidate's files do not hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// `number`, `skill`, `degree`, `employer`, `title`, `length` or `docx`.
    pub kind: String,
    /// The words as they occur in the text, to highlight them; empty when the finding is about the
    /// whole text (its length).
    pub term: String,
    pub detail: String,
}

/// A version about to be stored; the store numbers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewVersion {
    /// The job's id, or [`PROFILE_OWNER`].
    pub owner: String,
    pub kind: DocKind,
    pub text: String,
    pub origin: VersionOrigin,
    /// Why it exists: the run that wrote it, the version it restores, the profile versions a pack
    /// was made from.
    pub note: String,
    pub findings: Vec<Finding>,
}

/// A stored version: numbered from 1 per owner and kind, never changed afterwards except that the
/// user may confirm its findings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocVersion {
    pub owner: String,
    pub kind: DocKind,
    pub version: u32,
    pub text: String,
    pub origin: VersionOrigin,
    pub note: String,
    pub findings: Vec<Finding>,
    /// The user read the findings and keeps the text as it is (it is their CV).
    pub confirmed: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl DocVersion {
    /// Findings the user has not confirmed: while the newest version has any, its job needs review.
    pub fn open_findings(&self) -> &[Finding] {
        if self.confirmed {
            &[]
        } else {
            &self.findings
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_origins_round_trip_through_their_names() {
        for k in DocKind::ALL {
            assert_eq!(DocKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(DocKind::parse("../cv"), None);
        assert_eq!(DocKind::Cv.files(), ["CV.md", "CV.docx", "CV.pdf"]);
        assert_eq!(
            DocKind::CoverLetter.files(),
            ["cover_letter.txt", "cover_letter.pdf"]
        );
        for o in [
            VersionOrigin::Generated,
            VersionOrigin::Edited,
            VersionOrigin::Restored,
        ] {
            assert_eq!(VersionOrigin::parse(o.as_str()), Some(o));
        }
    }
}
