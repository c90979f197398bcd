//! `GET /api/runs/{id}/artifacts/{name}`: the files a run published. Only the five known names are
//! served, from the job's own folder under the applications root, never through a symlink; anything
//! else is a 404, so `..`, absolute paths and encoded slashes lead nowhere.

use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// The content type of an artifact, by its extension.
fn content_type(name: &str) -> &'static str {
    if name.ends_with(".docx") {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    } else if name.ends_with(".md") {
        "text/markdown; charset=utf-8"
    } else {
        "text/plain; charset=utf-8"
    }
}

fn not_found() -> Response {
    super::api::error(StatusCode::NOT_FOUND, "artifact not found")
}

/// Download one of a run's files.
#[utoipa::path(get, path = "/api/runs/{id}/artifacts/{name}", params(
    ("id" = String, Path, description = "Run id"),
    ("name" = String, Path, description = "CV.md, CV.docx, cover_letter.txt, dossier.txt or contacts_outreach.txt")),
    responses((status = 200, description = "The file, as an attachment"), (status = 404, description = "No such run or file", body = super::api::ApiError)))]
pub async fn download(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
) -> Response {
    let Some(file) = pipeline::run::ARTIFACT_FILES
        .into_iter()
        .find(|n| *n == name)
    else {
        return not_found();
    };
    let content_type = content_type(file);
    let Ok(Some(run)) = state.store.get_run(&id).await else {
        return not_found();
    };
    let Ok(Some(job)) = state.store.get_job(&run.job_id).await else {
        return not_found();
    };
    let Some(dir) = job.outputs.get("publish").and_then(|p| p["dir"].as_str()) else {
        return not_found();
    };
    let root = &state.config.applications_dir;
    let path = std::path::Path::new(dir).join(file);
    // The folder must be inside the applications root and the file a plain file, not a link.
    let (Ok(root), Ok(real)) = (
        tokio::fs::canonicalize(root).await,
        tokio::fs::canonicalize(&path).await,
    ) else {
        return not_found();
    };
    match tokio::fs::symlink_metadata(&path).await {
        Ok(m) if m.is_file() && !m.file_type().is_symlink() && real.starts_with(&root) => {}
        _ => return not_found(),
    }
    match tokio::fs::read(&real).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, content_type.to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{file}\""),
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(_) => not_found(),
    }
}
