//! Rendered job list pages (`GET /jobs?…`), kept under the store's page version
//! ([`Store::page_version`](pipeline::store::Store::page_version)).
//!
//! Why: rendering a 50-row list through Leptos takes about 0.5 ms of CPU whatever the query costs,
//! which caps the list at a tenth of what the server answers for `/health`. A list page depends on
//! its query string, the list's rows and the stored alerts, which all move the version, and on two
//! things of its response, handled here:
//! - the CSP nonce, fresh for every response: a kept page is split where its nonce was and joined
//!   with a new one, and the policy header is given the new one too;
//! - the session's flash message: a session with one gets its page rendered, and it is not kept.
//!
//! The version is read from the database on every request, so a page is never older than the data,
//! whichever process or instance wrote it. Backends without a version (MongoDB) render every page.

use crate::runner::metrics::ServedLabels;
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tower_sessions::Session;

/// The only path kept: the job list, with every query string.
const LIST_PATH: &str = "/jobs";
/// Pages kept at once, and their bytes: a list page is 30–60 KB, so about 8 MiB at most.
const MAX_PAGES: usize = 128;
const MAX_BYTES: usize = 8 * 1024 * 1024;
/// How long a request waits for another's render of the same page before rendering its own.
const TURN_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// One kept page: its headers (without cookies) and its body cut at each occurrence of its nonce.
struct Kept {
    headers: HeaderMap,
    nonce: String,
    parts: Vec<Bytes>,
    len: usize,
}

impl Kept {
    fn new(headers: &HeaderMap, nonce: Option<String>, body: Bytes) -> Self {
        let mut headers = headers.clone();
        for name in [
            header::SET_COOKIE,
            header::CONTENT_LENGTH,
            header::TRANSFER_ENCODING,
        ] {
            headers.remove(name);
        }
        let len = body.len();
        let (nonce, parts) = match nonce {
            Some(nonce) => {
                let parts = split_at(&body, nonce.as_bytes());
                (nonce, parts)
            }
            None => (String::new(), vec![body]),
        };
        Kept {
            headers,
            nonce,
            parts,
            len,
        }
    }

    /// The page with a nonce of its own in the body and in the policy.
    fn response(&self) -> Response {
        let fresh = leptos::nonce::Nonce::new().to_string();
        let mut body = Vec::with_capacity(self.len + self.parts.len() * fresh.len());
        for (i, part) in self.parts.iter().enumerate() {
            if i > 0 {
                body.extend_from_slice(fresh.as_bytes());
            }
            body.extend_from_slice(part);
        }
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = self.headers.clone();
        if !self.nonce.is_empty() {
            if let Some(policy) = self
                .headers
                .get(header::CONTENT_SECURITY_POLICY)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.replace(&self.nonce, &fresh))
                .and_then(|v| HeaderValue::from_str(&v).ok())
            {
                response
                    .headers_mut()
                    .insert(header::CONTENT_SECURITY_POLICY, policy);
            }
        }
        response
    }
}

/// `body` cut at every occurrence of `needle` (which is left out).
fn split_at(body: &Bytes, needle: &[u8]) -> Vec<Bytes> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while !needle.is_empty() && i + needle.len() <= body.len() {
        if &body[i..i + needle.len()] == needle {
            parts.push(body.slice(start..i));
            i += needle.len();
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push(body.slice(start..));
    parts
}

/// The nonce a rendered page's policy names (`'nonce-…'`).
fn nonce_of(headers: &HeaderMap) -> Option<String> {
    let policy = headers
        .get(header::CONTENT_SECURITY_POLICY)?
        .to_str()
        .ok()?;
    let rest = &policy[policy.find("'nonce-")? + "'nonce-".len()..];
    Some(rest[..rest.find('\'')?].to_string()).filter(|n| !n.is_empty())
}

#[derive(Default)]
struct Pages {
    version: u64,
    by_query: HashMap<String, Arc<Kept>>,
    bytes: usize,
}

/// A page of one version: the version and the query string.
type PageKey = (u64, String);

/// The kept pages of one version: a newer version empties it.
#[derive(Default)]
pub struct PageCache {
    pages: Mutex<Pages>,
    /// A lock per page being rendered: the requests for a page nobody kept wait for the one that
    /// renders it, rather than all rendering it at once (fifty connections asking for page 500
    /// at once would otherwise each run its query).
    rendering: Mutex<HashMap<PageKey, Arc<tokio::sync::Mutex<()>>>>,
}

impl PageCache {
    /// This request's turn, or `None` when another request held it longer than `limit`.
    async fn turn_within(
        &self,
        version: u64,
        query: &str,
        limit: std::time::Duration,
    ) -> Option<RenderTurn<'_>> {
        tokio::time::timeout(limit, self.render_turn(version, query))
            .await
            .ok()
    }

    /// Waits until no other request renders this page, and holds it until dropped.
    async fn render_turn(&self, version: u64, query: &str) -> RenderTurn<'_> {
        let key = (version, query.to_string());
        let lock = self
            .rendering
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(key.clone())
            .or_default()
            .clone();
        RenderTurn {
            cache: self,
            key,
            _held: lock.lock_owned().await,
        }
    }
}

