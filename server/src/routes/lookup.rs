//! What several handlers look up and format the same way: a job or a run by id (or a 404), and
//! timestamps as RFC 3339.

use crate::error::ApiError;
use crate::state::AppState;
use pipeline::store::Run;

/// The job with this id, or a 404 (also for ids that could not be one).
pub async fn find_job(state: &AppState, id: &str) -> Result<pipeline::job::Job, ApiError> {
    if !pipeline::ids::is_valid_id(id) {
        return Err(ApiError::not_found("job"));
    }
    state
        .store
        .get_job(id)
        .await?
        .ok_or_else(|| ApiError::not_found("job"))
}

/// The run with this id, or a 404.
pub async fn find_run(state: &AppState, id: &str) -> Result<Run, ApiError> {
    state
        .store
        .get_run(id)
        .await?
        .ok_or_else(|| ApiError::not_found("run"))
}

/// A timestamp as RFC 3339, the API's format.
pub fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
