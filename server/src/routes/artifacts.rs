//! The files of a job's pack: by run (`GET /api/runs/{id}/artifacts/{name}`, as a run published
//! them) and by job (`GET /api/jobs/{id}/files/{name}`, the newest, edits included: both read the
//! job's one folder). Only the pack's known names are served, from the job's own folder under the
//! applications root, never through a symlink; anything else is a 404, so `..`, absolute paths and
//! encoded slashes lead nowhere.

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use pipeline::job::Job;

/// The content type of an artifact, by its extension.
fn content_type(name: &str) -> &'static str {
    if name.ends_with(".pdf") {
        "application/pdf"
    } else if name.ends_with(".docx") {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    } else if name.ends_with(".md") {
        "text/markdown; charset=utf-8"
    } else {
        "text/plain; charset=utf-8"
    }
}

fn not_found() -> ApiError {
    ApiError::not_found("artifact")
}

/// Download one of a run's files.
#[utoipa::path(get, path = "/api/runs/{id}/artifacts/{name}", params(
    ("id" = String, Path, description = "Run id"),
    ("name" = String, Path, description = "CV.md, CV.docx, CV.pdf, cover_letter.txt, cover_letter.pdf, dossier.txt or contacts_outreach.txt")),
    responses((status = 200, description = "The file, as an attachment"), (status = 404, description = "No such run or file", body = crate::error::ErrorBody)))]
pub async fn download(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    artifact(&state, &id, &name).await
}

/// Every file of a run's pack in one zip, for one download.
#[utoipa::path(get, path = "/api/runs/{id}/pack.zip", params(("id" = String, Path, description = "Run id")),
    responses((status = 200, description = "A zip of CV.md, CV.docx, CV.pdf, cover_letter.txt, cover_letter.pdf, dossier.txt and contacts_outreach.txt"),
        (status = 404, description = "No such run, or it published nothing", body = crate::error::ErrorBody)))]
pub async fn pack(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let job = job_of_run(&state, &id).await?;
    zip_pack(&state, &job).await
}

/// The newest file `name` of a job's pack: after an edit in the browser, the edited version.
#[utoipa::path(get, path = "/api/jobs/{id}/files/{name}", params(
    ("id" = String, Path, description = "Job id"),
    ("name" = String, Path, description = "CV.md, CV.docx, CV.pdf, cover_letter.txt, cover_letter.pdf, dossier.txt or contacts_outreach.txt")),
    responses((status = 200, description = "The file, as an attachment"), (status = 404, description = "No such job or file", body = crate::error::ErrorBody)))]
pub async fn job_file(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let job = state.store.get_job(&id).await?.ok_or_else(not_found)?;
    let bytes = read_file(&state, &job, &name).await?;
    Ok(attachment(&name, bytes))
}

/// Every newest file of a job's pack in one zip.
#[utoipa::path(get, path = "/api/jobs/{id}/pack.zip", params(("id" = String, Path, description = "Job id")),
    responses((status = 200, description = "A zip of the pack's newest files"),
        (status = 404, description = "No such job, or it has no pack", body = crate::error::ErrorBody)))]
pub async fn job_pack(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let job = state.store.get_job(&id).await?.ok_or_else(not_found)?;
    zip_pack(&state, &job).await
}

async fn zip_pack(state: &AppState, job: &Job) -> Result<Response, ApiError> {
    let mut files = Vec::new();
    for name in pipeline::output::ARTIFACT_FILES {
        match read_file(state, job, name).await {
            Ok(bytes) => files.push((name, bytes)),
            // A run published before a file existed (the PDFs) zips what it has.
            Err(ApiError::NotFound(_)) => continue,
            Err(e) => return Err(e),
        }
    }
    if files.is_empty() {
        return Err(not_found());
    }
    let zipped = tokio::task::spawn_blocking(move || zip_files(&files))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_string()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"application-pack.zip\"".to_string(),
            ),
        ],
        zipped,
    )
        .into_response())
}

fn zip_files(files: &[(&str, Vec<u8>)]) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in files {
            zip.start_file(*name, opts).map_err(|e| e.to_string())?;
            zip.write_all(bytes).map_err(|e| e.to_string())?;
        }
        zip.finish().map_err(|e| e.to_string())?;
    }
    Ok(buf.into_inner())
}

/// The file `name` of run `id`, as an attachment: for this API and the original runner's
/// `/artifacts/{run_id}/{filename}`.
pub async fn artifact(state: &AppState, id: &str, name: &str) -> Result<Response, ApiError> {
    let job = job_of_run(state, id).await?;
    let bytes = read_file(state, &job, name).await?;
    Ok(attachment(name, bytes))
}

fn attachment(file: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type(file).to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

async fn job_of_run(state: &AppState, run_id: &str) -> Result<Job, ApiError> {
    let run = state.store.get_run(run_id).await?.ok_or_else(not_found)?;
    state
        .store
        .get_job(&run.job_id)
        .await?
        .ok_or_else(not_found)
}

/// The bytes of one of a job's pack files, from its own folder only.
async fn read_file(state: &AppState, job: &Job, name: &str) -> Result<Vec<u8>, ApiError> {
    let file = pipeline::output::ARTIFACT_FILES
        .into_iter()
        .find(|n| *n == name)
        .ok_or_else(not_found)?;
    let dir = pipeline::output::JobOutputs::read(&job.outputs)
        .published
        .map(|p| p.dir)
        .ok_or_else(not_found)?;
    let root = &state.config.applications_dir;
    let path = std::path::Path::new(&dir).join(file);
    // The folder must be inside the applications root and the file a plain file, not a link.
    let (Ok(root), Ok(real)) = (
        tokio::fs::canonicalize(root).await,
        tokio::fs::canonicalize(&path).await,
    ) else {
        return Err(not_found());
    };
    match tokio::fs::symlink_metadata(&path).await {
        Ok(m) if m.is_file() && !m.file_type().is_symlink() && real.starts_with(&root) => {}
        _ => return Err(not_found()),
    }
    tokio::fs::read(&real).await.map_err(|_| not_found())
}
