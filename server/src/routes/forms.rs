//! Form posts from the pages. Each one validates, calls the store, leaves a flash message for the
//! next page and redirects (post/redirect/get), so a reload never posts twice.

use crate::auth::handlers::safe_next;
use crate::state::AppState;
use app::api::ssr::set_flash;
use axum::extract::{Multipart, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use pipeline::import;
use pipeline::job::JobStatus;
use pipeline::store::{ImportReport, Store};
use serde::Deserialize;
use tower_sessions::Session;

/// Most ids one bulk action takes (a page shows at most 200).
const MAX_BULK_IDS: usize = 1_000;

/// The job list's bulk form: the ticked jobs (a repeated `ids` field) and what to do with them.
/// `axum_extra`'s `Form` reads repeated keys into the list, which axum's own does not.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BulkForm {
    pub ids: Vec<String>,
    pub op: String,
    pub status: String,
    pub back: String,
}

async fn flash_and_go(session: &Session, ok: bool, msg: &str, to: &str) -> Response {
    set_flash(session, ok, msg).await;
    Redirect::to(to).into_response()
}

fn report_message(report: &ImportReport) -> String {
    let mut msg = format!(
        "Imported {} new job{}.",
        report.added,
        if report.added == 1 { "" } else { "s" }
    );
    if !report.duplicates.is_empty() {
        let names: Vec<String> = report
            .duplicates
            .iter()
            .take(5)
            .map(|d| format!("{} at {}", d.title, d.company))
            .collect();
        let more = report.duplicates.len().saturating_sub(names.len());
        msg.push_str(&format!(
            " {} duplicate{} skipped (same dedupe key, or the same company and text): {}{}.",
            report.duplicates.len(),
            if report.duplicates.len() == 1 {
                ""
            } else {
                "s"
            },
            names.join("; "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
    }
    msg
}

/// `POST /jobs/bulk`: `ids` (repeated), `op` (`status` or `delete`), `status`, `back`.
pub async fn bulk(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<BulkForm>,
) -> Response {
    let back = safe_next(&form.back).to_string();
    let ids: Vec<String> = form
        .ids
        .into_iter()
        .filter(|id| pipeline::ids::is_valid_id(id))
        .take(MAX_BULK_IDS)
        .collect();
    if ids.is_empty() {
        return flash_and_go(&session, false, "Select at least one job first.", &back).await;
    }
    let (ok, msg) = match form.op.as_str() {
        "delete" => match state.store.delete_jobs(&ids).await {
            Ok(n) => (
                true,
                format!("Deleted {n} job{}.", if n == 1 { "" } else { "s" }),
            ),
            Err(e) => (false, app::api::ssr::user_message(&e)),
        },
        "process" => {
            let mut queued = 0;
            let mut full = false;
            for id in &ids {
                match state.runner.enqueue(id).await {
                    Ok(pipeline::store::EnqueueOutcome::Queued(_)) => queued += 1,
                    Ok(pipeline::store::EnqueueOutcome::AlreadyActive(_)) => {}
                    Ok(pipeline::store::EnqueueOutcome::QueueFull { .. }) => {
                        full = true;
                        break;
                    }
                    // Deleted since the page was shown: nothing to run.
                    Err(pipeline::Error::NotFound(_)) => {}
                    Err(e) => {
                        return flash_and_go(
                            &session,
                            false,
                            &app::api::ssr::user_message(&e),
                            &back,
                        )
                        .await
                    }
                }
            }
            let mut msg = format!(
                "Queued {queued} job{} for processing.",
                if queued == 1 { "" } else { "s" }
            );
            if full {
                msg.push_str(" The queue is full; the rest were not queued. Try again later.");
            }
            (!full, msg)
        }
        "status" => match JobStatus::parse(&form.status) {
            None => (false, "Choose a valid status.".to_string()),
            Some(status) => match state.store.set_status(&ids, status, "bulk update").await {
                Ok(n) => (
                    true,
                    format!(
                        "Set {n} job{} to “{status}”.",
                        if n == 1 { "" } else { "s" }
                    ),
                ),
                Err(e) => (false, app::api::ssr::user_message(&e)),
            },
        },
        _ => (false, "Unknown action.".to_string()),
    };
    flash_and_go(&session, ok, &msg, &back).await
}

/// `POST /import/upload`: multipart with a `file` field holding level-2 JSON.
pub async fn import_upload(
    State(state): State<AppState>,
    session: Session,
    multipart: Multipart,
) -> Response {
    let (bytes, _) = match read_file_field(multipart, "nothing was imported").await {
        Ok(b) => b,
        Err(msg) => return flash_and_go(&session, false, &msg, "/import").await,
    };
    let (ok, msg, to) = match import_bytes(state.store.as_ref(), &bytes).await {
        Ok(report) => (true, report_message(&report), "/jobs"),
        Err(e) => (false, app::api::ssr::user_message(&e), "/import"),
    };
    flash_and_go(&session, ok, &msg, to).await
}

/// Parses and imports a level-2 JSON file in one transaction; the error is fit to show the user.
pub async fn import_bytes(store: &dyn Store, bytes: &[u8]) -> pipeline::Result<ImportReport> {
    let jobs = import::parse_upload(bytes)?;
    let count = jobs.len();
    let report = store.import_jobs(jobs).await?;
    tracing::info!(
        documents = count,
        added = report.added,
        duplicates = report.duplicates.len(),
        "imported jobs"
    );
    Ok(report)
}

/// The `file` field of a multipart form with its file name; errors say `nothing_done` ("nothing
/// was imported") so the user knows nothing changed.
async fn read_file_field(
    mut multipart: Multipart,
    nothing_done: &str,
) -> Result<(Vec<u8>, String), String> {
    let too_big = || {
        format!(
            "The upload is over the {} limit; {nothing_done}.",
            import::human_bytes(import::MAX_UPLOAD_BYTES)
        )
    };
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field.file_name().unwrap_or("upload").to_string();
                return field
                    .bytes()
                    .await
                    .map(|b| (b.to_vec(), name))
                    .map_err(|e| {
                        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                            too_big()
                        } else {
                            format!(
                                "The upload could not be read ({}); {nothing_done}.",
                                e.body_text()
                            )
                        }
                    });
            }
            Ok(Some(_)) => continue,
            Ok(None) => return Err(format!("Choose a file to upload; {nothing_done}.")),
            Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(too_big())
            }
            Err(e) => return Err(format!("The upload could not be read ({}).", e.body_text())),
        }
    }
}

