//! Server functions: the only way pages read data. Authentication is enforced for every one of them
//! by the server's auth middleware before they run.

pub use crate::error::AppError;
use crate::model::{
    AdminView, AlertRow, Flash, JobDetail, JobList, JobListParams, LedgerFilter, ProfileView,
    RunRow, RunView,
};
use leptos::prelude::*;

#[server(prefix = "/sfn", endpoint = "list_jobs")]
pub async fn list_jobs(params: JobListParams) -> Result<JobList, AppError> {
    let store = ssr::store()?;
    let page = store.list_jobs(&ssr::job_query(&params)).await?;
    Ok(ssr::job_list(page))
}

/// `None` when no job has that id.
#[server(prefix = "/sfn", endpoint = "get_job")]
pub async fn get_job(id: String) -> Result<Option<JobDetail>, AppError> {
    if !pipeline::ids::is_valid_id(&id) {
        return Ok(None);
    }
    let store = ssr::store()?;
    let Some(job) = store.get_job(&id).await? else {
        return Ok(None);
    };
    let history = store.status_history(&id).await?;
    let profile = store.get_profile().await?;
    let matching = ssr::match_table(&job, profile.as_ref());
    // The review judges the newest CV: its own open findings once it was saved as a version.
    let newest_cv = store
        .list_versions(&id, types::DocKind::Cv, 1)
        .await?
        .into_iter()
        .next();
    let review = ssr::review_view(&job, newest_cv.as_ref()).await;
    let outputs = pipeline::output::JobOutputs::read(&job.outputs);
    let has_pack = outputs.published.is_some();
    let notes = match (outputs.jd.as_ref(), outputs.fit.as_ref()) {
        (Some(jd), Some(fit)) => pipeline::layers::publish::report::advice_notes(jd, fit),
        _ => Vec::new(),
    };
    let advice = outputs.fit.as_ref().map(|f| {
        let mut sentence = f.advice_said(outputs.letter_drafted());
        // What the pack holds in place of a letter of application, as the dossier says it.
        let letter = outputs
            .generated
            .as_ref()
            .and_then(|g| pipeline::layers::publish::report::letter_note(f, g));
        for note in notes.iter().map(String::as_str).chain(letter.as_deref()) {
            sentence.push(' ');
            sentence.push_str(note);
        }
        (sentence, f.advice == pipeline::layers::fit::Advice::Skip)
    });
    let mut detail = ssr::job_detail(job, history);
    detail.matching = matching;
    detail.review = review;
    detail.has_pack = has_pack;
    detail.advice = advice;
    Ok(Some(detail))
}

/// The stored profile, or the draft this session last failed to save (so edits are not lost).
#[server(prefix = "/sfn", endpoint = "get_profile")]
pub async fn get_profile() -> Result<Option<ProfileView>, AppError> {
    let store = ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    if let Some(draft) = ssr::take_profile_draft(&session).await {
        return Ok(Some(ssr::profile_view(draft)));
    }
    let profile = store.get_profile().await?;
    let Some(profile) = profile else {
        return Ok(None);
    };
    let mut view = ssr::profile_view(profile);
    for kind in [types::DocKind::MasterCv, types::DocKind::KnowledgeBase] {
        let versions = store
            .list_versions(
                types::document::PROFILE_OWNER,
                kind,
                pipeline::edit::LIST_LIMIT,
            )
            .await?;
        view.history
            .push((kind, crate::documents::ssr::version_rows(&versions)));
    }
    Ok(Some(view))
}

/// A run with its progress, log and (when finished) results; `None` when there is no such run.
#[server(prefix = "/sfn", endpoint = "get_run")]
pub async fn get_run(id: String) -> Result<Option<RunView>, AppError> {
    let store = ssr::store()?;
    let Some(run) = store.get_run(&id).await? else {
        return Ok(None);
    };
    let job = store.get_job(&run.job_id).await?;
    let events = store.events_after(&id, 0).await?;
    let cost = store
        .total_cost(time::OffsetDateTime::UNIX_EPOCH, Some(&id))
        .await?;
    Ok(Some(ssr::run_view(run, job, events, cost)))
}

/// Recent runs, newest first, optionally of one job.
#[server(prefix = "/sfn", endpoint = "list_runs")]
pub async fn list_runs(job_id: Option<String>) -> Result<Vec<RunRow>, AppError> {
    let store = ssr::store()?;
    let runs = store.list_run_summaries(job_id.as_deref(), 100).await?;
    Ok(runs
        .into_iter()
        .map(|s| {
            let title = match s.job {
                Some((title, company)) => format!("{title} at {company}"),
                None => "(deleted job)".to_string(),
            };
            ssr::run_row(s.run, title, s.cost_usd)
        })
        .collect())
}

/// The message left by the last form post of this session, removed as it is read.
#[server(prefix = "/sfn", endpoint = "take_flash")]
pub async fn take_flash() -> Result<Option<Flash>, AppError> {
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    Ok(ssr::take_flash(&session).await)
}

/// Saves the candidate's two files from the candidate form (validated; a rejected pair is kept as a
/// draft).
#[server(prefix = "/sfn", endpoint = "save_profile")]
pub async fn save_profile(master_cv: String, knowledge_base: String) -> Result<(), AppError> {
    let store = ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let cv = master_cv.replace("\r\n", "\n");
    let kb = knowledge_base.replace("\r\n", "\n");
    ssr::store_profile(store.as_ref(), &session, cv, kb).await;
    leptos_axum::redirect("/profile");
    Ok(())
}

/// Adds one pasted job and opens it (or goes back to the import page, saying why not).
#[server(prefix = "/sfn", endpoint = "paste_job")]
pub async fn paste_job(
    title: String,
    company: String,
    #[server(default)] location: String,
    #[server(default)] url: String,
    description: String,
) -> Result<(), AppError> {
    let store = ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let pasted = pipeline::import::PastedJob {
        title,
        company,
        location,
        url,
        description,
    };
    let job = match pipeline::import::pasted_job(pasted) {
        Ok(job) => job,
        Err(e) => {
            ssr::set_flash(&session, false, &e.to_string()).await;
            leptos_axum::redirect("/import");
            return Ok(());
        }
    };
    let id = job.id.clone();
    match store.import_jobs(vec![job]).await {
        Ok(r) if r.added == 1 => {
            ssr::set_flash(&session, true, "Job added.").await;
            leptos_axum::redirect(&format!("/jobs/{id}"));
        }
        Ok(_) => {
            ssr::set_flash(
                &session,
                false,
                "This job is already in the list (same dedupe key, or the same company and text).",
            )
            .await;
            leptos_axum::redirect("/import");
        }
        Err(e) => {
            ssr::set_flash(&session, false, &ssr::user_message(&e)).await;
            leptos_axum::redirect("/import");
        }
    }
    Ok(())
}

