//! The REST API for scripts and other frontends, under `/api` (bearer `RUNNER_API_SECRET` or a
//! session, enforced by the auth middleware). Handlers are thin: extract, call the store or the
//! runner, map the result. The OpenAPI document is generated from these annotations.

use super::lookup::{find_job, find_run, rfc3339};
use crate::error::{ApiError, ErrorBody};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use pipeline::job::{JobQuery, JobSort, JobStatus, StatusFilter};
use pipeline::store::{EnqueueOutcome, Run};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/jobs", get(list_jobs).post(import_jobs))
        .route("/api/jobs/{id}", get(get_job))
        .route("/api/jobs/{id}/process", post(process_job))
        .route("/api/runs", get(list_runs))
        .route("/api/runs/{id}", get(get_run))
        .route("/api/runs/{id}/events", get(super::events::events))
        .route("/api/runs/{id}/cancel", post(cancel_run))
        .route(
            "/api/runs/{id}/artifacts/{name}",
            get(super::artifacts::download),
        )
        .route("/api/runs/{id}/pack.zip", get(super::artifacts::pack))
        .route(
            "/api/jobs/{id}/files/{name}",
            get(super::artifacts::job_file),
        )
        .route("/api/jobs/{id}/pack.zip", get(super::artifacts::job_pack))
        .route(
            "/api/jobs/{id}/documents/{kind}",
            get(list_versions).post(save_version),
        )
        .route("/api/openapi.json", get(openapi_json))
        .route("/api/docs", get(docs_page))
        .route("/metrics", get(super::health::metrics))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Case-insensitive text in title, company or location.
    q: Option<String>,
    /// `active` (default: hides discarded, applied, interview scheduled), `all`, or one status.
    status: Option<String>,
    /// `newest` (default), `oldest` or `fit`.
    sort: Option<String>,
    /// 1-based page.
    page: Option<u32>,
    /// Jobs per page, 1–200 (default 50).
    per_page: Option<u32>,
    /// The `next` cursor of the previous page: the next page in constant time (date sorts).
    after: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiJob {
    #[schema(example = "6929643c45fa3c355f849d73")]
    id: String,
    #[schema(example = "Head of Engineering")]
    title: String,
    #[schema(example = "SIENA AI")]
    company: String,
    location: String,
    #[schema(value_type = String, example = "not processed")]
    status: JobStatus,
    fit_score: Option<u8>,
    #[schema(example = "2025-11-28T08:58:28.548Z")]
    created_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiJobPage {
    jobs: Vec<ApiJob>,
    /// Jobs matching; a lower bound when `total_exact` is false (a text search counts its matches
    /// up to 1,000, or just past the page asked for).
    total: u64,
    total_exact: bool,
    /// Pass as `after` with `page + 1` for the next page; absent on the last page and for the fit sort.
    next: Option<String>,
    page: u32,
    per_page: u32,
    pages: u32,
}

/// List jobs, paged, with search, status filter and sort.
#[utoipa::path(get, path = "/api/jobs", params(ListParams), responses(
    (status = 200, description = "A page of jobs", body = ApiJobPage),
    (status = 400, description = "Unknown status filter", body = ErrorBody),
    (status = 401, description = "No session or bearer token", body = ErrorBody)))]
