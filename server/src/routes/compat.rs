//! The original runner's API, beside `/api/*`, so its users' scripts keep working
//! (`../shared/docs/ANCHOR-COMPAT.md`): `POST /jobs/run`, `POST /jobs/run-bulk`,
//! `GET /jobs/{run_id}/status`, `GET /jobs/{run_id}/logs` (server-sent log lines ending with
//! `event: end`) and `GET /artifacts/{run_id}/{filename}`, with its request and response shapes, its
//! status words and its `{"detail": …}` errors. They run on the same durable queue as the rest.

use super::lookup::{find_run, rfc3339};
use crate::error::{ApiError, Detail, DetailBody};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{Method, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use pipeline::store::{EnqueueOutcome, EventKind, Run, RunEvent, RunStatus};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::convert::Infallible;
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/jobs/run", post(run))
        .route("/jobs/run-bulk", post(run_bulk))
        .route("/jobs/{run_id}/status", get(status))
        .route("/jobs/{run_id}/logs", get(logs))
        .route("/artifacts/{run_id}/{filename}", get(artifact))
}

/// Whether a request is for one of these routes: they take the API's bearer token, and with
/// `COMPAT_PUBLIC_READS` their reads need nothing, as in the original.
pub fn is_compat_path(path: &str) -> bool {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    matches!(
        parts.as_slice(),
        ["jobs", "run" | "run-bulk"] | ["jobs", _, "status" | "logs"] | ["artifacts", _, _]
    )
}

/// A read of these routes that `COMPAT_PUBLIC_READS` leaves open.
pub fn is_public_read(method: &Method, path: &str) -> bool {
    *method == Method::GET && is_compat_path(path) && !path.starts_with("/jobs/run")
}

