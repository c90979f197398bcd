//! Server functions of the editor: a job's tailored CV and cover letter, and the history of the
//! candidate's own files. The work (gate, files, versions, status) is `pipeline::edit`'s; these
//! only read the form, call it and leave the outcome as the page's message.

use crate::error::AppError;
use crate::model::EditorView;
use leptos::prelude::*;

/// The editor of one of a job's documents (`cv` or `cover_letter`); `None` for an unknown job or
/// document.
#[server(prefix = "/sfn", endpoint = "get_editor")]
pub async fn get_editor(id: String, kind: String) -> Result<Option<EditorView>, AppError> {
    let Some(kind) = ssr::job_document(&id, &kind) else {
        return Ok(None);
    };
    let store = crate::api::ssr::store()?;
    let Some(job) = store.get_job(&id).await? else {
        return Ok(None);
    };
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let draft = ssr::take_draft(&session, &id, kind).await;
    ssr::editor_view(store.as_ref(), job, kind, draft)
        .await
        .map(Some)
}

/// Saves the text as the document's newest version and goes back to the editor.
#[server(prefix = "/sfn", endpoint = "save_document")]
pub async fn save_document(id: String, kind: String, text: String) -> Result<(), AppError> {
    let kind = ssr::job_document(&id, &kind).ok_or_else(|| AppError::not_found("document"))?;
    let (store, root) = (crate::api::ssr::store()?, ssr::packs_root()?);
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let saved = pipeline::edit::save(
        store.as_ref(),
        &root,
        &id,
        kind,
        &text,
        types::VersionOrigin::Edited,
        "saved in the editor",
    )
    .await;
    match saved {
        Ok(v) => ssr::saved_message(&session, &v).await,
        // The version is stored; only its files lag behind.
        Err(e @ pipeline::Error::Files(_)) => {
            crate::api::ssr::set_flash(&session, false, &ssr::message(&e)).await;
        }
        Err(e) => {
            ssr::keep_draft(&session, &id, kind, text).await;
            let msg = format!("Not saved: {}. Your text is kept below.", ssr::message(&e));
            crate::api::ssr::set_flash(&session, false, &msg).await;
        }
    }
    leptos_axum::redirect(&ssr::editor_path(&id, kind));
    Ok(())
}

/// Makes an earlier version the newest again (as a new version: nothing is overwritten).
#[server(prefix = "/sfn", endpoint = "restore_document")]
pub async fn restore_document(id: String, kind: String, version: u32) -> Result<(), AppError> {
    let kind = ssr::job_document(&id, &kind).ok_or_else(|| AppError::not_found("document"))?;
    let (store, root) = (crate::api::ssr::store()?, ssr::packs_root()?);
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    match pipeline::edit::restore(store.as_ref(), &root, &id, kind, version).await {
        Ok(v) => ssr::saved_message(&session, &v).await,
        Err(e) => crate::api::ssr::set_flash(&session, false, &ssr::message(&e)).await,
    }
    leptos_axum::redirect(&ssr::editor_path(&id, kind));
    Ok(())
}

/// Keeps a version's findings as they are: the job no longer needs review for them.
#[server(prefix = "/sfn", endpoint = "confirm_document")]
pub async fn confirm_document(id: String, kind: String, version: u32) -> Result<(), AppError> {
    let kind = ssr::job_document(&id, &kind).ok_or_else(|| AppError::not_found("document"))?;
    let store = crate::api::ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let (ok, msg) = match pipeline::edit::confirm(store.as_ref(), &id, kind, version).await {
        Ok(()) => (
            true,
            format!("Version {version} is kept as it is; its findings are confirmed."),
        ),
        Err(e) => (false, ssr::message(&e)),
    };
    crate::api::ssr::set_flash(&session, ok, &msg).await;
    leptos_axum::redirect(&ssr::editor_path(&id, kind));
    Ok(())
}

/// Makes an earlier version of the master CV or knowledge base the current one.
#[server(prefix = "/sfn", endpoint = "restore_profile_version")]
pub async fn restore_profile_version(kind: String, version: u32) -> Result<(), AppError> {
    let kind = types::DocKind::parse(&kind)
        .filter(|k| !k.of_job())
        .ok_or_else(|| AppError::not_found("document"))?;
    let store = crate::api::ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let (ok, msg) = match pipeline::edit::restore_profile(store.as_ref(), kind, version).await {
        Ok(()) => (
            true,
            format!(
                "The {} of version {version} is the current one again.",
                kind.label()
            ),
        ),
        Err(e) => (false, format!("Not restored: {}", ssr::message(&e))),
    };
    crate::api::ssr::set_flash(&session, ok, &msg).await;
    leptos_axum::redirect("/profile");
    Ok(())
}