/// Sets a job's status from its page; the page shows the change with a message.
#[server(prefix = "/sfn", endpoint = "set_job_status")]
pub async fn set_job_status(id: String, status: String, note: String) -> Result<(), AppError> {
    use pipeline::job::JobStatus;
    let store = ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let back = format!("/jobs/{id}");
    if !pipeline::ids::is_valid_id(&id) || store.get_job(&id).await?.is_none() {
        return Err(AppError::not_found("job"));
    }
    let (ok, msg) = match JobStatus::parse(&status) {
        None => (false, "Choose a valid status.".to_string()),
        Some(status) => {
            let note: String = note.trim().chars().take(500).collect();
            match store
                .set_status(std::slice::from_ref(&id), status, &note)
                .await?
            {
                0 => (true, format!("The status already was “{status}”.")),
                _ => (true, format!("Status set to “{status}”.")),
            }
        }
    };
    ssr::set_flash(&session, ok, &msg).await;
    leptos_axum::redirect(&back);
    Ok(())
}

/// Queues a run of the job and goes to its page (or back, saying why not).
#[server(prefix = "/sfn", endpoint = "process_job")]
pub async fn process_job(id: String) -> Result<(), AppError> {
    use pipeline::store::EnqueueOutcome;
    let runs = ssr::runs()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    match runs.enqueue(&id).await? {
        EnqueueOutcome::Queued(run) => leptos_axum::redirect(&format!("/runs/{}", run.id)),
        EnqueueOutcome::AlreadyActive(run) => {
            ssr::set_flash(&session, true, "This job is already being processed.").await;
            leptos_axum::redirect(&format!("/runs/{}", run.id));
        }
        EnqueueOutcome::QueueFull { queued } => {
            let msg =
                format!("The queue is full ({queued} runs waiting). Try again in a little while.");
            ssr::set_flash(&session, false, &msg).await;
            leptos_axum::redirect(&format!("/jobs/{id}"));
        }
    }
    Ok(())
}

/// Cancels a queued run, or asks a running one to stop.
#[server(prefix = "/sfn", endpoint = "cancel_run")]
pub async fn cancel_run(id: String) -> Result<(), AppError> {
    use ssr::Cancel;
    let runs = ssr::runs()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let (ok, msg) = match runs.cancel(&id).await? {
        None => return Err(AppError::not_found("run")),
        Some(Cancel::AlreadyFinished(_)) => (false, "The run had already finished."),
        Some(Cancel::Cancelled(_)) => (true, "Run cancelled."),
        Some(Cancel::Stopping(_)) => (true, "Cancelling the run."),
    };
    ssr::set_flash(&session, ok, msg).await;
    leptos_axum::redirect(&format!("/runs/{id}"));
    Ok(())
}

/// The admin page's data: the limits with their origins, the providers, this month's spending, the
/// cost per day of the last 30 days, the newest ledger entries and the audit log.
#[server(prefix = "/sfn", endpoint = "get_admin")]
pub async fn get_admin(filter: LedgerFilter) -> Result<AdminView, AppError> {
    let store = ssr::store()?;
    let limits = ssr::limits()?;
    let base = ssr::llm_settings()?;
    let (settings, origins) = pipeline::llm::routing::with_overrides(&base, store.as_ref()).await;
    let mut view = ssr::admin_view(store.as_ref(), &limits, &settings, filter).await?;
    for r in &mut view.routes {
        r.admin = origins.contains(&(r.layer, true));
    }
    view.providers = std::iter::once("offline")
        .chain(pipeline::llm::routing::available(&base))
        .map(str::to_string)
        .collect();
    view.health = ssr::health()?.rows().await;
    Ok(view)
}

/// Alerts that hold and nobody acknowledged: the banner on every page.
#[server(prefix = "/sfn", endpoint = "get_alerts")]
pub async fn get_alerts() -> Result<Vec<AlertRow>, AppError> {
    let store = ssr::store()?;
    let alerts = pipeline::alerts::load(store.as_ref()).await?;
    Ok(pipeline::alerts::unacknowledged(&alerts)
        .into_iter()
        .map(ssr::alert_row)
        .collect())
}

/// Acknowledges an alert (it leaves the banner; the admin page keeps it) and goes back to `next`.
#[server(prefix = "/sfn", endpoint = "ack_alert")]
pub async fn ack_alert(key: String, #[server(default)] next: String) -> Result<(), AppError> {
    let store = ssr::store()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let found = pipeline::alerts::acknowledge(store.as_ref(), &key).await?;
    if !found {
        ssr::set_flash(&session, false, "That alert has already ended.").await;
    }
    // Only a path of this site: never another host.
    let back = if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/admin".to_string()
    };
    leptos_axum::redirect(&back);
    Ok(())
}

/// Sets one limit from the admin page; out of range, nothing is saved and the message says why.
#[server(prefix = "/sfn", endpoint = "save_limit")]
pub async fn save_limit(key: String, value: String) -> Result<(), AppError> {
    let store = ssr::store()?;
    let limits = ssr::limits()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let by = ssr::session_tag(&session);
    let (ok, msg) = match pipeline::limits::Key::parse(&key) {
        None => (false, format!("There is no limit called {key:?}.")),
        Some(k) => {
            match pipeline::limits::set(store.as_ref(), limits.base(), k, &value, &by).await {
                Ok(v) => {
                    limits.invalidate();
                    (
                        true,
                        format!(
                            "{} set to {v}; it applies from the next run.",
                            k.spec().label
                        ),
                    )
                }
                Err(e) => (false, format!("Not saved: {}", ssr::user_message(&e))),
            }
        }
    };
    ssr::back_to_admin(&session, ok, &msg).await;
    Ok(())
}

/// One cheap call to the provider a layer is routed to ("reply with ok", 5 tokens at most): its
/// latency, or the provider's error in plain words. The call is recorded in the ledger.
#[server(prefix = "/sfn", endpoint = "test_provider")]
pub async fn test_provider(layer: String) -> Result<(), AppError> {
    let store = ssr::store()?;
    let base = ssr::llm_settings()?;
    let (settings, _) = pipeline::llm::routing::with_overrides(&base, store.as_ref()).await;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let (ok, msg) = ssr::test_provider(store.as_ref(), &settings, &layer).await;
    ssr::back_to_admin(&session, ok, &msg).await;
    Ok(())
}