/// The original's status words: a cancelled or timed-out run is `failed` there.
pub fn status_word(s: RunStatus) -> &'static str {
    match s {
        RunStatus::Queued => "queued",
        RunStatus::Running => "running",
        RunStatus::Succeeded => "completed",
        RunStatus::Failed | RunStatus::Cancelled | RunStatus::TimedOut => "failed",
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RunRequest {
    #[schema(example = "6929643c45fa3c355f849d73")]
    job_id: Option<String>,
    /// Must be null: jobintel runs every job with the candidate set on `/profile`.
    profile_ref: Option<serde_json::Value>,
    /// Where the request came from; accepted and not used.
    #[allow(dead_code)]
    source: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct BulkRequest {
    job_ids: Option<Vec<String>>,
    profile_ref: Option<serde_json::Value>,
    #[allow(dead_code)]
    source: Option<serde_json::Value>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RunResponse {
    run_id: String,
    #[schema(example = "/jobs/69296b2f0a1b2c3d4e5f6a7b/status")]
    status_url: String,
    #[schema(example = "/jobs/69296b2f0a1b2c3d4e5f6a7b/logs")]
    log_stream_url: String,
}

impl RunResponse {
    fn of(run: &Run) -> Self {
        RunResponse {
            status_url: format!("/jobs/{}/status", run.id),
            log_stream_url: format!("/jobs/{}/logs", run.id),
            run_id: run.id.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BulkResponse {
    runs: Vec<RunResponse>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RunStatusResponse {
    run_id: String,
    job_id: String,
    /// `queued`, `running`, `completed` or `failed`.
    #[schema(example = "completed")]
    status: &'static str,
    started_at: Option<String>,
    updated_at: String,
    /// File name → download URL, once the run has published its files.
    artifacts: BTreeMap<String, String>,
}

/// A JSON body, or the 400 the original gives for one it cannot read.
fn body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, Detail> {
    serde_json::from_slice(bytes)
        .map_err(|e| ApiError::bad_request(None, format!("invalid JSON body: {e}")).into())
}

fn no_profile_ref(profile_ref: &Option<serde_json::Value>) -> Result<(), Detail> {
    match profile_ref {
        None | Some(serde_json::Value::Null) => Ok(()),
        Some(_) => Err(ApiError::bad_request(
            Some("profile_ref"),
            "profile_ref is not supported: jobintel runs every job with the candidate set on /profile; send null",
        )
        .into()),
    }
}

/// Queues the job, or returns the run already queued or running for it; 429 when the queue is full.
async fn enqueue(state: &AppState, job_id: &str) -> Result<Run, Detail> {
    match state.runner.enqueue(job_id).await? {
        EnqueueOutcome::Queued(run) | EnqueueOutcome::AlreadyActive(run) => Ok(run),
        EnqueueOutcome::QueueFull { queued } => Err(ApiError::QueueFull { queued }.into()),
    }
}

/// Run the pipeline on one job.
#[utoipa::path(post, path = "/jobs/run", tag = "original runner API",
    request_body(content = RunRequest, example = json!({"job_id": "6929643c45fa3c355f849d73", "profile_ref": null, "source": null})),
    responses(
        (status = 200, description = "Queued (or already queued or running)", body = RunResponse),
        (status = 400, description = "No job_id, or a body that is not JSON", body = DetailBody),
        (status = 404, description = "No such job", body = DetailBody),
        (status = 429, description = "The queue is full; retry later", body = DetailBody)))]
pub async fn run(State(state): State<AppState>, bytes: Bytes) -> Result<Json<RunResponse>, Detail> {
    let req: RunRequest = body(&bytes)?;
    no_profile_ref(&req.profile_ref)?;
    let job_id = req
        .job_id
        .filter(|id| !id.trim().is_empty())
        .ok_or_else(|| ApiError::bad_request(Some("job_id"), "job_id is required"))?;
    let run = enqueue(&state, job_id.trim()).await?;
    Ok(Json(RunResponse::of(&run)))
}

/// Run the pipeline on several jobs. Every id is checked before any is queued, so a typo queues
/// nothing; a full queue stops at the job it could not take (429, naming the runs already queued).
#[utoipa::path(post, path = "/jobs/run-bulk", tag = "original runner API",
    request_body(content = BulkRequest, example = json!({"job_ids": ["6929643c45fa3c355f849d73"], "profile_ref": null, "source": null})),
    responses(
        (status = 200, description = "One run per job, in order", body = BulkResponse),
        (status = 400, description = "No job_ids, or a body that is not JSON", body = DetailBody),
        (status = 404, description = "One of the jobs does not exist; nothing was queued", body = DetailBody),
        (status = 429, description = "The queue filled up part way", body = DetailBody)))]
pub async fn run_bulk(State(state): State<AppState>, bytes: Bytes) -> Result<Response, Detail> {
    let req: BulkRequest = body(&bytes)?;
    no_profile_ref(&req.profile_ref)?;
    let ids = req
        .job_ids
        .ok_or_else(|| ApiError::bad_request(Some("job_ids"), "job_ids is required"))?;
    for id in &ids {
        super::lookup::find_job(&state, id)
            .await
            .map_err(|_| ApiError::NotFound(format!("job {id:?}")))?;
    }
    let mut runs = Vec::with_capacity(ids.len());
    for id in &ids {
        match enqueue(&state, id).await {
            Ok(run) => runs.push(RunResponse::of(&run)),
            Err(Detail(ApiError::QueueFull { queued })) => {
                let detail = format!(
                    "the queue is full ({queued} runs waiting); {} of {} jobs were queued, from {id} on none were",
                    runs.len(),
                    ids.len()
                );
                return Ok((
                    StatusCode::TOO_MANY_REQUESTS,
                    [(axum::http::header::RETRY_AFTER, "30")],
                    Json(serde_json::json!({"detail": detail, "runs": runs})),
                )
                    .into_response());
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Json(BulkResponse { runs }).into_response())
}

/// Where a run stands.
#[utoipa::path(get, path = "/jobs/{run_id}/status", tag = "original runner API",
    params(("run_id" = String, Path, description = "Run id")),
    responses(
        (status = 200, description = "The run", body = RunStatusResponse),
        (status = 404, description = "`{\"detail\": \"Run not found\"}`", body = DetailBody)))]
pub async fn status(
    State(state): State<AppState>,
    Path(run_id): Path<String>,
) -> Result<Json<RunStatusResponse>, Detail> {
    let run = find_run(&state, &run_id).await?;
    let last_event = state.store.events_after(&run.id, 0).await?.pop();
    let updated = last_event
        .map(|e| e.at)
        .into_iter()
        .chain(run.finished_at)
        .chain(run.started_at)
        .chain([run.created_at])
        .max()
        .unwrap_or(run.created_at);
    let artifacts = if run.status == RunStatus::Succeeded {
        pipeline::output::ARTIFACT_FILES
            .into_iter()
            .map(|f| (f.to_string(), format!("/artifacts/{}/{f}", run.id)))
            .collect()
    } else {
        BTreeMap::new()
    };
    Ok(Json(RunStatusResponse {
        status: status_word(run.status),
        started_at: run.started_at.map(rfc3339),
        updated_at: rfc3339(updated),
        artifacts,
        run_id: run.id,
        job_id: run.job_id,
    }))
}

/// One log line of an event, as the original's log stream shows them.
fn log_line(e: &RunEvent) -> String {
    match e.layer {
        Some(layer) => format!("[{}] {}", layer, e.message),
        None => e.message.clone(),
    }
}

/// The run's log as server-sent events: `data: <line>` per line, the history first, then live,
/// and last `event: end` with `data: completed` or `data: failed`.
#[utoipa::path(get, path = "/jobs/{run_id}/logs", tag = "original runner API",
    params(("run_id" = String, Path, description = "Run id")),
    responses(
        (status = 200, description = "`text/event-stream` of log lines, ending with `event: end`", content_type = "text/event-stream", body = String),
        (status = 404, description = "`{\"detail\": \"Run not found\"}`", body = DetailBody)))]
pub async fn logs(
    State(state): State<AppState>,
    Path(run_id): Path<String>,
) -> Result<Response, Detail> {
    let run = find_run(&state, &run_id).await?;
    let rx = super::events::follow(state, run.id, 0);
    // After the `finished` event the stream sends `end` once and closes.
    let stream = futures_util::stream::unfold((rx, false), |(mut rx, ended)| async move {
        if ended {
            return None;
        }
        let ev = rx.recv().await?;
        let mut out = vec![Ok::<_, Infallible>(Event::default().data(log_line(&ev)))];
        let finished = ev.kind == EventKind::Finished;
        if finished {
            let word = ev.data["status"]
                .as_str()
                .and_then(RunStatus::parse)
                .map_or("failed", status_word);
            out.push(Ok(Event::default().event("end").data(word)));
        }
        Some((futures_util::stream::iter(out), (rx, finished)))
    });
    use futures_util::StreamExt;
    Ok(Sse::new(stream.flatten())
        .keep_alive(KeepAlive::default())
        .into_response())
}

/// A file the run published (`CV.md`, `CV.docx`, `cover_letter.txt`, `dossier.txt`,
/// `contacts_outreach.txt`); nothing outside the run's own folder.
#[utoipa::path(get, path = "/artifacts/{run_id}/{filename}", tag = "original runner API",
    params(("run_id" = String, Path, description = "Run id"), ("filename" = String, Path, description = "File name")),
    responses(
        (status = 200, description = "The file"),
        (status = 404, description = "No such run or file", body = DetailBody)))]
