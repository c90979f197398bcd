//! Refusing cross-site requests that would change state with the visitor's session cookie.
//!
//! `SameSite=Lax` keeps the cookie off most cross-site posts, but not all (a top-level navigation
//! from a sibling subdomain is "same site"), so every state-changing request is also checked
//! against what the browser says about where it comes from: `Sec-Fetch-Site` when sent (all
//! current browsers), else `Origin`, which browsers send on every cross-origin POST. Requests with
//! neither come from non-browser clients, which carry no ambient cookie. Bearer-token API calls
//! are unaffected: a page on another site cannot set an `Authorization` header without a CORS
//! preflight, which [`crate::app`]'s CORS layer answers only for `CORS_ORIGINS`.

use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Why a request was refused, for the log (never the visitor's cookie or body).
#[derive(Debug, PartialEq, Eq)]
pub enum CrossSite {
    /// `Sec-Fetch-Site: cross-site` or `same-site` (a sibling subdomain).
    FetchSite(String),
    /// An `Origin` that is neither this server nor one of `CORS_ORIGINS`.
    Origin(String),
}

/// `Ok` when the request may change state: a safe method, a bearer token, or a browser saying it
/// comes from this origin (or an allowed one). A websocket upgrade is a GET but is checked too,
/// since a page on another site could otherwise read a run's live events with the cookie.
pub fn check(method: &Method, headers: &HeaderMap, allowed: &[String]) -> Result<(), CrossSite> {
    let upgrade = headers
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) && !upgrade {
        return Ok(());
    }
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer "));
    if bearer {
        return Ok(());
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let same_origin = |o: &str| {
        let authority = o
            .strip_prefix("https://")
            .or_else(|| o.strip_prefix("http://"));
        authority.is_some_and(|a| Some(a) == host) || allowed.iter().any(|a| a == o)
    };
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        // "none" is the user typing the address or using a bookmark.
        return match site {
            "same-origin" | "none" => Ok(()),
            _ if origin.is_some_and(|o| allowed.iter().any(|a| a == o)) => Ok(()),
            other => Err(CrossSite::FetchSite(other.to_string())),
        };
    }
    match origin {
        Some(o) if !same_origin(o) => Err(CrossSite::Origin(o.to_string())),
        _ => Ok(()),
    }
}

pub async fn refuse_cross_site(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    match check(req.method(), req.headers(), &state.config.cors_origins) {
        Ok(()) => next.run(req).await,
        Err(why) => {
            tracing::warn!(path = %req.uri().path(), reason = ?why, "cross-site request refused");
            (
                StatusCode::FORBIDDEN,
                "Refused: this request came from another site. Reload the page and try again.",
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("jobs.example:3000"));
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn posts_from_this_origin_or_non_browsers_pass() {
        let none: &[String] = &[];
        assert_eq!(
            check(
                &Method::POST,
                &headers(&[("sec-fetch-site", "same-origin")]),
                none
            ),
            Ok(())
        );
        assert_eq!(
            check(
                &Method::POST,
                &headers(&[("origin", "http://jobs.example:3000")]),
                none
            ),
            Ok(())
        );
        assert_eq!(check(&Method::POST, &headers(&[]), none), Ok(()));
        assert_eq!(
            check(&Method::POST, &headers(&[("sec-fetch-site", "none")]), none),
            Ok(())
        );
    }

    #[test]
    fn posts_from_other_sites_are_refused_unless_allowed_or_bearer() {
        let none: &[String] = &[];
        assert!(check(
            &Method::POST,
            &headers(&[("sec-fetch-site", "cross-site")]),
            none
        )
        .is_err());
        assert!(check(
            &Method::POST,
            &headers(&[("sec-fetch-site", "same-site")]),
            none
        )
        .is_err());
        assert!(check(
            &Method::POST,
            &headers(&[("origin", "https://evil.example")]),
            none
        )
        .is_err());
        assert!(check(&Method::POST, &headers(&[("origin", "null")]), none).is_err());
        assert!(check(
            &Method::POST,
            &headers(&[
                ("origin", "https://evil.example"),
                ("authorization", "Bearer t")
            ]),
            none
        )
        .is_ok());
        let allowed = vec!["https://ui.example".to_string()];
        assert!(check(
            &Method::POST,
            &headers(&[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://ui.example")
            ]),
            &allowed
        )
        .is_ok());
        assert_eq!(
            check(
                &Method::GET,
                &headers(&[("sec-fetch-site", "cross-site")]),
                none
            ),
            Ok(())
        );
        assert!(check(
            &Method::GET,
            &headers(&[("upgrade", "websocket"), ("origin", "https://evil.example")]),
            none
        )
        .is_err());
    }
}