/// Routes one layer to a provider and model (or offline) from the admin page; from the next run.
#[server(prefix = "/sfn", endpoint = "save_route")]
pub async fn save_route(
    layer: String,
    provider: String,
    #[server(default)] model: String,
) -> Result<(), AppError> {
    let store = ssr::store()?;
    let settings = ssr::llm_settings()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let by = ssr::session_tag(&session);
    let (ok, msg) = match pipeline::layers::Layer::from_key(&layer)
        .filter(|l| pipeline::layers::Layer::llm_capable().any(|c| c == *l))
    {
        None => (
            false,
            format!("{layer:?} is not a layer a provider can serve."),
        ),
        Some(l) => {
            match pipeline::llm::routing::set(&settings, store.as_ref(), l, &provider, &model, &by)
                .await
            {
                Ok(now) => (
                    true,
                    format!("{} now runs on {now}, from the next run.", l.title()),
                ),
                Err(e) => (false, format!("Not saved: {}", ssr::user_message(&e))),
            }
        }
    };
    ssr::back_to_admin(&session, ok, &msg).await;
    Ok(())
}

/// Puts one layer back on the environment's route.
#[server(prefix = "/sfn", endpoint = "reset_route")]
pub async fn reset_route(layer: String) -> Result<(), AppError> {
    let store = ssr::store()?;
    let settings = ssr::llm_settings()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let by = ssr::session_tag(&session);
    let (ok, msg) = match pipeline::layers::Layer::from_key(&layer) {
        None => (false, format!("There is no layer called {layer:?}.")),
        Some(l) => match pipeline::llm::routing::reset(&settings, store.as_ref(), l, &by).await {
            Ok(now) => (true, format!("{} is back on {now}.", l.title())),
            Err(e) => (false, format!("Not reset: {}", ssr::user_message(&e))),
        },
    };
    ssr::back_to_admin(&session, ok, &msg).await;
    Ok(())
}

/// Puts one limit back to the environment's value (or the default).
#[server(prefix = "/sfn", endpoint = "reset_limit")]
pub async fn reset_limit(key: String) -> Result<(), AppError> {
    let store = ssr::store()?;
    let limits = ssr::limits()?;
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let by = ssr::session_tag(&session);
    let (ok, msg) = match pipeline::limits::Key::parse(&key) {
        None => (false, format!("There is no limit called {key:?}.")),
        Some(k) => match pipeline::limits::reset(store.as_ref(), limits.base(), k, &by).await {
            Ok(v) => {
                limits.invalidate();
                (true, format!("{} reset to {v}.", k.spec().label))
            }
            Err(e) => (false, format!("Not reset: {}", ssr::user_message(&e))),
        },
    };
    ssr::back_to_admin(&session, ok, &msg).await;
    Ok(())
}

#[cfg(feature = "ssr")]
pub mod ssr {
    //! Conversions from domain types to page data, and the flash-message helpers the server uses too.

    use crate::error::AppError;
    use crate::model::*;
    use leptos::prelude::*;
    use pipeline::candidate::{validate_profile, CandidateProfile};
    use pipeline::job::{Job, JobPage, JobQuery, JobSort, JobStatus, StatusChange, StatusFilter};
    use pipeline::layers::Layer;
    use pipeline::store::{CostRecord, Store};
    use std::sync::Arc;
    use time::OffsetDateTime;

    /// A store error as the person who made a change should read it: their input's problem as it
    /// is, anything else as "nothing was saved" (the cause is logged).
    pub fn user_message(e: &pipeline::Error) -> String {
        match e {
            pipeline::Error::InvalidInput(msg) => msg.clone(),
            pipeline::Error::Files(cause) => {
                tracing::error!(error = %cause, "files could not be made");
                "Saved, but the files could not be made again; saving once more retries them."
                    .into()
            }
            other => {
                tracing::error!(error = %other, "store operation failed");
                "The database could not complete the change; nothing was saved. Try again.".into()
            }
        }
    }

    /// Validates both candidate files and stores them, leaving a message for the profile page; a
    /// profile that does not validate is kept as the session's draft, so no edit is lost.
    pub async fn store_profile(
        store: &dyn Store,
        session: &tower_sessions::Session,
        cv: String,
        kb: String,
    ) {
        let (ok, msg) = match validate_profile(&cv, &kb) {
            Ok((parsed, stars)) => {
                let profile = CandidateProfile {
                    master_cv: cv,
                    knowledge_base: kb,
                    updated_at: pipeline::ids::now(),
                };
                let saved = match store.put_profile(&profile).await {
                    Ok(()) => {
                        pipeline::edit::record_profile(
                            store,
                            &profile.master_cv,
                            &profile.knowledge_base,
                            types::VersionOrigin::Edited,
                            "saved on the candidate page",
                        )
                        .await
                    }
                    Err(e) => Err(e),
                };
                match saved {
                    Ok(()) => (
                        true,
                        format!(
                            "Saved the profile of {}: {} roles, {} STAR records.",
                            parsed.name,
                            parsed.roles.len(),
                            stars.len()
                        ),
                    ),
                    Err(e) => (false, user_message(&e)),
                }
            }
            Err(e) => {
                set_profile_draft(session, &cv, &kb).await;
                (
                    false,
                    format!("Not saved: {e}. Your text is kept below; fix it and save again."),
                )
            }
        };
        set_flash(session, ok, &msg).await;
    }

    /// What asking to cancel a run did.
    #[derive(Debug, Clone, PartialEq)]
    pub enum Cancel {
        /// It was queued and is now cancelled.
        Cancelled(pipeline::store::Run),
        /// It is running and stops at its next heartbeat.
        Stopping(pipeline::store::Run),
        /// It had already finished; nothing changed.
        AlreadyFinished(pipeline::store::Run),
    }

    type Boxed<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>>;

