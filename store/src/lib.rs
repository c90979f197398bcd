//! Persistence behind one trait, so the server, the CLI and the runner do not care which backend holds
//! the data. Every backend must pass [`conformance`] (enabled with the `conformance` feature), one
//! test per case (see [`conformance_suite!`]).

pub mod backup;
#[cfg(feature = "conformance")]
pub mod conformance;
pub mod error;
pub mod ids;
pub mod migrate;

pub use error::{Error, Result};
pub use types::{
    CostRecord, EventKind, LayerProgress, LayerState, Run, RunEvent, RunStatus, RunSummary,
};

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use types::job::{Job, JobPage, JobQuery, JobStatus, NewJob, StatusChange};
use types::{CandidateProfile, DocKind, DocVersion, NewVersion};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    pub added: u64,
    /// Documents skipped because a job with the same dedupe key (or id), or the same company and
    /// description ([`types::job::content_key`]), exists or came earlier in the file.
    pub duplicates: Vec<Duplicate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Duplicate {
    pub title: String,
    pub company: String,
    pub dedupe_key: String,
}

/// What asking to run a job did.
#[derive(Debug, Clone, PartialEq)]
pub enum EnqueueOutcome {
    Queued(Run),
    /// The job already has a queued or running run: that one is returned, nothing is doubled.
    AlreadyActive(Run),
    QueueFull {
        queued: u64,
    },
}

/// The answer to a lease renewal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeaseState {
    /// False when the run is no longer this owner's (finished, cancelled while queued, or taken over
    /// after the lease expired): the owner must stop.
    pub held: bool,
    pub cancel_requested: bool,
}

/// What a cache row holds, and so how long it lives by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheSpace {
    /// A company page fetched for research, as text.
    CompanyPage,
    /// An LLM's STAR-to-pain-point scores for one posting and model.
    StarScores,
}

impl CacheSpace {
    pub fn as_str(self) -> &'static str {
        match self {
            CacheSpace::CompanyPage => "company_page",
            CacheSpace::StarScores => "star_scores",
        }
    }

    /// How long a value stays fresh: company sites change slowly; scores depend only on their
    /// inputs, which are in the key, so they live longer.
    pub fn ttl(self) -> time::Duration {
        match self {
            CacheSpace::CompanyPage => time::Duration::days(7),
            CacheSpace::StarScores => time::Duration::days(30),
        }
    }
}

/// A stored web session: opaque bytes owned by the session layer, with its expiry.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRecord {
    pub id: String,
    pub data: Vec<u8>,
    pub expires_at: OffsetDateTime,
}

/// One job with its status history, as it moves between stores (`jobintel migrate`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobArchive {
    pub job: Job,
    pub history: Vec<StatusChange>,
}

/// One run with the events kept for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunArchive {
    pub run: Run,
    pub events: Vec<RunEvent>,
}

