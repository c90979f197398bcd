//! `GET /api/runs/{id}/artifacts/{name}`: the files a run published. Only the five known names are
//! served, from the job's own folder under the applications root, never through a symlink; anything
//! else is a 404, so `..`, absolute paths and encoded slashes lead nowhere.

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

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
    let mut files = Vec::new();
    for name in pipeline::output::ARTIFACT_FILES {
        match read_artifact(&state, &id, name).await {
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
    let bytes = read_artifact(state, id, name).await?;
    let file = name;
    let content_type = content_type(file);
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The bytes of one of a run's files, from its own folder only.
async fn read_artifact(state: &AppState, id: &str, name: &str) -> Result<Vec<u8>, ApiError> {
    let file = pipeline::output::ARTIFACT_FILES
        .into_iter()
        .find(|n| *n == name)
        .ok_or_else(not_found)?;
    let run = state.store.get_run(id).await?.ok_or_else(not_found)?;
    let job = state
        .store
        .get_job(&run.job_id)
        .await?
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