    /// The runner as server functions reach it (through context): the one place runs are asked
    /// for and cancelled, shared with the REST API.
    pub trait Runs: Send + Sync {
        fn enqueue<'a>(
            &'a self,
            job_id: &'a str,
        ) -> Boxed<'a, pipeline::Result<pipeline::store::EnqueueOutcome>>;
        fn cancel<'a>(&'a self, run_id: &'a str) -> Boxed<'a, pipeline::Result<Option<Cancel>>>;
    }

    /// The dependencies' state as the server sees it (its store, runner, provider checks, disk
    /// and backups), for the admin page.
    pub trait HealthReport: Send + Sync {
        fn rows(&self) -> Boxed<'_, Vec<HealthRow>>;
    }

    pub fn health() -> Result<Arc<dyn HealthReport>, AppError> {
        use_context::<Arc<dyn HealthReport>>().ok_or_else(|| {
            tracing::error!("health report missing from the server context");
            AppError::Unavailable
        })
    }

    pub fn runs() -> Result<Arc<dyn Runs>, AppError> {
        use_context::<Arc<dyn Runs>>().ok_or_else(|| {
            tracing::error!("runner missing from the server context");
            AppError::Unavailable
        })
    }

    pub fn limits() -> Result<Arc<pipeline::limits::LimitsCache>, AppError> {
        use_context::<Arc<pipeline::limits::LimitsCache>>().ok_or_else(|| {
            tracing::error!("limits missing from the server context");
            AppError::Unavailable
        })
    }

    pub fn llm_settings() -> Result<Arc<pipeline::llm::LlmSettings>, AppError> {
        use_context::<Arc<pipeline::llm::LlmSettings>>().ok_or_else(|| {
            tracing::error!("LLM settings missing from the server context");
            AppError::Unavailable
        })
    }

    /// The end of every admin form: the outcome as the page's message, and back to the page.
    pub async fn back_to_admin(session: &tower_sessions::Session, ok: bool, message: &str) {
        set_flash(session, ok, message).await;
        leptos_axum::redirect("/admin");
    }

    /// A short tag naming the session that made a change, for the audit log: a hash of its id,
    /// never the id (which is the cookie's secret).
    pub fn session_tag(session: &tower_sessions::Session) -> String {
        let id = session.id().map(|i| i.to_string()).unwrap_or_default();
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in id.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!("session {:08x}", h >> 32)
    }

    fn usd(v: f64) -> String {
        if v < 1.0 {
            format!("${v:.4}")
        } else {
            format!("${v:.2}")
        }
    }

    /// See [`super::test_provider`]. Returns whether it answered, and what to show.
    pub async fn test_provider(
        store: &dyn Store,
        settings: &pipeline::llm::LlmSettings,
        layer: &str,
    ) -> (bool, String) {
        let Some(layer) = Layer::from_key(layer) else {
            return (false, format!("There is no layer called {layer:?}."));
        };
        let Some(route) = settings.routes.get(&layer) else {
            return (
                false,
                format!(
                    "{} runs offline: there is no provider to test.",
                    layer.title()
                ),
            );
        };
        let Some(provider) = settings.providers().remove(&layer) else {
            return (false, "The provider could not be set up.".into());
        };
        let name = format!("{}:{}", route.provider, route.model);
        let started = std::time::Instant::now();
        let req = pipeline::llm::ChatRequest {
            system: "You are a health check.".into(),
            user: "Reply with the word ok.".into(),
            max_tokens: 5,
        };
        let answer = tokio::time::timeout(settings.timeout, provider.chat(&req)).await;
        let ms = started.elapsed().as_millis();
        match answer {
            Ok(Ok(r)) => {
                let cost = CostRecord {
                    run_id: None,
                    layer,
                    provider: route.provider.clone(),
                    model: route.model.clone(),
                    input_tokens: r.input_tokens,
                    output_tokens: r.output_tokens,
                    cost_usd: settings.prices.cost(
                        &route.provider,
                        &route.model,
                        r.input_tokens,
                        r.output_tokens,
                    ),
                    latency_ms: ms as u64,
                    at: pipeline::ids::now(),
                };
                if let Err(e) = store.record_cost(&cost).await {
                    tracing::warn!(error = %e, "the test call's cost was not recorded");
                }
                (true, format!("{name} answered in {ms} ms."))
            }
            Ok(Err(e)) => (false, format!("{name} failed after {ms} ms: {e}")),
            Err(_) => (
                false,
                format!(
                    "{name} did not answer within {} s.",
                    settings.timeout.as_secs()
                ),
            ),
        }
    }

    /// "3 of 12 (25%)", or "no runs".
    fn share(part: usize, of: usize) -> String {
        if of == 0 {
            "no runs".to_string()
        } else {
            format!("{part} of {of} ({:.0}%)", part as f64 / of as f64 * 100.0)
        }
    }

    /// The `q`-quantile (0–1) of sorted values, nearest rank.
    fn quantile(sorted: &[u64], q: f64) -> Option<u64> {
        if sorted.is_empty() {
            return None;
        }
        let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
        Some(sorted[rank - 1])
    }

    /// Per-layer fallback shares (last hour, last day) and latency quantiles (the runs given),
    /// from the runs' recorded layers; a layer reused after an interruption says nothing of its
    /// latency.
    pub fn layer_stats(runs: &[pipeline::store::Run], now: OffsetDateTime) -> Vec<LayerStatRow> {
        let within = |r: &pipeline::store::Run, d: time::Duration| {
            r.finished_at.is_some_and(|f| f >= now - d)
        };
        Layer::ALL
            .into_iter()
            .map(|layer| {
                let fell = |d: time::Duration| {
                    let ran: Vec<&pipeline::store::LayerProgress> = runs
                        .iter()
                        .filter(|r| within(r, d))
                        .filter_map(|r| r.layers.get(&layer))
                        .collect();
                    let fell = ran.iter().filter(|l| l.engine.contains("fallback")).count();
                    share(fell, ran.len())
                };
                let mut ms: Vec<u64> = runs
                    .iter()
                    .filter_map(|r| r.layers.get(&layer))
                    .filter(|l| !l.resumed)
                    .map(|l| l.ms)
                    .collect();
                ms.sort_unstable();
                let show = |q| quantile(&ms, q).map_or("–".to_string(), |v| format!("{v} ms"));
                LayerStatRow {
                    layer,
                    fallback_hour: fell(time::Duration::hours(1)),
                    fallback_day: fell(time::Duration::days(1)),
                    p50_ms: show(0.5),
                    p95_ms: show(0.95),
                }
            })
            .collect()
    }

    pub async fn admin_view(
        store: &dyn Store,
        limits: &pipeline::limits::LimitsCache,
        settings: &pipeline::llm::LlmSettings,
        filter: LedgerFilter,
    ) -> Result<AdminView, AppError> {
        let current = limits.base().with_overrides(store).await;
        let show = |v: f64| {
            if v.fract() == 0.0 {
                format!("{v:.0}")
            } else {
                format!("{v}")
            }
        };
        let limit_rows = current
            .values
            .iter()
            .map(|v| {
                let spec = v.key.spec();
                LimitRow {
                    key: v.key.as_str().to_string(),
                    label: spec.label.to_string(),
                    unit: spec.unit.to_string(),
                    value: show(v.value),
                    origin: v.origin.as_str().to_string(),
                    env: spec.env.to_string(),
                    base: show(v.base),
                    range: format!("{} to {}", show(spec.min), show(spec.max)),
                }
            })
            .collect();
        let routes = Layer::llm_capable()
            .map(|l| {
                let route = settings.routes.get(&l);
                RouteRow {
                    layer: l,
                    engine: route.map_or("offline".to_string(), |r| {
                        format!("{}:{}", r.provider, r.model)
                    }),
                    provider: route.map_or("offline".to_string(), |r| r.provider.clone()),
                    model: route.map(|r| r.model.clone()).unwrap_or_default(),
                    admin: false,
                }
            })
            .collect();
        let mut providers: Vec<String> = settings
            .routes
            .values()
            .map(|r| r.provider.clone())
            .collect();
        if settings.web.as_deref() == Some("firecrawl") {
            providers.push("firecrawl".into());
        }
        providers.sort();
        providers.dedup();
        // Local servers (Ollama, vLLM, llama.cpp) need no key.
        let keys = providers
            .into_iter()
            .map(|p| {
                let set = settings.key(&p).is_some()
                    || matches!(p.as_str(), "ollama" | "vllm" | "llamacpp");
                (p, set)
            })
            .collect();
        let now = pipeline::ids::now();
        let month_cost = store.total_cost(pipeline::ids::month_start(), None).await?;
        let month_cap = current.get(pipeline::limits::Key::MonthUsd);
        let since = (now - time::Duration::days(29)).replace_time(time::Time::MIDNIGHT);
        let ledger_since = now - time::Duration::days(i64::from(filter.days()));
        let recent = store.recent_costs(since.min(ledger_since), 5_000).await?;
        let mut per_day: Vec<(String, f64)> = (0..30)
            .map(|d| (date(since + time::Duration::days(d)), 0.0))
            .collect();
        for c in &recent {
            let day = date(c.at);
            if let Some(slot) = per_day.iter_mut().find(|(d, _)| *d == day) {
                slot.1 += c.cost_usd;
            }
        }
        // Per layer and per job over the chart's 30 days (a run's cost is its job's).
        let mut by_layer: Vec<(String, f64)> = Vec::new();
        let mut by_run: Vec<(String, f64)> = Vec::new();
        for c in recent.iter().filter(|c| c.at >= since) {
            let add = |list: &mut Vec<(String, f64)>, key: String| match list
                .iter_mut()
                .find(|(k, _)| *k == key)
            {
                Some(slot) => slot.1 += c.cost_usd,
                None => list.push((key, c.cost_usd)),
            };
            add(&mut by_layer, c.layer.title().to_string());
            if let Some(run) = &c.run_id {
                add(&mut by_run, run.clone());
            }
        }
        by_layer.sort_by(|a, b| b.1.total_cmp(&a.1));
        // One read gives the recent runs with their jobs' names: the runs section and the cost
        // per job both use it; a run not among them is looked up on its own.
        let summaries = store.list_run_summaries(None, 5_000).await?;
        let names: std::collections::HashMap<&str, String> = summaries
            .iter()
            .map(|s| {
                let name = match &s.job {
                    Some((title, company)) => format!("{title} at {company}"),
                    None => "(deleted job)".to_string(),
                };
                (s.run.id.as_str(), name)
            })
            .collect();
        let mut by_job: Vec<(String, f64)> = Vec::new();
        for (run_id, usd) in by_run {
            let job = match names.get(run_id.as_str()) {
                Some(name) => name.clone(),
                None => match store.get_run(&run_id).await? {
                    Some(run) => match store.get_job(&run.job_id).await? {
                        Some(j) => format!("{} at {}", j.doc.title, j.doc.company),
                        None => "(deleted job)".to_string(),
                    },
                    None => "(deleted run)".to_string(),
                },
            };
            match by_job.iter_mut().find(|(k, _)| *k == job) {
                Some(slot) => slot.1 += usd,
                None => by_job.push((job, usd)),
            }
        }
        by_job.sort_by(|a, b| b.1.total_cmp(&a.1));
        by_job.truncate(10);
        let ledger = recent
            .iter()
            .filter(|c| c.at >= ledger_since)
            .filter(|c| filter.provider.is_empty() || c.provider == filter.provider)
            .filter(|c| filter.layer.is_empty() || c.layer.key() == filter.layer)
            .take(100)
            .map(|c| LedgerRow {
                at: date_time(c.at),
                run_id: c.run_id.clone().unwrap_or_default(),
                layer: c.layer.key().to_string(),
                provider: c.provider.clone(),
                model: c.model.clone(),
                tokens: format!("{} in / {} out", c.input_tokens, c.output_tokens),
                cost: usd(c.cost_usd),
                latency_ms: c.latency_ms,
            })
            .collect();
        let audit = pipeline::limits::audit_log(store)
            .await?
            .into_iter()
            .take(50)
            .map(|a| AuditRow {
                at: date_time(a.at),
                what: a.what,
                old: a.old,
                new: a.new,
                by: a.by,
            })
            .collect();
        let runs: Vec<pipeline::store::Run> = summaries
            .iter()
            .map(|s| &s.run)
            .filter(|r| r.finished_at.is_some_and(|f| f >= since))
            .cloned()
            .collect();
        let errors = |d: time::Duration| {
            let done: Vec<&pipeline::store::Run> = runs
                .iter()
                .filter(|r| r.finished_at.is_some_and(|f| f >= now - d))
                .filter(|r| r.status != RunStatus::Cancelled)
                .collect();
            let failed = done
                .iter()
                .filter(|r| matches!(r.status, RunStatus::Failed | RunStatus::TimedOut))
                .count();
            share(failed, done.len())
        };
        let mut runs_per_day: Vec<(String, f64, f64)> = (0..30)
            .map(|d| (date(since + time::Duration::days(d)), 0.0, 0.0))
            .collect();
        for r in &runs {
            if let Some(f) = r.finished_at {
                let day = date(f);
                if let Some(slot) = runs_per_day.iter_mut().find(|(d, _, _)| *d == day) {
                    slot.1 += 1.0;
                    if matches!(r.status, RunStatus::Failed | RunStatus::TimedOut) {
                        slot.2 += 1.0;
                    }
                }
            }
        }
        let alerts = pipeline::alerts::load(store)
            .await?
            .iter()
            .take(50)
            .map(alert_row)
            .collect();
        Ok(AdminView {
            cost_by_layer: by_layer.into_iter().map(|(k, v)| (k, usd(v))).collect(),
            cost_by_job: by_job.into_iter().map(|(k, v)| (k, usd(v))).collect(),
            filter,
            health: Vec::new(),
            providers: Vec::new(),
            alerts,
            limits: limit_rows,
            routes,
            keys,
            web_research: settings.web.clone().unwrap_or_else(|| "off".into()),
            month_cost: usd(month_cost),
            month_cap: usd(month_cap),
            month_percent: if month_cap > 0.0 {
                (month_cost / month_cap * 100.0).round() as u32
            } else {
                0
            },
            cost_chart: bar_chart(&per_day, usd),
            runs_chart: stacked_chart(&runs_per_day, |t, f| {
                format!("{t:.0} runs, {f:.0} failed or timed out")
            }),
            error_rate_hour: errors(time::Duration::hours(1)),
            error_rate_day: errors(time::Duration::days(1)),
            layer_stats: layer_stats(&runs, now),
            ledger,
            audit,
        })
    }

    pub fn alert_row(a: &pipeline::alerts::Alert) -> AlertRow {
        AlertRow {
            key: a.key.clone(),
            message: a.message.clone(),
            since: date_time(a.first_seen),
            ended: a.ended.map(date_time).unwrap_or_default(),
            active: a.active,
            acknowledged: a.acknowledged,
            notified: a.notified,
        }
    }

    pub fn store() -> Result<Arc<dyn Store>, AppError> {
        use_context::<Arc<dyn Store>>().ok_or_else(|| {
            tracing::error!("store missing from the server context");
            AppError::Unavailable
        })
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
            after: (!p.after.is_empty()).then(|| p.after.clone()),
        }
        .normalised()
    }

    pub fn date(t: OffsetDateTime) -> String {
        format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
    }

    pub fn date_time(t: OffsetDateTime) -> String {
        format!("{} {:02}:{:02} UTC", date(t), t.hour(), t.minute())
    }

    fn statuses() -> Vec<JobStatus> {
        JobStatus::ALL.to_vec()
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
                    status: j.status,
                    fit_score: j.fit_score,
                    created: date(j.created_at),
                })
                .collect(),
            total: page.total,
            total_exact: page.total_exact,
            next: page.next.clone(),
            hidden: page.hidden,
            page: page.page,
            statuses: statuses(),
            hidden_statuses: JobStatus::HIDDEN_BY_DEFAULT.to_vec(),
        }
    }

    /// The match view of a processed job against the candidate's files (see
    /// [`pipeline::matching`]); `None` before the job was processed or without a valid profile.
    pub fn match_table(job: &Job, profile: Option<&CandidateProfile>) -> Option<MatchTable> {
        let outputs = pipeline::output::JobOutputs::read(&job.outputs);
        let (jd, generated) = (outputs.jd?, outputs.generated?);
        let profile = profile?;
        let candidate =
            pipeline::candidate::Candidate::from_texts(&profile.master_cv, &profile.knowledge_base)
                .ok()?;
        let view = pipeline::matching::match_view(
            &jd.must_have,
            &jd.nice_to_have,
            &generated.cv_markdown,
            &candidate,
        );
        Some(MatchTable {
            rate: view.rate,
            rows: view
                .rows
                .into_iter()
                .map(|r| {
                    let (state, detail) = match r.state {
                        pipeline::matching::MatchState::InCv { line } => ("in the CV", line),
                        pipeline::matching::MatchState::Evidence { source } => (
                            "evidenced",
                            format!(
                                "not in this CV; shown by {source}: it can be added truthfully"
                            ),
                        ),
                        pipeline::matching::MatchState::Gap => (
                            "gap",
                            "nothing in the master CV or knowledge base shows it".to_string(),
                        ),
                    };
                    MatchRow {
                        chosen: jd.choices.contains_key(&r.skill),
                        asked_as: jd.asked_as(&r.skill).unwrap_or_default(),
                        skill: r.skill,
                        must: r.must,
                        state: state.to_string(),
                        detail,
                    }
                })
                .collect(),
            dropped: jd.dropped(),
        })
    }

    /// The independent review of a processed job's CV (see [`pipeline::review`]); the .docx is
    /// read from the job's published folder when it is there.
    pub async fn review_view(
        job: &Job,
        newest_cv: Option<&types::DocVersion>,
    ) -> Option<ReviewView> {
        let outputs = pipeline::output::JobOutputs::read(&job.outputs);
        let (jd, pain, generated) = (outputs.jd?, outputs.pain?, outputs.generated?);
        let docx_plain = match &outputs.published {
            Some(p) => tokio::fs::read(std::path::Path::new(&p.dir).join("CV.docx"))
                .await
                .ok()
                .and_then(|b| pipeline::docx::is_plain(&b).ok()),
            None => None,
        };
        let findings: Vec<String> = match newest_cv {
            Some(v) => v.open_findings().iter().map(|f| f.detail.clone()).collect(),
            None => outputs
                .published
                .iter()
                .flat_map(|p| &p.gate.violations)
                .filter(|v| v.document == "cv")
                .map(|v| v.detail.clone())
                .collect(),
        };
        let r = pipeline::review::review(
            &pain.pain_points,
            &jd.must_have,
            &generated.cv_markdown,
            docx_plain,
            &findings,
        );
        Some(ReviewView {
            verdict: r.verdict.as_str().to_string(),
            reasons: r.reasons,
            answered: r
                .answered
                .into_iter()
                .map(|a| (a.pain_point, a.bullet.unwrap_or_default()))
                .collect(),
            checks: r
                .checks
                .into_iter()
                .map(|c| (c.name, c.passed, c.detail))
                .collect(),
            suggestions: generated
                .suggestions
                .iter()
                .filter(|s| {
                    pipeline::review::rewrite::replace_line(
                        &generated.cv_markdown,
                        &s.original,
                        &s.rewrite,
                    )
                    .is_some()
                })
                .map(|s| crate::model::SuggestionRow {
                    original: s.original.clone(),
                    rewrite: s.rewrite.clone(),
                    why: s.why.clone(),
                })
                .collect(),
        })
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
            status: d.status,
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
            outputs: Layer::ALL
                .iter()
                .map(|layer| OutputSection {
                    key: *layer,
                    title: layer.title().to_string(),
                    content: job
                        .outputs
                        .get(layer.key())
                        .map(|v| serde_json::to_string_pretty(v).unwrap_or_default()),
                })
                .collect(),
            history: history
                .into_iter()
                .map(|h| HistoryRow {
                    status: h.status,
                    at: date_time(h.at),
                    note: h.note,
                })
                .collect(),
            statuses: statuses(),
            matching: None,
            review: None,
            has_pack: false,
            advice: None,
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
        let understood =
            pipeline::candidate::Candidate::from_texts(&p.master_cv, &p.knowledge_base)
                .map(|c| understood(&c))
                .unwrap_or_default();
        ProfileView {
            master_cv: p.master_cv,
            knowledge_base: p.knowledge_base,
            updated: date_time(p.updated_at),
            summary,
            understood,
            history: Vec::new(),
        }
    }

    /// The facts the pipeline works from, in words: what knock-outs, scores and letters use.
    fn understood(c: &pipeline::candidate::Candidate) -> Vec<crate::model::UnderstoodFact> {
        let f = &c.facts;
        let list = |items: Vec<String>| {
            if items.is_empty() {
                "none found".to_string()
            } else {
                items.join("; ")
            }
        };
        let rows = [
            (
                "Roles",
                list(
                    c.cv.roles
                        .iter()
                        .map(|r| format!("{} — {} ({})", r.title, r.company, r.period))
                        .collect(),
                ),
            ),
            (
                "Track and years",
                format!(
                    "{}; {} years of experience",
                    f.track.describe(),
                    c.years_of_experience(pipeline::ids::now().year())
                ),
            ),
            (
                "Lives in",
                f.country
                    .map(|k| format!("{} ({})", f.place, k.name))
                    .unwrap_or_else(|| "not found: location knock-outs are not checked".into()),
            ),
            (
                "Degrees",
                list(
                    c.cv.education
                        .iter()
                        .map(|e| match pipeline::text::roles::degree_level(&e.degree) {
                            Some(l) => {
                                format!("{} ({}), {}", e.degree, l.describe(), e.institution)
                            }
                            None => format!("{}, {}", e.degree, e.institution),
                        })
                        .collect(),
                ),
            ),
            (
                "Spoken languages (working level)",
                list(f.languages.iter().map(|l| l.to_string()).collect()),
            ),
            (
                "Largest team led",
                f.largest_team
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| "not found".into()),
            ),
            ("Skills", list(c.skills.values().cloned().collect())),
            (
                "STAR records",
                list(c.stars.iter().map(|s| s.title.clone()).collect()),
            ),
        ];
        rows.into_iter()
            .map(|(label, value)| crate::model::UnderstoodFact {
                label: label.into(),
                value,
            })
            .collect()
    }

    fn duration(run: &pipeline::store::Run) -> String {
        let end = run.finished_at.unwrap_or_else(pipeline::ids::now);
        match run.started_at {
            Some(s) => format!("{:.1} s", (end - s).as_seconds_f64().max(0.0)),
            None => "—".to_string(),
        }
    }

    fn layers_of(run: &pipeline::store::Run) -> Vec<LayerRow> {
        Layer::ALL
            .iter()
            .map(|layer| {
                let s = run.layers.get(layer);
                LayerRow {
                    key: *layer,
                    title: layer.title().to_string(),
                    done: s.is_some(),
                    ms: s.map(|s| s.ms),
                    engine: s.map(|s| s.engine.clone()).unwrap_or_default(),
                }
            })
            .collect()
    }

    pub fn event_row(e: pipeline::store::RunEvent) -> EventRow {
        EventRow {
            seq: e.seq,
            at: date_time_seconds(e.at),
            percent: e
                .data
                .get("percent")
                .and_then(|p| p.as_u64())
                .map(|p| p.min(100) as u8),
            kind: e.kind,
            message: e.message,
        }
    }

    fn date_time_seconds(t: OffsetDateTime) -> String {
        format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
    }

    pub fn run_row(run: pipeline::store::Run, job_title: String, cost: f64) -> RunRow {
        let timings = layers_of(&run)
            .into_iter()
            .filter_map(|l| l.ms.map(|ms| format!("{} {ms} ms", l.key)))
            .collect::<Vec<_>>()
            .join(" · ");
        RunRow {
            duration: duration(&run),
            id: run.id,
            job_id: run.job_id,
            job_title,
            status: run.status,
            created: date_time(run.created_at),
            cost: format!("${cost:.4}"),
            timings,
        }
    }

    pub fn run_view(
        run: pipeline::store::Run,
        job: Option<Job>,
        events: Vec<pipeline::store::RunEvent>,
        cost: f64,
    ) -> RunView {
        let layers = layers_of(&run);
        let done = layers.iter().filter(|l| l.done).count();
        let succeeded = run.status == pipeline::store::RunStatus::Succeeded;
        let progress = if succeeded {
            100
        } else {
            (done * 100 / layers.len().max(1)) as u8
        };
        let result = match (&job, succeeded) {
            (Some(j), true) => Some(run_result(&run.id, j)),
            _ => None,
        };
        RunView {
            duration: duration(&run),
            started_ms: run
                .started_at
                .filter(|_| !run.status.is_finished())
                .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64),
            id: run.id.clone(),
            job_id: run.job_id.clone(),
            job_title: job
                .as_ref()
                .map(|j| j.doc.title.clone())
                .unwrap_or_default(),
            company: job
                .as_ref()
                .map(|j| j.doc.company.clone())
                .unwrap_or_default(),
            status: run.status,
            active: !run.status.is_finished(),
            created: date_time(run.created_at),
            cost: format!("${cost:.4}"),
            error: run.error.clone(),
            progress,
            layers,
            events: events.into_iter().map(event_row).collect(),
            result,
        }
    }

    fn run_result(run_id: &str, job: &Job) -> RunResult {
        let o = pipeline::output::JobOutputs::read(&job.outputs);
        let fit = o.fit.as_ref();
        let gate = o.published.as_ref().map(|p| &p.gate);
        RunResult {
            job_status: job.doc.status,
            fit_score: job.fit_score,
            tier: fit.map(|f| f.tier.clone()).unwrap_or_default(),
            advice: fit
                .map(|f| f.advice_said(o.letter_drafted()))
                .unwrap_or_default(),
            rationale: fit.map(|f| f.rationale.clone()).unwrap_or_default(),
            pain_points: o
                .pain
                .iter()
                .flat_map(|p| &p.pain_points)
                .map(|p| p.summary.clone())
                .collect(),
            stars: o
                .stars
                .iter()
                .flat_map(|s| &s.selected)
                .map(|s| s.title.clone())
                .collect(),
            company: o
                .company
                .iter()
                .flat_map(|c| {
                    c.warnings
                        .iter()
                        .map(|w| format!("Check: {w}"))
                        .chain(c.summary.iter().map(|q| q.text.clone()))
                })
                .collect(),
            contacts: o
                .outreach
                .iter()
                .flat_map(|c| &c.contacts)
                .map(|c| ContactRow {
                    role: c.role.clone(),
                    why: c.why.clone(),
                    linkedin_note: c.linkedin_note.clone(),
                    email_subject: c.email_subject.clone(),
                    email_body: c.email_body.clone(),
                })
                .collect(),
            cv_markdown: o
                .generated
                .as_ref()
                .map(|g| g.cv_markdown.clone())
                .unwrap_or_default(),
            // Where no letter was drafted, why not, as the pack's file says it.
            cover_letter: o
                .generated
                .as_ref()
                .map(|g| match (g.has_letter(), fit) {
                    (false, Some(f)) => {
                        pipeline::layers::publish::report::letter_note(f, g).unwrap_or_default()
                    }
                    _ => g.cover_letter.clone(),
                })
                .unwrap_or_default(),
            violations: gate
                .iter()
                .flat_map(|g| &g.violations)
                .map(|v| format!("[{}/{}] {}", v.document, v.kind, v.detail))
                .collect(),
            downloads: o
                .published
                .iter()
                .flat_map(|p| &p.files)
                .map(|f| (f.clone(), format!("/api/runs/{run_id}/artifacts/{f}")))
                .chain(o.published.iter().map(|_| {
                    (
                        "application-pack.zip".to_string(),
                        format!("/api/runs/{run_id}/pack.zip"),
                    )
                }))
                .collect(),
        }
    }

    /// Session keys of the messages and drafts a form post leaves for the next page.
    const FLASH: &str = "flash";
    const PROFILE_DRAFT: &str = "profile_draft";

    /// Stores a value in the session record now: a streamed page reads and clears these after its
    /// headers are gone, when the session layer would no longer save a change.
    pub(crate) async fn put_in_session<T: serde::Serialize>(
        session: &tower_sessions::Session,
        key: &str,
        value: T,
    ) {
        if let Err(e) = session.insert(key, value).await {
            tracing::warn!(error = %e, key, "could not keep a value in the session");
            return;
        }
        if let Err(e) = session.save().await {
            tracing::warn!(error = %e, key, "could not save the session");
        }
    }

    /// Takes a value out of the session record, saving the removal now (see [`put_in_session`]).
    pub(crate) async fn take_from_session<T: serde::de::DeserializeOwned>(
        session: &tower_sessions::Session,
        key: &str,
    ) -> Option<T> {
        // Looked at first: a remove marks the session changed, and a changed session is written
        // back to the database after the response, on every page that has nothing to take.
        if !holds(session, key).await {
            return None;
        }
        let value = match session.remove::<T>(key).await {
            Ok(v) => v?,
            Err(e) => {
                tracing::warn!(error = %e, key, "could not read a value from the session");
                return None;
            }
        };
        if let Err(e) = session.save().await {
            tracing::warn!(error = %e, key, "could not save the session");
        }
        Some(value)
    }

    /// Keeps a profile that failed validation for the next render of the profile page.
    pub async fn set_profile_draft(
        session: &tower_sessions::Session,
        master_cv: &str,
        knowledge_base: &str,
    ) {
        let draft = CandidateProfile {
            master_cv: master_cv.to_string(),
            knowledge_base: knowledge_base.to_string(),
            updated_at: pipeline::ids::now(),
        };
        put_in_session(session, PROFILE_DRAFT, draft).await;
    }

    pub async fn take_profile_draft(session: &tower_sessions::Session) -> Option<CandidateProfile> {
        take_from_session(session, PROFILE_DRAFT).await
    }

    /// Leaves a message for the next page this session renders.
    pub async fn set_flash(session: &tower_sessions::Session, ok: bool, message: &str) {
        let flash = Flash {
            ok,
            message: message.to_string(),
        };
        put_in_session(session, FLASH, flash).await;
    }

    /// Whether the next page this session renders has a message to show (it is then that
    /// session's own page).
    pub async fn has_flash(session: &tower_sessions::Session) -> bool {
        holds(session, FLASH).await
    }

    /// Whether the session holds `key`, read without marking the session changed.
    async fn holds(session: &tower_sessions::Session, key: &str) -> bool {
        matches!(session.get_value(key).await, Ok(Some(_)))
    }

    pub async fn take_flash(session: &tower_sessions::Session) -> Option<Flash> {
        take_from_session(session, FLASH).await
    }
}