/// The persistence contract. Implementations must be safe to share between tasks and between
/// processes using the same database.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Cheap round trip used by health checks.
    async fn ping(&self) -> Result<()>;
    /// A short, credential-free name of the backend for health output ("sqlite").
    fn backend(&self) -> &'static str;
    /// Writes a consistent copy of the whole store to `dest` (a file the same backend can open)
    /// while the store is in use.
    async fn backup_to(&self, dest: &std::path::Path) -> Result<()>;

    // --- jobs ---
    /// Inserts new jobs in one transaction; jobs whose dedupe key or id already exist (in the store or
    /// earlier in `jobs`) are skipped and reported.
    async fn import_jobs(&self, jobs: Vec<NewJob>) -> Result<ImportReport>;
    async fn get_job(&self, id: &str) -> Result<Option<Job>>;
    async fn list_jobs(&self, query: &JobQuery) -> Result<JobPage>;
    async fn count_jobs(&self) -> Result<u64>;
    /// A number that changes whenever something a job list page shows changes (a job added,
    /// changed or deleted, the stored alerts), whoever wrote it: the server keeps rendered list
    /// pages under it. `None` when the backend cannot tell, and pages are then always rendered:
    /// MongoDB's jobs are also written by the original stack, which would not move a counter.
    async fn page_version(&self) -> Result<Option<u64>> {
        Ok(None)
    }
    /// Sets the status of the given jobs and appends to each one's history; returns how many changed.
    async fn set_status(&self, ids: &[String], status: JobStatus, note: &str) -> Result<u64>;
    async fn status_history(&self, id: &str) -> Result<Vec<StatusChange>>;
    async fn delete_jobs(&self, ids: &[String]) -> Result<u64>;
    /// Saves one pipeline layer's output on the job (replacing an earlier one).
    async fn save_output(
        &self,
        job_id: &str,
        layer: types::Layer,
        output: &serde_json::Value,
    ) -> Result<()>;
    async fn set_fit_score(&self, job_id: &str, score: Option<u8>) -> Result<()>;

    // --- candidate ---
    async fn get_profile(&self) -> Result<Option<CandidateProfile>>;
    async fn put_profile(&self, profile: &CandidateProfile) -> Result<()>;

    // --- runs and events ---
    async fn create_run(&self, job_id: &str) -> Result<Run>;
    /// Queues a run of the job unless one is already queued or running, or `max_queued` runs wait.
    async fn enqueue_run(&self, job_id: &str, max_queued: u64) -> Result<EnqueueOutcome>;
    /// Atomically takes the oldest queued run, or a running one whose lease expired (its owner died),
    /// marks it running under `owner` until now + `lease`.
    async fn claim_run(&self, owner: &str, lease: std::time::Duration) -> Result<Option<Run>>;
    async fn renew_lease(
        &self,
        run_id: &str,
        owner: &str,
        lease: std::time::Duration,
    ) -> Result<LeaseState>;
    /// Ends a run this owner holds; false when the lease was lost (someone else finishes it).
    async fn finish_run(
        &self,
        run_id: &str,
        owner: &str,
        status: RunStatus,
        error: Option<&str>,
    ) -> Result<bool>;
    /// Cancels a queued run at once, or flags a running one; returns the run as it now is.
    async fn request_cancel(&self, run_id: &str) -> Result<Option<Run>>;
    /// How many runs are in each status.
    async fn run_counts(&self) -> Result<Vec<(RunStatus, u64)>>;
    async fn get_run(&self, id: &str) -> Result<Option<Run>>;
    async fn update_run(&self, run: &Run) -> Result<()>;
    /// Runs newest first, optionally of one job.
    async fn list_runs(&self, job_id: Option<&str>, limit: u32) -> Result<Vec<Run>>;
    /// As [`Store::list_runs`], each with its job's title and company and its cost, in one query
    /// (the runs pages and `GET /api/runs` list up to hundreds).
    async fn list_run_summaries(&self, job_id: Option<&str>, limit: u32)
        -> Result<Vec<RunSummary>>;
    /// Appends an event (its `seq` is assigned here and returned); keeps at most `keep` events of the
    /// run, dropping the oldest.
    async fn append_event(&self, run_id: &str, event: RunEvent, keep: u64) -> Result<u64>;
    /// Events of a run with `seq > after`, in order.
    async fn events_after(&self, run_id: &str, after: u64) -> Result<Vec<RunEvent>>;
    /// A wake-up each time the database stores a new event of the run, pushed by the database
    /// itself (MongoDB change streams), so a subscriber on another instance reads it at once
    /// rather than at its next poll. `None` when the backend cannot push (SQLite, or a MongoDB
    /// server that is not a replica set): the subscriber polls, as it always also does. Only a
    /// signal: the events themselves are read with [`Store::events_after`].
    async fn event_notifications(&self, _run_id: &str) -> Option<tokio::sync::mpsc::Receiver<()>> {
        None
    }

    // --- costs ---
    async fn record_cost(&self, cost: &CostRecord) -> Result<()>;
    /// Total cost of calls at or after `since`, optionally of one run.
    async fn total_cost(&self, since: OffsetDateTime, run_id: Option<&str>) -> Result<f64>;

    /// Cost records at or after `since`, newest first, at most `limit` (the admin ledger and charts).
    async fn recent_costs(&self, since: OffsetDateTime, limit: u32) -> Result<Vec<CostRecord>>;
    // --- caches ---
    /// A cached value unless it expired.
    async fn cache_get(&self, namespace: CacheSpace, key: &str) -> Result<Option<String>>;
    /// Stores a value for `ttl` (replacing an earlier one).
    async fn cache_put(
        &self,
        namespace: CacheSpace,
        key: &str,
        value: &str,
        ttl: time::Duration,
    ) -> Result<()>;
    /// Deletes expired cache rows; returns how many.
    async fn purge_expired_cache(&self) -> Result<u64>;

    // --- settings ---
    async fn get_setting(&self, key: &str) -> Result<Option<String>>;
    async fn put_setting(&self, key: &str, value: &str) -> Result<()>;
    async fn delete_setting(&self, key: &str) -> Result<()>;

    // --- moving data between stores (`jobintel migrate`) ---
    /// Jobs with their histories, at most `limit`, in the store's own order of ids: `after` is
    /// the last id of the previous batch.
    async fn export_jobs(&self, after: Option<&str>, limit: u32) -> Result<Vec<JobArchive>>;
    /// Writes a job exactly as another store held it (document, status, outputs, fit score,
    /// history, times), creating it or replacing the one with its id: running it twice is running
    /// it once. A different job holding its dedupe key is a conflict.
    async fn restore_job(&self, job: &JobArchive) -> Result<()>;
    /// Runs with their events, in id order, after `after`, at most `limit`.
    async fn export_runs(&self, after: Option<&str>, limit: u32) -> Result<Vec<RunArchive>>;
    /// Writes a run and its events as another store held them, replacing any with its id. The
    /// run holds no lease here: a run that was running resumes when a runner claims it.
    async fn restore_run(&self, run: &RunArchive) -> Result<()>;
    /// Cost records in time order from the `offset`-th, at most `limit`.
    async fn export_costs(&self, offset: u64, limit: u32) -> Result<Vec<CostRecord>>;
    /// Writes the records not already here (a record equal in every field is the same record);
    /// returns how many were new.
    async fn restore_costs(&self, costs: &[CostRecord]) -> Result<u64>;

    // --- document versions (see [`types::document`]) ---
    /// Stores `v` as the next version of its owner's document (1 for the first) and returns it.
    /// Two saves at once get two numbers; neither is lost.
    async fn add_version(&self, v: &NewVersion) -> Result<DocVersion>;
    /// The newest `limit` versions of one document, newest first.
    async fn list_versions(
        &self,
        owner: &str,
        kind: DocKind,
        limit: u32,
    ) -> Result<Vec<DocVersion>>;
    async fn get_version(
        &self,
        owner: &str,
        kind: DocKind,
        version: u32,
    ) -> Result<Option<DocVersion>>;
    /// Marks a version's findings as read and kept by the user; false when there is no such version.
    async fn confirm_version(&self, owner: &str, kind: DocKind, version: u32) -> Result<bool>;
    /// Every version of every document, in a stable order, a page at a time (for `migrate`).
    async fn export_versions(&self, offset: u64, limit: u32) -> Result<Vec<DocVersion>>;
    /// Stores versions exactly as given (numbers included), skipping any already there; returns how
    /// many were added.
    async fn restore_versions(&self, versions: &[DocVersion]) -> Result<u64>;

    // --- sessions ---
    /// The session, unless it is missing or expired.
    async fn load_session(&self, id: &str) -> Result<Option<SessionRecord>>;
    async fn save_session(&self, session: &SessionRecord) -> Result<()>;
    /// Inserts only when the id is free; false when it is taken.
    async fn create_session(&self, session: &SessionRecord) -> Result<bool>;
    async fn delete_session(&self, id: &str) -> Result<()>;
    async fn delete_expired_sessions(&self) -> Result<u64>;
}