pub async fn list_jobs(
    State(state): State<AppState>,
    Query(p): Query<ListParams>,
) -> Result<Json<ApiJobPage>, ApiError> {
    let status = match p.status.as_deref().unwrap_or("") {
        "" | "active" => StatusFilter::Active,
        "all" => StatusFilter::All,
        other => match JobStatus::parse(other) {
            Some(s) => StatusFilter::Only(s),
            None => {
                return Err(ApiError::bad_request(
                    Some("status"),
                    format!("unknown status {other:?}"),
                ))
            }
        },
    };
    let query = JobQuery {
        text: p.q.unwrap_or_default(),
        status,
        sort: JobSort::parse(p.sort.as_deref().unwrap_or("")),
        page: p.page.unwrap_or(1),
        per_page: p.per_page.unwrap_or(50),
        after: p.after,
    }
    .normalised();
    let page = state.store.list_jobs(&query).await?;
    Ok(Json(ApiJobPage {
        pages: page.pages(),
        total: page.total,
        total_exact: page.total_exact,
        next: page.next.clone(),
        page: page.page,
        per_page: page.per_page,
        jobs: page
            .jobs
            .into_iter()
            .map(|j| ApiJob {
                id: j.id,
                title: j.title,
                company: j.company,
                location: j.location,
                status: j.status,
                fit_score: j.fit_score,
                created_at: rfc3339(j.created_at),
            })
            .collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportResult {
    added: u64,
    /// Dedupe keys of documents skipped because the job exists.
    duplicates: Vec<String>,
}

/// Import jobs: one level-2 document or an array, all or nothing.
#[utoipa::path(post, path = "/api/jobs", request_body(content = String, content_type = "application/json",
    description = "A level-2 job document or an array of them",
    example = json!({"title": "Staff Engineer", "company": "Acme", "job_description": "We build…", "location": "Berlin"})),
    responses(
        (status = 201, description = "Imported", body = ImportResult),
        (status = 400, description = "Invalid JSON or document; nothing was imported", body = ErrorBody)))]
pub async fn import_jobs(
    State(state): State<AppState>,
    body: Bytes,
) -> Result<(StatusCode, Json<ImportResult>), ApiError> {
    // Bad input is a 400 with its message; a store failure stays a 503.
    let r = super::forms::import_bytes(state.store.as_ref(), &body).await?;
    Ok((
        StatusCode::CREATED,
        Json(ImportResult {
            added: r.added,
            duplicates: r.duplicates.into_iter().map(|d| d.dedupe_key).collect(),
        }),
    ))
}

/// One job with every field, its pipeline outputs and its status history.
#[utoipa::path(get, path = "/api/jobs/{id}", params(("id" = String, Path, description = "Job id")), responses(
    (status = 200, description = "The job", body = Object),
    (status = 404, description = "No such job", body = ErrorBody)))]
pub async fn get_job(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let job = find_job(&state, &id).await?;
    // A failed history read is an error, not an empty history.
    let history = state.store.status_history(&id).await?;
    let mut v = serde_json::to_value(&job).map_err(ApiError::internal)?;
    v["history"] = serde_json::to_value(history).map_err(ApiError::internal)?;
    Ok(Json(v))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProcessAccepted {
    #[schema(example = "69296b2f0a1b2c3d4e5f6a7b")]
    run_id: String,
    #[schema(value_type = String, example = "queued")]
    status: pipeline::store::RunStatus,
    /// True when the job already had a queued or running run, which is returned instead of a new one.
    already_active: bool,
}

/// Queue a pipeline run of the job.
#[utoipa::path(post, path = "/api/jobs/{id}/process", params(("id" = String, Path, description = "Job id")), responses(
    (status = 202, description = "Queued (or already queued/running)", body = ProcessAccepted),
    (status = 404, description = "No such job", body = ErrorBody),
    (status = 429, description = "The queue is full; retry later", body = ErrorBody)))]