#[cfg(all(test, feature = "ssr"))]
mod admin_tests {
    use super::ssr::layer_stats;
    use pipeline::layers::Layer;
    use pipeline::store::{LayerProgress, LayerState, Run, RunStatus};

    fn run(finished_min_ago: i64, fit_ms: u64, fit_engine: &str) -> Run {
        let now = time::macros::datetime!(2026-11-29 12:00 UTC);
        let mut layers = std::collections::BTreeMap::new();
        layers.insert(
            Layer::Fit,
            LayerProgress {
                state: LayerState::Done,
                ms: fit_ms,
                engine: fit_engine.into(),
                resumed: false,
            },
        );
        Run {
            id: format!("r{fit_ms}"),
            job_id: "j".into(),
            status: RunStatus::Succeeded,
            created_at: now,
            started_at: Some(now),
            finished_at: Some(now - time::Duration::minutes(finished_min_ago)),
            error: None,
            layers,
            cancel_requested: false,
        }
    }

    #[test]
    fn fallback_shares_and_latency_quantiles_per_layer() {
        let now = time::macros::datetime!(2026-11-29 12:00 UTC);
        let runs = vec![
            run(10, 100, "llm:openai/gpt-4o-mini"),
            run(20, 200, "offline (fallback: timed out)"),
            run(120, 300, "llm:openai/gpt-4o-mini"),
            run(600, 4000, "llm:openai/gpt-4o-mini"),
        ];
        let stats = layer_stats(&runs, now);
        let fit = stats.iter().find(|s| s.layer == Layer::Fit).unwrap();
        assert_eq!(fit.fallback_hour, "1 of 2 (50%)");
        assert_eq!(fit.fallback_day, "1 of 4 (25%)");
        assert_eq!(fit.p50_ms, "200 ms");
        assert_eq!(fit.p95_ms, "4000 ms");
        let jd = stats.iter().find(|s| s.layer == Layer::Jd).unwrap();
        assert_eq!(
            (jd.fallback_hour.as_str(), jd.p50_ms.as_str()),
            ("no runs", "–")
        );
    }
}
