//! `GET /health` (the seed's `status`, `active_runs`, `max_concurrency` plus a check per dependency;
//! 503 with `"degraded"` when the database is down) and `GET /metrics` (Prometheus text).

use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use pipeline::store::RunStatus;
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// How often the providers' reachability is checked in the background.
pub const PROVIDER_CHECK_EVERY: Duration = Duration::from_secs(60);

/// The latest provider checks, by provider name. `/health` reads them; only the background task
/// makes outbound calls, so health checks cost nothing however often they come.
#[derive(Default)]
pub struct ProviderChecks {
    latest: RwLock<BTreeMap<String, serde_json::Value>>,
}

impl ProviderChecks {
    /// Checks every endpoint now, then every `every` until `stop`.
    pub fn spawn_refresh(
        self: Arc<Self>,
        endpoints: Vec<(String, String)>,
        every: Duration,
        stop: CancellationToken,
    ) -> Option<tokio::task::JoinHandle<()>> {
        if endpoints.is_empty() {
            return None;
        }
        Some(tokio::spawn(async move {
            loop {
                for (name, url) in &endpoints {
                    let check = provider_check(url).await;
                    self.latest
                        .write()
                        .unwrap_or_else(|p| p.into_inner())
                        .insert(name.clone(), check);
                }
                tokio::select! {
                    _ = tokio::time::sleep(every) => {}
                    _ = stop.cancelled() => return,
                }
            }
        }))
    }

    /// The latest check of each endpoint (`/health` and the alert checks read them).
    pub fn snapshot(
        &self,
        endpoints: &[(String, String)],
    ) -> serde_json::Map<String, serde_json::Value> {
        let latest = self.latest.read().unwrap_or_else(|p| p.into_inner());
        endpoints
            .iter()
            .map(|(name, _)| {
                let check = latest
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| json!({"status": "unknown", "detail": "not checked yet"}));
                (name.clone(), check)
            })
            .collect()
    }
}

/// Liveness and dependencies. Provider outages are reported but do not degrade the service: the
/// pipeline falls back to its offline engine.
#[utoipa::path(get, path = "/health", security(()), responses(
    (status = 200, description = "Healthy", body = Object, example = json!({"status": "healthy", "active_runs": 0, "max_concurrency": 3, "queue_depth": 0, "timestamp": "2026-11-29T23:40:00Z", "checks": {"database": {"status": "up"}}})),
    (status = 503, description = "The database is unreachable", body = Object)))]
pub async fn health(State(state): State<AppState>) -> Response {
    let started = Instant::now();
    let db = tokio::time::timeout(Duration::from_secs(3), state.store.ping()).await;
    let latency_ms = started.elapsed().as_millis() as u64;
    let (db_ok, db_check) = match db {
        Ok(Ok(())) => (
            true,
            json!({"status": "up", "backend": state.store.backend(), "latency_ms": latency_ms}),
        ),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "health: database check failed");
            (
                false,
                json!({"status": "down", "backend": state.store.backend(), "error": "database unreachable"}),
            )
        }
        Err(_) => (
            false,
            json!({"status": "down", "backend": state.store.backend(), "error": "timed out after 3 s"}),
        ),
    };
    let queued = if db_ok { queue_depth(&state).await } else { 0 };
    let providers = state
        .provider_checks
        .snapshot(&state.config.llm.endpoints());
    let llm = if providers.is_empty() {
        json!({"status": "offline", "detail": "no LLM provider configured: the offline engine runs every layer"})
    } else {
        serde_json::Value::Object(providers)
    };
    let max_concurrency = state
        .runner
        .limits
        .get(state.store.as_ref())
        .await
        .max_concurrency();
    let body = json!({
        "status": if db_ok { "healthy" } else { "degraded" },
        "active_runs": state.runner.active(),
        "max_concurrency": max_concurrency,
        "queue_depth": queued,
        "timestamp": super::lookup::rfc3339(time::OffsetDateTime::now_utc()),
        "checks": {
            "database": db_check,
            "runner": {"status": "up", "active_runs": state.runner.active(), "queue_depth": queued, "max_concurrency": max_concurrency},
            "providers": llm,
        },
    });
    let code = if db_ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (code, Json(body)).into_response()
}

async fn queue_depth(state: &AppState) -> u64 {
    let counts = match state.store.run_counts().await {
        Ok(counts) => counts,
        Err(e) => {
            tracing::warn!(error = %e, "health: could not count queued runs");
            Vec::new()
        }
    };
    counts
        .into_iter()
        .find(|(s, _)| *s == RunStatus::Queued)
        .map(|(_, n)| n)
        .unwrap_or(0)
}

/// Any HTTP answer from the base URL within 2 s counts as reachable; when it was checked is kept.
async fn provider_check(url: &str) -> serde_json::Value {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()
        .unwrap_or_default();
    let started = Instant::now();
    match client.get(url).send().await {
        Ok(r) => {
            json!({"status": "up", "http_status": r.status().as_u16(), "latency_ms": started.elapsed().as_millis() as u64, "checked_at": super::lookup::rfc3339(pipeline::ids::now())})
        }
        Err(e) => {
            json!({"status": "down", "error": if e.is_timeout() { "timed out" } else { "unreachable" }, "checked_at": super::lookup::rfc3339(pipeline::ids::now())})
        }
    }
}

/// Prometheus metrics: runs by status, queue depth, active runs, layer latency histograms, LLM cost.
#[utoipa::path(get, path = "/metrics", responses((status = 200, description = "Prometheus text format", content_type = "text/plain")))]
pub async fn metrics(State(state): State<AppState>) -> Response {
    let m = &state.runner.metrics;
    if let Ok(counts) = state.store.run_counts().await {
        for status in RunStatus::ALL {
            let n = counts
                .iter()
                .find(|(s, _)| *s == status)
                .map(|(_, n)| *n)
                .unwrap_or(0);
            m.runs_by_status
                .get_or_create(&crate::runner::metrics::StatusLabels {
                    status: status.as_str().into(),
                })
                .set(n as i64);
            if status == RunStatus::Queued {
                m.queue_depth.set(n as i64);
            }
        }
    }
    m.active_runs.set(state.runner.active() as i64);
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        m.render(),
    )
        .into_response()
}
