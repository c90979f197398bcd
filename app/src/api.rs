//! Server functions: the only way pages read data. Authentication is enforced for every one of them
//! by the server's auth middleware before they run.

use crate::model::{Flash, JobDetail, JobList, JobListParams, ProfileView};
use leptos::prelude::*;

#[server(prefix = "/sfn", endpoint = "list_jobs")]
pub async fn list_jobs(params: JobListParams) -> Result<JobList, ServerFnError> {
    let store = ssr::store()?;
    let page = store
        .list_jobs(&ssr::job_query(&params))
        .await
        .map_err(ssr::internal)?;
    Ok(ssr::job_list(page))
}

/// `None` when no job has that id.
#[server(prefix = "/sfn", endpoint = "get_job")]
pub async fn get_job(id: String) -> Result<Option<JobDetail>, ServerFnError> {
    if !pipeline::ids::is_valid_id(&id) {
        return Ok(None);
    }
    let store = ssr::store()?;
    let Some(job) = store.get_job(&id).await.map_err(ssr::internal)? else {
        return Ok(None);
    };
    let history = store.status_history(&id).await.map_err(ssr::internal)?;
    Ok(Some(ssr::job_detail(job, history)))
}

/// The stored profile, or the draft this session last failed to save (so edits are not lost).
#[server(prefix = "/sfn", endpoint = "get_profile")]
pub async fn get_profile() -> Result<Option<ProfileView>, ServerFnError> {
    let store = ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    if let Some(draft) = ssr::take_profile_draft(store.as_ref(), &session).await {
        return Ok(Some(ssr::profile_view(draft)));
    }
    let profile = store.get_profile().await.map_err(ssr::internal)?;
    Ok(profile.map(ssr::profile_view))
}

