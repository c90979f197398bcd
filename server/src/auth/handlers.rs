//! `POST /login` and `POST /logout`.

use super::{password, AUTH_KEY};
use crate::state::AppState;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;
use std::net::SocketAddr;
use std::time::Instant;
use tower_sessions::Session;

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// A local path to go to after login; anything that could leave the site becomes `/jobs`.
pub fn safe_next(next: &str) -> &str {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.starts_with("/login")
        && next.chars().all(|c| !c.is_control());
    if ok {
        next
    } else {
        "/jobs"
    }
}

pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    session: Session,
    Form(form): Form<LoginForm>,
) -> Response {
    let client = peer.ip();
    if state.throttle.is_blocked(client, Instant::now()) {
        tracing::warn!(%client, "login refused: too many failed attempts");
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", "60")],
            Html(
                "<!DOCTYPE html><title>Too many attempts</title><main><h1>Too many failed attempts</h1>\
                 <p>Wait a minute, then <a href=\"/login?error=throttled\">try again</a>.</p></main>",
            ),
        )
            .into_response();
    }
    if !password::verify(form.password, state.password_hash.as_str().to_owned()).await {
        state.throttle.record_failure(client, Instant::now());
        tracing::warn!(%client, "failed login");
        let next = app_encode(safe_next(&form.next));
        return Redirect::to(&format!("/login?error=invalid&next={next}")).into_response();
    }
    // A new id at login defeats session fixation.
    if let Err(e) = session.cycle_id().await {
        tracing::error!(error = %e, "could not renew the session id");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    if let Err(e) = session.insert(AUTH_KEY, true).await {
        tracing::error!(error = %e, "could not store the session");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    tracing::info!(%client, "logged in");
    Redirect::to(safe_next(&form.next)).into_response()
}

pub async fn logout(session: Session) -> Response {
    if let Err(e) = session.flush().await {
        tracing::warn!(error = %e, "could not delete the session");
    }
    Redirect::to("/login").into_response()
}

fn app_encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_never_leaves_the_site() {
        assert_eq!(safe_next("/jobs/abc?x=1"), "/jobs/abc?x=1");
        assert_eq!(safe_next("//evil.example/"), "/jobs");
        assert_eq!(safe_next("https://evil.example/"), "/jobs");
        assert_eq!(safe_next("/\\evil.example"), "/jobs");
        assert_eq!(safe_next(""), "/jobs");
        assert_eq!(safe_next("/login"), "/jobs");
    }
}
