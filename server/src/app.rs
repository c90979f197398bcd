//! Building the whole HTTP application from a configuration: store, password, sessions, routes.

use crate::auth::{
    self, middleware::SESSION_COOKIE, session_store::StoreSessions, throttle::LoginThrottle,
};
use crate::config::Config;
use crate::routes::{self, api, forms, health};
use crate::runner::{Runner, RunnerConfig};
use crate::state::AppState;
use ::app::{shell, App};
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::routing::{get, post};
use axum::Router;
use leptos::config::{get_configuration, LeptosOptions};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use pipeline::store::Store;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_sessions::cookie::{Key, SameSite};
use tower_sessions::{Expiry, SessionManagerLayer};

/// The built application and what the caller should know about its start.
pub struct Built {
    pub router: Router,
    pub store: Arc<dyn Store>,
    pub runner: Arc<Runner>,
    /// A login password generated on this start; print it once, it is stored only as a hash.
    pub generated_password: Option<String>,
    /// Cancelling it stops the runner (done by [`serve`] on SIGINT/SIGTERM).
    pub stop: CancellationToken,
    pub runner_task: tokio::task::JoinHandle<()>,
    /// Scheduled backups (when `BACKUP_INTERVAL_HOURS` is not 0).
    pub backup_task: Option<tokio::task::JoinHandle<()>>,
    /// Background provider checks for `/health` (when a provider is configured).
    pub provider_task: Option<tokio::task::JoinHandle<()>>,
    /// Hourly removal of expired sessions and cache rows.
    pub purge_task: tokio::task::JoinHandle<()>,
    /// The alert checks (every `ALERT_CHECK_SECONDS`).
    pub alert_task: tokio::task::JoinHandle<()>,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot open the store: {0}")]
    Store(#[from] pipeline::Error),
    #[error("cannot set up the login password: {0}")]
    Password(#[from] auth::password::PasswordError),
}

/// Leptos settings from cargo-leptos' environment when present, else the project's defaults, with
/// the address from our configuration.
pub fn leptos_options(config: &Config) -> LeptosOptions {
    // Without cargo-leptos' variables get_configuration prints a warning; skip it then.
    let from_cargo_leptos = std::env::var_os("LEPTOS_OUTPUT_NAME").is_some()
        || option_env!("LEPTOS_OUTPUT_NAME").is_some();
    let mut options = from_cargo_leptos
        .then(|| get_configuration(None).ok())
        .flatten()
        .map(|c| c.leptos_options)
        .filter(|o| !o.output_name.is_empty())
        .unwrap_or_else(|| {
            LeptosOptions::builder()
                .output_name("jobintel")
                .site_root(
                    std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| "target/site".into()),
                )
                .site_pkg_dir("pkg")
                .build()
        });
    options.site_addr = config.site_addr;
    // cargo-leptos writes the files' hashes beside the binary when it hashes their names; the
    // binary started on its own (not by cargo-leptos) must use those names too.
    options.hash_files |= std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(&*options.hash_file)))
        .is_some_and(|f| f.exists());
    options
}

/// The session signing key: `SESSION_SECRET` when set, else a random key kept in the store so
/// sessions survive restarts.
async fn session_key(config: &Config, store: &dyn Store) -> Result<Key, pipeline::Error> {
    if let Some(secret) = &config.session_secret {
        use sha2::Digest;
        // Key::from needs 64 bytes; SHA-512 stretches any secret of 32+ characters to that.
        return Ok(Key::from(&sha2::Sha512::digest(
            secrecy::ExposeSecret::expose_secret(secret).as_bytes(),
        )));
    }
    const KEY: &str = "session.signing_key";
    let hex = match store.get_setting(KEY).await? {
        Some(h) if h.len() == 128 => h,
        _ => {
            let mut bytes = [0u8; 64];
            pipeline::ids::fill_random(&mut bytes);
            let h = pipeline::ids::hex(&bytes);
            store.put_setting(KEY, &h).await?;
            h
        }
    };
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .filter_map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
        .collect();
    Ok(Key::from(&bytes))
}

pub async fn build(config: Config) -> Result<Built, StartError> {
    let store = crate::backend::open(&config.database_url).await?;
    build_with_store(config, store).await
}