/// One request's turn to render a page. Dropped, even when the client went away mid-render, it
/// forgets the lock (the waiters hold their own reference to it).
struct RenderTurn<'a> {
    cache: &'a PageCache,
    key: PageKey,
    _held: tokio::sync::OwnedMutexGuard<()>,
}

impl Drop for RenderTurn<'_> {
    fn drop(&mut self) {
        self.cache
            .rendering
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.key);
    }
}

impl PageCache {
    fn get(&self, version: u64, query: &str) -> Option<Arc<Kept>> {
        let pages = self.pages.lock().ok()?;
        (pages.version == version)
            .then(|| pages.by_query.get(query).cloned())
            .flatten()
    }

    fn keep(&self, version: u64, query: String, kept: Kept) {
        let Ok(mut pages) = self.pages.lock() else {
            return;
        };
        if version < pages.version || kept.len > MAX_BYTES / 4 {
            return; // rendered from data already replaced, or too big to be worth it
        }
        if version > pages.version {
            *pages = Pages {
                version,
                ..Pages::default()
            };
        }
        // Full: the oldest page cannot be told from the others without more bookkeeping, and a
        // list's pages are cheap to render again, so any one goes.
        while pages.by_query.len() >= MAX_PAGES || pages.bytes + kept.len > MAX_BYTES {
            let Some(key) = pages.by_query.keys().next().cloned() else {
                break;
            };
            if let Some(gone) = pages.by_query.remove(&key) {
                pages.bytes -= gone.len;
            }
        }
        pages.bytes += kept.len;
        if let Some(old) = pages.by_query.insert(query, Arc::new(kept)) {
            pages.bytes -= old.len;
        }
    }
}

/// Middleware inside the login guard: answers a list page from the kept ones, or renders it and
/// keeps it.
pub async fn serve(
    State(state): State<AppState>,
    session: Session,
    req: Request,
    next: Next,
) -> Response {
    if req.method() != Method::GET
        || req.uri().path() != LIST_PATH
        || app::api::ssr::has_flash(&session).await
    {
        return next.run(req).await;
    }
    let version = match state.store.page_version().await {
        Ok(Some(v)) => v,
        // No version, or the database is down: the page renders (and shows the error).
        _ => return next.run(req).await,
    };
    let query = req.uri().query().unwrap_or_default().to_owned();
    let served = |how| {
        state
            .runner
            .metrics
            .list_pages
            .get_or_create(&ServedLabels { served: how })
            .inc();
    };
    if let Some(kept) = state.pages.get(version, &query) {
        served("kept");
        return kept.response();
    }
    // A render that never ends (a stalled client, a stuck resource) must not hold every later
    // request for the same list: past the limit this one renders on its own.
    let Some(_turn) = state.pages.turn_within(version, &query, TURN_WAIT).await else {
        tracing::warn!(%query, "a list page render held its turn too long; rendering alongside");
        served("rendered");
        return render_and_keep(&state, version, query, req, next).await;
    };
    if let Some(kept) = state.pages.get(version, &query) {
        served("kept");
        return kept.response();
    }
    served("rendered");
    render_and_keep(&state, version, query, req, next).await
}

