//! The guard in front of everything but the login page, health and static files.

use super::AUTH_KEY;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use subtle::ConstantTimeEq;
use tower_sessions::Session;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "jobintel_session";

fn is_public(method: &Method, path: &str) -> bool {
    path == "/health"
        || path.starts_with("/pkg/")
        || path == "/favicon.ico"
        || path == "/favicon.png"
        || path == "/robots.txt"
        || (path == "/login" && (method == Method::GET || method == Method::POST))
}

/// True when the request carries `Authorization: Bearer <RUNNER_API_SECRET>` (compared in constant time).
fn has_api_secret(req: &Request, state: &AppState) -> bool {
    let Some(secret) = &state.config.runner_api_secret else {
        return false;
    };
    req.headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|token| {
            bool::from(
                token
                    .trim()
                    .as_bytes()
                    .ct_eq(secrecy::ExposeSecret::expose_secret(secret).as_bytes()),
            )
        })
}

/// Session key of the last time (Unix seconds) a request marked the session in use.
const TOUCHED_KEY: &str = "touched";
/// How often an active session is written back.
const TOUCH_EVERY_SECS: i64 = 60;

/// Sessions expire after a stretch of inactivity, but a session is only written back (with its new
/// expiry and cookie) when it changed. Marking it at most once a minute keeps an active user logged
/// in without a database write on every request.
async fn keep_alive(session: &Session) {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let last = session
        .get::<i64>(TOUCHED_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or(0);
    if now - last >= TOUCH_EVERY_SECS {
        if let Err(e) = session.insert(TOUCHED_KEY, now).await {
            tracing::warn!(error = %e, "could not mark the session in use");
        }
    }
}

pub async fn require_login(
    State(state): State<AppState>,
    session: Session,
    req: Request,
    next: Next,
) -> Response {
    let path = req.uri().path().to_owned();
    if is_public(req.method(), &path) {
        return next.run(req).await;
    }
    if session.get::<bool>(AUTH_KEY).await.ok().flatten() == Some(true) {
        keep_alive(&session).await;
        return next.run(req).await;
    }
    let compat = crate::routes::compat::is_compat_path(&path);
    if state.config.compat_public_reads
        && crate::routes::compat::is_public_read(req.method(), &path)
    {
        return next.run(req).await;
    }
    let is_api = path.starts_with("/api/") || path == "/metrics" || compat;
    if is_api && has_api_secret(&req, &state) {
        return next.run(req).await;
    }
    let wants_page = req.method() == Method::GET && !is_api && !path.starts_with("/sfn/");
    if wants_page {
        let had_cookie = req
            .headers()
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|c| c.contains(&format!("{SESSION_COOKIE}=")));
        let target = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/jobs");
        let next: String = form_urlencoded::byte_serialize(target.as_bytes()).collect();
        let error = if had_cookie { "&error=expired" } else { "" };
        return Redirect::to(&format!("/login?next={next}{error}")).into_response();
    }
    (
        StatusCode::UNAUTHORIZED,
        Json(serde_json::json!({"error": "authentication required: log in or send the API bearer token"})),
    )
        .into_response()
}