pub async fn process_job(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<ProcessAccepted>), ApiError> {
    let (run, already_active) = match state.runner.enqueue(&id).await? {
        EnqueueOutcome::Queued(run) => (run, false),
        EnqueueOutcome::AlreadyActive(run) => (run, true),
        EnqueueOutcome::QueueFull { queued } => return Err(ApiError::QueueFull { queued }),
    };
    Ok((
        StatusCode::ACCEPTED,
        Json(ProcessAccepted {
            run_id: run.id,
            status: run.status,
            already_active,
        }),
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiFinding {
    /// `number`, `skill`, `degree`, `employer`, `title`, `length` or `docx`.
    kind: String,
    /// The words as they occur in the text.
    term: String,
    detail: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiVersion {
    version: u32,
    /// `generated`, `edited` or `restored`.
    origin: String,
    note: String,
    text: String,
    /// What the gate found that the master CV and knowledge base do not hold.
    findings: Vec<ApiFinding>,
    /// The user kept the findings as they are.
    confirmed: bool,
    created_at: String,
}

impl From<types::DocVersion> for ApiVersion {
    fn from(v: types::DocVersion) -> Self {
        ApiVersion {
            version: v.version,
            origin: v.origin.as_str().to_string(),
            note: v.note,
            text: v.text,
            findings: v
                .findings
                .into_iter()
                .map(|f| ApiFinding {
                    kind: f.kind,
                    term: f.term,
                    detail: f.detail,
                })
                .collect(),
            confirmed: v.confirmed,
            created_at: rfc3339(v.created_at),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SaveText {
    /// The whole new text (Markdown for the CV, plain text for the letter).
    text: String,
}

/// A job's document named in a path: `cv` or `cover_letter`.
fn job_document(kind: &str) -> Result<types::DocKind, ApiError> {
    types::DocKind::parse(kind)
        .filter(|k| k.of_job())
        .ok_or_else(|| ApiError::NotFound("document".into()))
}

/// The saved versions of a job's CV or cover letter, newest first (at most 50).
#[utoipa::path(get, path = "/api/jobs/{id}/documents/{kind}", params(
    ("id" = String, Path, description = "Job id"), ("kind" = String, Path, description = "`cv` or `cover_letter`")),
    responses((status = 200, description = "Versions, newest first", body = [ApiVersion]),
        (status = 404, description = "No such job or document", body = ErrorBody)))]
pub async fn list_versions(
    State(state): State<AppState>,
    Path((id, kind)): Path<(String, String)>,
) -> Result<Json<Vec<ApiVersion>>, ApiError> {
    let kind = job_document(&kind)?;
    find_job(&state, &id).await?;
    let versions = state
        .store
        .list_versions(&id, kind, pipeline::edit::LIST_LIMIT)
        .await?;
    Ok(Json(versions.into_iter().map(ApiVersion::from).collect()))
}

/// Saves a new version of a processed job's CV or cover letter: the gate checks it, the pack's files
/// are made again from it, and the job needs review while a finding is unconfirmed.
#[utoipa::path(post, path = "/api/jobs/{id}/documents/{kind}", request_body = SaveText, params(
    ("id" = String, Path, description = "Job id"), ("kind" = String, Path, description = "`cv` or `cover_letter`")),
    responses((status = 201, description = "The new version, with the gate's findings", body = ApiVersion),
        (status = 400, description = "Empty or too long, or the job has no pack yet", body = ErrorBody),
        (status = 404, description = "No such job or document", body = ErrorBody)))]
pub async fn save_version(
    State(state): State<AppState>,
    Path((id, kind)): Path<(String, String)>,
    body: Bytes,
) -> Result<(StatusCode, Json<ApiVersion>), ApiError> {
    let kind = job_document(&kind)?;
    let req: SaveText = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(None, format!("the body is not {{\"text\": …}} JSON: {e}"))
    })?;
    let v = pipeline::edit::save(
        state.store.as_ref(),
        &state.config.applications_dir,
        &id,
        kind,
        &req.text,
        types::VersionOrigin::Edited,
        "saved through the API",
    )
    .await?;
    Ok((StatusCode::CREATED, Json(v.into())))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiLayer {
    #[schema(example = "pain_points")]
    name: String,
    /// `pending` or `done`.
    state: String,
    ms: Option<u64>,
    engine: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiRun {
    id: String,
    job_id: String,
    /// `queued`, `running`, `succeeded`, `failed`, `cancelled` or `timed_out`.
    #[schema(value_type = String, example = "running")]
    status: pipeline::store::RunStatus,
    created_at: String,
    started_at: Option<String>,
    finished_at: Option<String>,
    duration_ms: Option<u64>,
    error: Option<String>,
    cost_usd: f64,
    /// Percentage of layers done.
    progress: u8,
    layers: Vec<ApiLayer>,
}

pub async fn api_run(state: &AppState, run: Run) -> Result<ApiRun, ApiError> {
    let cost = state
        .store
        .total_cost(time::OffsetDateTime::UNIX_EPOCH, Some(&run.id))
        .await?;
    Ok(api_run_with_cost(run, cost))
}

/// The run as the API shows it, with its cost already known.
fn api_run_with_cost(run: Run, cost: f64) -> ApiRun {
    let layers: Vec<ApiLayer> = pipeline::layers::Layer::ALL
        .into_iter()
        .map(|l| {
            let s = run.layers.get(&l);
            ApiLayer {
                name: l.to_string(),
                state: if s.is_some() { "done" } else { "pending" }.into(),
                ms: s.map(|s| s.ms),
                engine: s.map(|s| s.engine.clone()),
            }
        })
        .collect();
    let progress = run.progress();
    ApiRun {
        duration_ms: match (run.started_at, run.finished_at) {
            (Some(s), Some(f)) => Some((f - s).whole_milliseconds().max(0) as u64),
            _ => None,
        },
        id: run.id,
        job_id: run.job_id,
        status: run.status,
        created_at: rfc3339(run.created_at),
        started_at: run.started_at.map(rfc3339),
        finished_at: run.finished_at.map(rfc3339),
        error: run.error,
        cost_usd: cost,
        progress,
        layers,
    }
}

/// A run: status, progress, per-layer timings and engines, cost.
#[utoipa::path(get, path = "/api/runs/{id}", params(("id" = String, Path, description = "Run id")), responses(
    (status = 200, description = "The run", body = ApiRun),
    (status = 404, description = "No such run", body = ErrorBody)))]