/// Moves one of the posting's skills (`must`, `nice`), drops it (`drop`) or undoes that (`reset`),
/// and scores the fit again; back to the job's match view.
#[server(prefix = "/sfn", endpoint = "choose_skill")]
pub async fn choose_skill(id: String, skill: String, choice: String) -> Result<(), AppError> {
    use pipeline::layers::jd::SkillChoice;
    if !pipeline::ids::is_valid_id(&id) {
        return Err(AppError::not_found("job"));
    }
    let picked = match choice.as_str() {
        "reset" => None,
        other => Some(
            SkillChoice::parse(other)
                .ok_or_else(|| AppError::BadRequest(format!("unknown choice {other:?}")))?,
        ),
    };
    let store = crate::api::ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let year = pipeline::ids::now().year();
    let (ok, msg) =
        match pipeline::edit::choose_skill(store.as_ref(), &id, &skill, picked, year).await {
            Ok(r) => {
                let what = match picked {
                    Some(SkillChoice::Must) => "is a must-have now",
                    Some(SkillChoice::Nice) => "is a nice-to-have now",
                    Some(SkillChoice::Drop) => "is dropped",
                    None => "is back where the posting puts it",
                };
                (
                    true,
                    format!("{skill} {what}: fit score {} → {}.", r.before, r.after),
                )
            }
            Err(e) => (false, ssr::message(&e)),
        };
    crate::api::ssr::set_flash(&session, ok, &msg).await;
    leptos_axum::redirect(&format!("/jobs/{id}"));
    Ok(())
}