pub async fn build_with_store(config: Config, store: Arc<dyn Store>) -> Result<Built, StartError> {
    if config.seed_demo {
        let seeded = pipeline::demo::seed_if_new(store.as_ref()).await?;
        if seeded.profile || seeded.jobs > 0 {
            tracing::info!(
                profile = seeded.profile,
                jobs = seeded.jobs,
                "loaded demo content"
            );
        }
    }
    let password = auth::password::ensure(store.as_ref(), config.login_password.as_ref()).await?;
    let key = session_key(&config, store.as_ref()).await?;

    let runner = Runner::new(
        store.clone(),
        RunnerConfig {
            lease: Duration::from_secs(config.run_lease_seconds),
            log_buffer_limit: config.log_buffer_limit,
            out_dir: config.applications_dir.clone(),
        },
        config.llm.clone(),
        Arc::new(pipeline::limits::LimitsCache::new(config.limits.clone())),
    );
    let stop = CancellationToken::new();
    let runner_task = tokio::spawn(runner.clone().run(stop.clone()));
    tokio::spawn(runner.clone().heartbeat(stop.clone()));
    let backup_task = (config.backup_interval_hours > 0).then(|| {
        tokio::spawn(scheduled_backups(
            store.clone(),
            config.backup_dir.clone(),
            Duration::from_secs(config.backup_interval_hours * 3600),
            config.backup_keep,
            stop.clone(),
        ))
    });

    let purge_task = tokio::spawn(purge_expired(store.clone(), PURGE_EVERY, stop.clone()));
    let provider_checks = Arc::new(health::ProviderChecks::default());
    let provider_task = provider_checks.clone().spawn_refresh(
        config.llm.endpoints(),
        health::PROVIDER_CHECK_EVERY,
        stop.clone(),
    );
    let alert_task = tokio::spawn(
        crate::alerts::AlertChecker::new(
            store.clone(),
            runner.limits.clone(),
            provider_checks.clone(),
            crate::alerts::AlertSettings {
                every: Duration::from_secs(config.alert_check_seconds),
                webhook: config.alert_webhook_url.clone(),
                job_cost_cap: config.alert_job_cost_usd,
                lease: Duration::from_secs(config.run_lease_seconds),
                provider_endpoints: config.llm.endpoints(),
            },
        )
        .run(stop.clone()),
    );
    let config = Arc::new(config);
    let leptos_options = leptos_options(&config);
    let state = AppState {
        leptos_options: Arc::new(leptos_options.clone()),
        store: store.clone(),
        config: config.clone(),
        password_hash: Arc::new(password.hash),
        throttle: Arc::new(LoginThrottle::new(5, Duration::from_secs(60))),
        runner: runner.clone(),
        provider_checks,
        pages: Arc::default(),
    };

    let sessions = SessionManagerLayer::new(StoreSessions(store.clone()))
        .with_name(SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(config.cookie_secure)
        .with_expiry(Expiry::OnInactivity(time::Duration::seconds(
            config.session_ttl_seconds,
        )))
        .with_signed(key);

    let routes = route_list();
    let context_store = store.clone();
    let context_runs: Arc<dyn app::api::ssr::Runs> = runner.clone();
    let context_limits = runner.limits.clone();
    let context_llm = Arc::new(config.llm.clone());
    let context_packs = app::documents::ssr::PacksRoot(config.applications_dir.clone());
    let context_health: Arc<dyn app::api::ssr::HealthReport> =
        Arc::new(crate::admin_health::AdminHealth {
            store: store.clone(),
            runner: runner.clone(),
            providers: state.provider_checks.clone(),
            endpoints: config.llm.endpoints(),
            web_research: config.llm.web.clone(),
            applications_dir: config.applications_dir.clone(),
            backup_dir: config.backup_dir.clone(),
            backup_interval_hours: config.backup_interval_hours,
        });
    let router = Router::new()
        .route("/health", get(health::health))
        .route("/login", post(auth::handlers::login))
        .route("/logout", post(auth::handlers::logout))
        .route("/jobs/bulk", post(forms::bulk))
        .route("/admin/costs.csv", get(routes::admin::costs_csv))
        .merge(api::router())
        .merge(routes::compat::router())
        .route(
            "/import/upload",
            post(forms::import_upload).layer(DefaultBodyLimit::max(
                pipeline::import::MAX_UPLOAD_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/profile/cv",
            post(forms::upload_cv).layer(DefaultBodyLimit::max(8 * 1024 * 1024)),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(context_store.clone());
                provide_context(context_runs.clone());
                provide_context(context_limits.clone());
                provide_context(context_llm.clone());
                provide_context(context_health.clone());
                provide_context(context_packs.clone());
            },
            {
                let options = leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // Page forms (server functions) may carry a pasted posting or a CV: 16 MB, so an oversized
        // paste reaches the import rules and gets their message rather than a bare 413.
        .layer(DefaultBodyLimit::max(16 * 1024 * 1024))
        // Inside the login guard: only a logged-in request reaches a kept page.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::page_cache::serve,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::middleware::require_login,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::same_site::refuse_cross_site,
        ))
        .layer(sessions)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
            ),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .layer(cors(&config.cors_origins))
        // Pages and API calls in progress at once; more wait their turn. The CPU is busy long
        // before this many run, and each one in flight holds its page and its data: the limit
        // bounds the memory a burst of connections can take (static files are not limited).
        .layer(tower::limit::ConcurrencyLimitLayer::new(in_flight_limit()))
        .with_state(state);
    let site_root = std::path::PathBuf::from(&*leptos_options.site_root);
    let router = routes::assets::router(&site_root, &leptos_options.site_pkg_dir)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .merge(router);
    // Compressed variants of the site's files, once per build; until they exist files go out as
    // they are.
    tokio::task::spawn_blocking(move || match routes::assets::precompress(&site_root) {
        Ok(0) => {}
        Ok(n) => tracing::info!(files = n, "compressed static files written"),
        Err(e) => tracing::warn!(error = %e, "cannot write compressed static files"),
    });

    Ok(Built {
        router,
        store,
        runner,
        generated_password: password.generated,
        stop,
        runner_task,
        backup_task,
        provider_task,
        purge_task,
        alert_task,
    })
}

/// Requests through the session, login and page layers at once: eight per core.
fn in_flight_limit() -> usize {
    8 * std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// How often expired sessions and cache rows are deleted.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// Deletes expired sessions and cache rows now and every `every` until `stop`, so neither table
/// grows without bound.
async fn purge_expired(store: Arc<dyn Store>, every: Duration, stop: CancellationToken) {
    loop {
        match store.delete_expired_sessions().await {
            Ok(n) if n > 0 => tracing::info!(sessions = n, "expired sessions deleted"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "could not delete expired sessions"),
        }
        match store.purge_expired_cache().await {
            Ok(n) if n > 0 => tracing::info!(rows = n, "expired cache rows deleted"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "could not purge the cache"),
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = stop.cancelled() => return,
        }
    }
}

/// Backs the store up whenever the newest backup is older than `every` (so also right after the
/// first start), keeping the newest `keep`.
async fn scheduled_backups(
    store: Arc<dyn Store>,
    dir: std::path::PathBuf,
    every: Duration,
    keep: usize,
    stop: CancellationToken,
) {
    loop {
        let newest_age = pipeline::backup::list(&dir)
            .last()
            .and_then(|p| std::fs::metadata(p).ok())
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok());
        let wait = match newest_age {
            Some(age) if age < every => every - age,
            _ => {
                if let Err(e) = crate::backend::backup(&store, &dir, keep).await {
                    tracing::error!(error = %e, "scheduled backup failed");
                }
                every
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait.min(Duration::from_secs(3600))) => {},
            _ = stop.cancelled() => return,
        }
    }
}

/// Cross-origin use of the API only from `CORS_ORIGINS` (none by default: same origin only).
fn cors(origins: &[String]) -> tower_http::cors::CorsLayer {
    use tower_http::cors::{AllowOrigin, CorsLayer};
    let allowed: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(allowed))
        .allow_methods([axum::http::Method::GET, axum::http::Method::POST])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE, header::ACCEPT])
}

/// Serves until SIGINT or SIGTERM (or `stop` is cancelled), then finishes in-flight requests and
/// stops the runner, whose interrupted runs resume on the next start.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    stop: CancellationToken,
) -> std::io::Result<()> {
    use axum::serve::ListenerExt;
    let on_stop = stop.clone();
    // Responses are written in several pieces (headers, then a streamed page or file): without
    // TCP_NODELAY, Nagle's algorithm holds the last piece back until the client's delayed ACK,
    // about 40 ms per response.
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "cannot set TCP_NODELAY");
        }
    });
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        tokio::select! {
            _ = shutdown_signal() => on_stop.cancel(),
            _ = on_stop.cancelled() => {},
        }
    })
    .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

/// The app's routes, generated once per process. `generate_route_list` runs the app with resource
/// loading suppressed through a process-global flag (leptos_server's `SuppressResourceLoad`): a
/// resource first polled by another server's render while it is set waits forever
/// (leptos-rs/leptos#4773). The web tests build many servers in one process, and a list page hung
/// for the client's 120 s twice in CI; generated once, before the first server answers, the window
/// never overlaps a render. (The binary builds one server and is not affected.)
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}