pub async fn get_run(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<ApiRun>, ApiError> {
    let run = find_run(&state, &id).await?;
    Ok(Json(api_run(&state, run).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RunListParams {
    /// Only runs of this job.
    job_id: Option<String>,
    /// At most this many, newest first (default 50, at most 500).
    limit: Option<u32>,
}

/// Recent runs, newest first.
#[utoipa::path(get, path = "/api/runs", params(RunListParams), responses((status = 200, description = "Runs", body = Vec<ApiRun>)))]
pub async fn list_runs(
    State(state): State<AppState>,
    Query(p): Query<RunListParams>,
) -> Result<Json<Vec<ApiRun>>, ApiError> {
    let runs = state
        .store
        .list_run_summaries(p.job_id.as_deref(), p.limit.unwrap_or(50).clamp(1, 500))
        .await?;
    Ok(Json(
        runs.into_iter()
            .map(|s| api_run_with_cost(s.run, s.cost_usd))
            .collect(),
    ))
}

/// Cancel a queued run at once, or stop a running one at its next step.
#[utoipa::path(post, path = "/api/runs/{id}/cancel", params(("id" = String, Path, description = "Run id")), responses(
    (status = 202, description = "Cancelled or cancelling", body = ApiRun),
    (status = 404, description = "No such run", body = ErrorBody),
    (status = 409, description = "The run already finished", body = ErrorBody)))]
pub async fn cancel_run(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<ApiRun>), ApiError> {
    use crate::runner::Cancel;
    let run = match state.runner.cancel(&id).await? {
        None => return Err(ApiError::not_found("run")),
        Some(Cancel::AlreadyFinished(run)) => {
            return Err(ApiError::Conflict(format!(
                "the run already {}",
                run.status.as_str()
            )))
        }
        Some(Cancel::Cancelled(run) | Cancel::Stopping(run)) => run,
    };
    Ok((StatusCode::ACCEPTED, Json(api_run(&state, run).await?)))
}

#[derive(OpenApi)]
#[openapi(
    info(title = "jobintel API", description = "Jobs, pipeline runs, live events and artifacts. Authenticate with `Authorization: Bearer <RUNNER_API_SECRET>` or a browser session."),
    paths(
        list_jobs, import_jobs, get_job, process_job, list_versions, save_version, list_runs, get_run, cancel_run,
        super::events::events, super::artifacts::download, super::artifacts::pack, super::artifacts::job_file, super::artifacts::job_pack, super::health::health, super::health::metrics,
        super::compat::run, super::compat::run_bulk, super::compat::status, super::compat::logs, super::compat::artifact
    ),
    components(schemas(ErrorBody, ApiVersion, ApiFinding, SaveText, ApiJob, ApiJobPage, ImportResult, ProcessAccepted, ApiRun, ApiLayer, super::events::ApiEvent,
        crate::error::DetailBody, super::compat::RunRequest, super::compat::BulkRequest, super::compat::RunResponse,
        super::compat::BulkResponse, super::compat::RunStatusResponse)),
    tags((name = "original runner API", description = "The Python runner's routes, for scripts written against it: same shapes, status words (`queued`, `running`, `completed`, `failed`) and `{\"detail\": …}` errors, on the same queue.")),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme(
                "bearer",
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
    }
}

/// The OpenAPI 3 document, generated from the handlers.
pub async fn openapi_json() -> Response {
    Json(ApiDoc::openapi()).into_response()
}

/// An interactive page over the OpenAPI document, served from the binary (no CDN).
pub async fn docs_page() -> Html<&'static str> {
    Html(include_str!("api_docs.html"))
}