/// Puts one of the reviewer's rewrites into the CV, as a new version the gate checks again.
#[server(prefix = "/sfn", endpoint = "apply_suggestion")]
pub async fn apply_suggestion(id: String, original: String) -> Result<(), AppError> {
    if !pipeline::ids::is_valid_id(&id) {
        return Err(AppError::not_found("job"));
    }
    let (store, root) = (crate::api::ssr::store()?, ssr::packs_root()?);
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    match pipeline::edit::apply_suggestion(store.as_ref(), &root, &id, &original).await {
        Ok(v) => ssr::saved_message(&session, &v).await,
        Err(e) => crate::api::ssr::set_flash(&session, false, &ssr::message(&e)).await,
    }
    leptos_axum::redirect(&ssr::editor_path(&id, types::DocKind::Cv));
    Ok(())
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use crate::error::AppError;
    use crate::model::{EditorView, VersionRow};
    use pipeline::edit::Change;
    use pipeline::store::Store;
    use std::path::PathBuf;
    use types::job::Job;
    use types::{DocKind, DocVersion};

    /// The applications folder, as the server configured it (in the server functions' context).
    #[derive(Debug, Clone)]
    pub struct PacksRoot(pub PathBuf);

    pub fn packs_root() -> Result<PathBuf, AppError> {
        leptos::prelude::use_context::<PacksRoot>()
            .map(|r| r.0)
            .ok_or_else(|| {
                tracing::error!("the applications folder is missing from the server context");
                AppError::Unavailable
            })
    }

    /// A job's document named in a URL or form, when the id is well formed and the kind one a job
    /// owns.
    pub fn job_document(id: &str, kind: &str) -> Option<DocKind> {
        DocKind::parse(kind).filter(|k| k.of_job() && pipeline::ids::is_valid_id(id))
    }

    pub fn editor_path(id: &str, kind: DocKind) -> String {
        format!("/jobs/{id}/edit/{}", kind.as_str())
    }

    /// What went wrong, as the person editing should read it.
    pub fn message(e: &pipeline::Error) -> String {
        match e {
            pipeline::Error::InvalidInput(m) => m.clone(),
            pipeline::Error::NotFound(what) => format!("{what} not found"),
            other => crate::api::ssr::user_message(other),
        }
    }

    pub async fn saved_message(session: &tower_sessions::Session, v: &DocVersion) {
        let msg = match v.findings.len() {
            0 => format!(
                "Saved as version {}. The gate found nothing the master CV and knowledge base do not hold.",
                v.version
            ),
            n => format!(
                "Saved as version {}. The gate found {n} thing(s) the master CV and knowledge base do not hold, highlighted below: change them, or keep them with “Keep as it is”. Until then the job shows needs review.",
                v.version
            ),
        };
        crate::api::ssr::set_flash(session, v.findings.is_empty(), &msg).await;
    }

    fn draft_key(id: &str, kind: DocKind) -> String {
        format!("draft:{id}:{}", kind.as_str())
    }

    /// Keeps a refused text for the next page, unless it was refused for its size (the session
    /// record is no place for megabytes).
    pub async fn keep_draft(
        session: &tower_sessions::Session,
        id: &str,
        kind: DocKind,
        text: String,
    ) {
        if text.len() <= pipeline::edit::MAX_TEXT_BYTES {
            crate::api::ssr::put_in_session(session, &draft_key(id, kind), text).await;
        }
    }

    pub async fn take_draft(
        session: &tower_sessions::Session,
        id: &str,
        kind: DocKind,
    ) -> Option<String> {
        crate::api::ssr::take_from_session(session, &draft_key(id, kind)).await
    }

    pub async fn editor_view(
        store: &dyn Store,
        job: Job,
        kind: DocKind,
        draft: Option<String>,
    ) -> Result<EditorView, AppError> {
        let outputs = pipeline::output::JobOutputs::read(&job.outputs);
        let (Some(generated), Some(published)) = (outputs.generated, outputs.published) else {
            return Err(AppError::BadRequest(
                "This job has no generated pack yet: process it first.".into(),
            ));
        };
        let versions = store
            .list_versions(&job.doc.id, kind, pipeline::edit::LIST_LIMIT)
            .await?;
        let (text, version, findings, confirmed) = match versions.first() {
            Some(v) => (
                v.text.clone(),
                Some(v.version),
                v.findings.clone(),
                v.confirmed,
            ),
            // A pack made before versions existed: its text and the run's findings.
            None => (
                match kind {
                    DocKind::Cv => generated.cv_markdown.clone(),
                    _ => generated.cover_letter.clone(),
                },
                None,
                published.gate.findings_for(kind),
                false,
            ),
        };
        let notice = match (&outputs.fit, kind) {
            (Some(fit), DocKind::CoverLetter) => letter_notice(fit, &generated, version),
            _ => None,
        };
        let terms: Vec<&str> = findings.iter().map(|f| f.term.as_str()).collect();
        let marked = pipeline::edit::mark(&text, &terms);
        Ok(EditorView {
            job_id: job.doc.id,
            job_title: job.doc.title,
            company: job.doc.company,
            kind,
            text: draft.unwrap_or(text),
            version,
            findings,
            confirmed,
            marked,
            versions: version_rows(&versions),
            notice,
        })
    }

    /// Where the latest run drafted no letter: why, and what the text area holds instead. A
    /// letter kept from an earlier run or edit stays the newest version (nothing is thrown
    /// away), and read as the run's own without this line.
    fn letter_notice(
        fit: &pipeline::layers::fit::FitAssessment,
        generated: &pipeline::layers::generate::Generated,
        version: Option<u32>,
    ) -> Option<String> {
        // Why, as the pack's file says it, in the past tense of the run.
        let why = format!(
            "No letter was drafted: {}",
            pipeline::layers::publish::report::no_letter_why(fit, generated)?
        );
        Some(match version {
            Some(n) => format!(
                "{why} The text below is version {n}, from before the latest run; the pack's \
                 cover_letter.txt now says why there is none. Save this text again to make it \
                 the pack's letter."
            ),
            None => format!(
                "{why} To apply all the same, write a letter here: once saved, it becomes the \
                 pack's letter."
            ),
        })
    }

    /// Versions (newest first) as history rows, each with its diff against the one before it.
    pub fn version_rows(versions: &[DocVersion]) -> Vec<VersionRow> {
        versions
            .iter()
            .enumerate()
            .map(|(i, v)| VersionRow {
                version: v.version,
                origin: v.origin.as_str().to_string(),
                note: v.note.clone(),
                created: crate::api::ssr::date_time(v.created_at),
                findings: v.findings.len(),
                confirmed: v.confirmed,
                diff: versions
                    .get(i + 1)
                    .map(|older| {
                        pipeline::edit::line_diff(&older.text, &v.text, 2)
                            .into_iter()
                            .map(|(c, line)| {
                                let sign = match c {
                                    Change::Same => ' ',
                                    Change::Added => '+',
                                    Change::Removed => '-',
                                };
                                (sign, line)
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect()
    }
}