pub async fn artifact(
    State(state): State<AppState>,
    Path((run_id, filename)): Path<(String, String)>,
) -> Result<Response, Detail> {
    Ok(super::artifacts::artifact(&state, &run_id, &filename).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compat_paths_are_recognised_and_only_reads_can_be_public() {
        for p in [
            "/jobs/run",
            "/jobs/run-bulk",
            "/jobs/abc/status",
            "/jobs/abc/logs",
            "/artifacts/abc/CV.md",
        ] {
            assert!(is_compat_path(p), "{p}");
        }
        for p in [
            "/jobs",
            "/jobs/abc",
            "/jobs/bulk",
            "/artifacts/abc",
            "/api/jobs",
        ] {
            assert!(!is_compat_path(p), "{p}");
        }
        assert!(is_public_read(&Method::GET, "/jobs/abc/status"));
        assert!(!is_public_read(&Method::POST, "/jobs/run"));
        assert!(!is_public_read(&Method::GET, "/jobs/run"));
    }

    #[test]
    fn status_words_are_the_originals() {
        assert_eq!(status_word(RunStatus::Succeeded), "completed");
        assert_eq!(status_word(RunStatus::TimedOut), "failed");
        assert_eq!(status_word(RunStatus::Cancelled), "failed");
        assert_eq!(status_word(RunStatus::Queued), "queued");
    }
}