/// `POST /profile/cv`: a CV file (Markdown, plain text, JSON Resume or .docx) replaces the master
/// CV; the knowledge base stays. Validated like the form; a rejected file is kept as a draft.
pub async fn upload_cv(
    State(state): State<AppState>,
    session: Session,
    multipart: Multipart,
) -> Response {
    let nothing = "the profile was not changed";
    let (bytes, name) = match read_file_field(multipart, nothing).await {
        Ok(b) => b,
        Err(msg) => return flash_and_go(&session, false, &msg, "/profile").await,
    };
    let cv = match pipeline::candidate::files::cv_text(&bytes, &name) {
        Ok(text) => text,
        Err(e) => {
            let msg = format!("Not loaded: {e}; {nothing}.");
            return flash_and_go(&session, false, &msg, "/profile").await;
        }
    };
    let kb = match state.store.get_profile().await {
        Ok(p) => p.map(|p| p.knowledge_base).unwrap_or_default(),
        Err(e) => {
            return flash_and_go(
                &session,
                false,
                &app::api::ssr::user_message(&e),
                "/profile",
            )
            .await
        }
    };
    store_profile(state, session, cv, kb).await
}

/// Validates and stores both files, or keeps them as a draft with the error (see
/// [`app::api::ssr::store_profile`], shared with the candidate form's server function).
async fn store_profile(state: AppState, session: Session, cv: String, kb: String) -> Response {
    app::api::ssr::store_profile(state.store.as_ref(), &session, cv, kb).await;
    Redirect::to("/profile").into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_checkbox_keys_are_all_kept() {
        let form: BulkForm =
            serde_html_form::from_str("ids=a&ids=b&op=delete&back=%2Fjobs%3Fpage%3D2").unwrap();
        assert_eq!(form.ids, vec!["a", "b"]);
        assert_eq!(form.back, "/jobs?page=2");
        assert_eq!(form.status, "", "a missing field is empty, not an error");
    }
}