async fn render_and_keep(
    state: &AppState,
    version: u64,
    query: String,
    req: Request,
    next: Next,
) -> Response {
    let response = next.run(req).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if response.status() != StatusCode::OK || !is_html {
        return response;
    }
    let (parts, body) = response.into_parts();
    // The page is rendered whole before it is sent (the route's SSR mode is `Async`), so this
    // waits for nothing more than the render did.
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(e) => {
            tracing::warn!(error = %e, "list page body failed");
            return Response::builder()
                .status(StatusCode::INTERNAL_SERVER_ERROR)
                .body(Body::from("the page could not be rendered"))
                .unwrap_or_default();
        }
    };
    let kept = Kept::new(&parts.headers, nonce_of(&parts.headers), body.clone());
    state.pages.keep(version, query, kept);
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(nonce: &str) -> (HeaderMap, Bytes) {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&format!("script-src 'nonce-{nonce}' 'strict-dynamic'")).unwrap(),
        );
        headers.insert(header::SET_COOKIE, HeaderValue::from_static("s=1"));
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        let body = format!(
            "<script nonce=\"{nonce}\">a</script><p>rows</p><script nonce=\"{nonce}\">b</script>"
        );
        (headers, Bytes::from(body))
    }

    async fn text(response: Response) -> String {
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn a_kept_page_gets_a_fresh_nonce_in_body_and_policy_and_no_cookie() {
        let (headers, body) = page("OLDNONCE123");
        let nonce = nonce_of(&headers);
        assert_eq!(nonce.as_deref(), Some("OLDNONCE123"));
        let kept = Kept::new(&headers, nonce, body);
        let first = kept.response();
        let policy = first.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_string();
        assert!(first.headers().get(header::SET_COOKIE).is_none());
        let fresh = nonce_of(first.headers()).unwrap();
        assert_ne!(fresh, "OLDNONCE123");
        assert!(policy.contains(&format!("'nonce-{fresh}'")));
        let html = text(first).await;
        assert_eq!(
            html,
            format!("<script nonce=\"{fresh}\">a</script><p>rows</p><script nonce=\"{fresh}\">b</script>")
        );
        let second = nonce_of(kept.response().headers()).unwrap();
        assert_ne!(second, fresh, "every response has its own nonce");
    }

    #[test]
    fn pages_of_an_older_version_are_neither_served_nor_kept() {
        let cache = PageCache::default();
        let (headers, body) = page("N1");
        cache.keep(2, "q=a".into(), Kept::new(&headers, None, body.clone()));
        assert!(cache.get(2, "q=a").is_some());
        assert!(cache.get(2, "q=b").is_none());
        assert!(cache.get(3, "q=a").is_none(), "a newer version misses");
        cache.keep(1, "q=b".into(), Kept::new(&headers, None, body.clone()));
        assert!(
            cache.get(1, "q=b").is_none(),
            "a render from older data is dropped"
        );
        cache.keep(3, "q=c".into(), Kept::new(&headers, None, body));
        assert!(
            cache.get(2, "q=a").is_none(),
            "a newer version empties the cache"
        );
        assert!(cache.get(3, "q=c").is_some());
    }

    #[tokio::test]
    async fn requests_for_one_page_take_turns_and_the_lock_is_forgotten() {
        let cache = Arc::new(PageCache::default());
        let first = cache.render_turn(1, "page=500").await;
        let other = cache.clone();
        let waiter = tokio::spawn(async move {
            let _turn = other.render_turn(1, "page=500").await;
        });
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        assert!(
            !waiter.is_finished(),
            "the second request waits for the first"
        );
        drop(cache.render_turn(1, "page=2").await); // another page is not held up
        drop(first);
        waiter.await.unwrap();
        assert!(cache.rendering.lock().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_turn_held_too_long_is_not_waited_for() {
        let cache = PageCache::default();
        let stuck = cache.render_turn(1, "page=1").await;
        let limit = std::time::Duration::from_millis(30);
        assert!(cache.turn_within(1, "page=1", limit).await.is_none());
        drop(stuck);
        assert!(cache.turn_within(1, "page=1", limit).await.is_some());
    }

    #[test]
    fn the_cache_is_bounded_in_pages() {
        let cache = PageCache::default();
        let (headers, body) = page("N");
        for i in 0..MAX_PAGES * 2 {
            cache.keep(
                1,
                format!("page={i}"),
                Kept::new(&headers, None, body.clone()),
            );
        }
        let pages = cache.pages.lock().unwrap();
        assert_eq!(pages.by_query.len(), MAX_PAGES);
        assert_eq!(pages.bytes, MAX_PAGES * body.len());
    }
}
