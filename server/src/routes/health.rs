//! `GET /health`: the seed's shape (`status`, `active_runs`, `max_concurrency`) plus a check per
//! dependency; 503 with `"degraded"` when one is down.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::json;
use std::time::{Duration, Instant};

pub async fn health(State(state): State<AppState>) -> impl IntoResponse {
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
    let body = json!({
        "status": if db_ok { "healthy" } else { "degraded" },
        "active_runs": 0,
        "max_concurrency": state.config.max_concurrency,
        "checks": { "database": db_check },
    });
    let code = if db_ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (code, Json(body))
}
