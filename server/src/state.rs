//! What every handler can reach.

use crate::auth::throttle::LoginThrottle;
use crate::config::Config;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use pipeline::store::Store;
use std::sync::Arc;

/// Cloned for every middleware and handler of every request: every field is an `Arc`, so a clone
/// is a few reference counts (a `LeptosOptions` by value cost a fifth of the CPU of a cheap request).
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: Arc<LeptosOptions>,
    pub store: Arc<dyn Store>,
    pub config: Arc<Config>,
    /// argon2id hash of the login password.
    pub password_hash: Arc<String>,
    pub throttle: Arc<LoginThrottle>,
    pub runner: Arc<crate::runner::Runner>,
    /// Provider reachability, refreshed in the background for `/health`.
    pub provider_checks: Arc<crate::routes::health::ProviderChecks>,
    /// Rendered job list pages, under the store's page version.
    pub pages: Arc<crate::page_cache::PageCache>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        (*state.leptos_options).clone()
    }
}