/// The message left by the last form post of this session, removed as it is read.
#[server(prefix = "/sfn", endpoint = "take_flash")]
pub async fn take_flash() -> Result<Option<Flash>, ServerFnError> {
    let store = ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    Ok(ssr::take_flash(store.as_ref(), &session).await)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    //! Conversions from domain types to page data, and the flash-message helpers the server uses too.

    use crate::model::*;
    use leptos::prelude::*;
    use pipeline::candidate::{validate_profile, CandidateProfile};
    use pipeline::job::{Job, JobPage, JobQuery, JobSort, JobStatus, StatusChange, StatusFilter};
    use pipeline::store::Store;
    use std::sync::Arc;
    use time::OffsetDateTime;

    /// Pipeline sections of the detail page, in pipeline order: (output key, heading).
    pub const SECTIONS: [(&str, &str); 8] = [
        ("jd", "Job description analysis"),
        ("pain_points", "Pain points"),
        ("stars", "Matching achievements (STAR)"),
        ("company", "Company research"),
        ("fit", "Fit score"),
        ("contacts", "Contacts and outreach"),
        ("cv", "Tailored CV and cover letter"),
        ("publish", "Dossier and files"),
    ];

    pub fn store() -> Result<Arc<dyn Store>, ServerFnError> {
        use_context::<Arc<dyn Store>>()
            .ok_or_else(|| ServerFnError::new("store missing from the server context"))
    }

    /// Logs the cause and gives the browser a message without internals.
    pub fn internal(e: pipeline::Error) -> ServerFnError {
        tracing::error!(error = %e, "server function failed");
        match e {
            pipeline::Error::InvalidInput(msg) => ServerFnError::new(msg),
            pipeline::Error::NotFound(what) => ServerFnError::new(format!("{what} not found")),
            pipeline::Error::Store(_) => ServerFnError::new("the database is unavailable"),
        }
    }

    pub fn job_query(p: &JobListParams) -> JobQuery {
        let status = match p.status.as_str() {
            "" | "active" => StatusFilter::Active,
            "all" => StatusFilter::All,
            other => JobStatus::parse(other)
                .map(StatusFilter::Only)
                .unwrap_or_default(),
        };
        JobQuery {
            text: p.q.clone(),
            status,
            sort: JobSort::parse(&p.sort),
            page: p.page.max(1),
            per_page: 50,
        }
        .normalised()
    }

    pub fn date(t: OffsetDateTime) -> String {
        format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
    }

    pub fn date_time(t: OffsetDateTime) -> String {
        format!("{} {:02}:{:02} UTC", date(t), t.hour(), t.minute())
    }

    fn statuses() -> Vec<String> {
        JobStatus::ALL
            .iter()
            .map(|s| s.as_str().to_string())
            .collect()
    }

    pub fn job_list(page: JobPage) -> JobList {
        JobList {
            pages: page.pages(),
            rows: page
                .jobs
                .into_iter()
                .map(|j| JobRow {
                    id: j.id,
                    title: j.title,
                    company: j.company,
                    location: j.location,
                    status: j.status.as_str().to_string(),
                    fit_score: j.fit_score,
                    created: date(j.created_at),
                })
                .collect(),
            total: page.total,
            hidden: page.hidden,
            page: page.page,
            statuses: statuses(),
            hidden_statuses: JobStatus::HIDDEN_BY_DEFAULT
                .iter()
                .map(|s| s.as_str().to_string())
                .collect(),
        }
    }

    pub fn job_detail(job: Job, history: Vec<StatusChange>) -> JobDetail {
        let d = job.doc;
        let mut links: Vec<String> = [d.job_url, d.url]
            .into_iter()
            .filter(|u| is_safe_link(u))
            .collect();
        links.dedup();
        JobDetail {
            id: d.id,
            title: d.title,
            company: d.company,
            location: d.location,
            source: d.source,
            links,
            created: date_time(d.created_at),
            updated: date_time(job.updated_at),
            dedupe_key: d.dedupe_key,
            original_score: d.score,
            status: d.status.as_str().to_string(),
            fit_score: job.fit_score,
            description: d.job_description,
            criteria: d.job_criteria,
            extra: d
                .extra
                .into_iter()
                .map(|(k, v)| {
                    let text = match v {
                        serde_json::Value::String(s) => s,
                        other => other.to_string(),
                    };
                    (k, text)
                })
                .collect(),
            outputs: SECTIONS
                .iter()
                .map(|(key, title)| OutputSection {
                    key: key.to_string(),
                    title: title.to_string(),
                    content: job
                        .outputs
                        .get(*key)
                        .map(|v| serde_json::to_string_pretty(v).unwrap_or_default()),
                })
                .collect(),
            history: history
                .into_iter()
                .map(|h| HistoryRow {
                    status: h.status.as_str().to_string(),
                    at: date_time(h.at),
                    note: h.note,
                })
                .collect(),
            statuses: statuses(),
        }
    }

    pub fn profile_view(p: CandidateProfile) -> ProfileView {
        let summary = validate_profile(&p.master_cv, &p.knowledge_base)
            .map(|(cv, stars)| {
                format!(
                    "{}: {} roles, {} skills, {} education entries, {} STAR records",
                    cv.name,
                    cv.roles.len(),
                    cv.all_skills().count(),
                    cv.education.len(),
                    stars.len()
                )
            })
            .map_err(|e| e.to_string());
        ProfileView {
            master_cv: p.master_cv,
            knowledge_base: p.knowledge_base,
            updated: date_time(p.updated_at),
            summary,
        }
    }

    fn flash_key(session: &tower_sessions::Session) -> Option<String> {
        session.id().map(|id| format!("flash:{id}"))
    }

    fn draft_key(session: &tower_sessions::Session) -> Option<String> {
        session.id().map(|id| format!("profile-draft:{id}"))
    }

    /// Keeps a profile that failed validation for the next render of the profile page.
    pub async fn set_profile_draft(
        store: &dyn Store,
        session: &tower_sessions::Session,
        master_cv: &str,
        knowledge_base: &str,
    ) {
        let Some(key) = draft_key(session) else {
            return;
        };
        let draft = CandidateProfile {
            master_cv: master_cv.to_string(),
            knowledge_base: knowledge_base.to_string(),
            updated_at: pipeline::ids::now(),
        };
        let value = serde_json::to_string(&draft).unwrap_or_default();
        if let Err(e) = store.put_setting(&key, &value).await {
            tracing::warn!(error = %e, "could not keep the profile draft");
        }
    }

    pub async fn take_profile_draft(
        store: &dyn Store,
        session: &tower_sessions::Session,
    ) -> Option<CandidateProfile> {
        let key = draft_key(session)?;
        let value = store.get_setting(&key).await.ok()??;
        if let Err(e) = store.delete_setting(&key).await {
            tracing::warn!(error = %e, "could not clear the profile draft");
        }
        serde_json::from_str(&value).ok()
    }

    /// Leaves a message for the next page this session renders. Kept in the store, not the session,
    /// because a streamed page is past its headers when it reads the message.
    pub async fn set_flash(
        store: &dyn Store,
        session: &tower_sessions::Session,
        ok: bool,
        message: &str,
    ) {
        let Some(key) = flash_key(session) else {
            return;
        };
        let flash = Flash {
            ok,
            message: message.to_string(),
        };
        let value = serde_json::to_string(&flash).unwrap_or_default();
        if let Err(e) = store.put_setting(&key, &value).await {
            tracing::warn!(error = %e, "could not store a flash message");
        }
    }

    pub async fn take_flash(store: &dyn Store, session: &tower_sessions::Session) -> Option<Flash> {
        let key = flash_key(session)?;
        let value = store.get_setting(&key).await.ok()??;
        if let Err(e) = store.delete_setting(&key).await {
            tracing::warn!(error = %e, "could not clear a flash message");
        }
        serde_json::from_str(&value).ok()
    }
}
