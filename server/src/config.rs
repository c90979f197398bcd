//! Typed configuration, read once at start from the environment (and `.env`). A bad value stops the
//! start with one line naming the variable.

use pipeline::config::{bad, boolean, number, secret, text};
pub use pipeline::config::{ConfigError, ProcessEnv, Source};
use secrecy::{ExposeSecret, SecretString};
use std::net::SocketAddr;

/// The store's URL. Its `Debug` hides a password in it (`mongodb://user:secret@host` prints as
/// `mongodb://user:***@host`), since `Config` is printed at start.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl std::ops::Deref for DatabaseUrl {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let url = &self.0;
        let shown = match (url.find("://"), url.rfind('@')) {
            (Some(scheme), Some(at)) if at > scheme => {
                let userinfo = &url[scheme + 3..at];
                match userinfo.split_once(':') {
                    Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                    None => url.clone(),
                }
            }
            _ => url.clone(),
        };
        write!(f, "{shown:?}")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: DatabaseUrl,
    pub site_addr: SocketAddr,
    pub login_password: Option<SecretString>,
    pub session_secret: Option<SecretString>,
    pub runner_api_secret: Option<SecretString>,
    pub session_ttl_seconds: i64,
    pub cookie_secure: bool,
    pub log_buffer_limit: u64,
    pub cors_origins: Vec<String>,
    pub environment: Environment,
    pub log_level: String,
    pub log_format: LogFormat,
    /// Load the demo candidate and jobs into an empty store on start.
    pub seed_demo: bool,
    /// Leave the original runner API's reads (`/jobs/{run_id}/status`, `/logs`, `/artifacts/…`)
    /// open without a token, as the original did. Off by default: artifacts are a person's CV.
    pub compat_public_reads: bool,
    /// Seconds a run's claim lasts without a heartbeat (a crashed process's runs resume after it).
    pub run_lease_seconds: u64,
    /// Most runs waiting in the queue; more get 429.
    /// Root folder of the application files.
    pub applications_dir: std::path::PathBuf,
    /// Where scheduled backups go, how often (hours; 0 turns them off), how many are kept.
    pub backup_dir: std::path::PathBuf,
    pub backup_interval_hours: u64,
    pub backup_keep: usize,
    /// The starting values of the limits the admin page can change (budgets, concurrency, the
    /// queue, the timeout): the environment's, else the defaults.
    pub limits: pipeline::limits::Base,
    /// LLM providers, budgets and web research (see `pipeline::llm::LlmSettings`).
    pub llm: pipeline::llm::LlmSettings,
    /// Where new alert episodes are posted (a Slack-style incoming webhook: its URL is a secret).
    pub alert_webhook_url: Option<SecretString>,
    /// A run costing more than this (USD) raises an alert.
    pub alert_job_cost_usd: f64,
    /// How often the alert conditions are checked.
    pub alert_check_seconds: u64,
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_source(&ProcessEnv)
    }

    pub fn from_source(src: &dyn Source) -> Result<Config, ConfigError> {
        // MONGODB_URI selects the MongoDB backend (the original stack's variable); DATABASE_URL
        // may name either backend.
        let database_url = text(src, "DATABASE_URL")
            .or_else(|| text(src, "MONGODB_URI"))
            .unwrap_or_else(|| "sqlite://./data/jobintel.db".to_string());
        let is_mongo =
            database_url.starts_with("mongodb://") || database_url.starts_with("mongodb+srv://");
        if !database_url.starts_with("sqlite:") && !is_mongo {
            return Err(bad(
                "DATABASE_URL",
                "must be a sqlite: URL such as sqlite://./data/jobintel.db, or a mongodb:// URI",
            ));
        }
        let site_addr = match text(src, "LEPTOS_SITE_ADDR") {
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
            Some(raw) => raw.parse().map_err(|_| {
                bad(
                    "LEPTOS_SITE_ADDR",
                    format!("must be host:port such as 127.0.0.1:3000, got {raw:?}"),
                )
            })?,
        };
        let environment = match text(src, "ENVIRONMENT")
            .map(|v| v.to_ascii_lowercase())
            .as_deref()
        {
            None | Some("development" | "dev") => Environment::Development,
            Some("production" | "prod") => Environment::Production,
            Some(other) => {
                return Err(bad(
                    "ENVIRONMENT",
                    format!("must be development or production, got {other:?}"),
                ))
            }
        };
        let log_format = match text(src, "LOG_FORMAT")
            .map(|v| v.to_ascii_lowercase())
            .as_deref()
        {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(bad(
                    "LOG_FORMAT",
                    format!("must be text or json, got {other:?}"),
                ))
            }
        };
        let log_level = text(src, "LOG_LEVEL").unwrap_or_else(|| "info".into());
        if tracing_subscriber::EnvFilter::try_new(&log_level).is_err() {
            return Err(bad(
                "LOG_LEVEL",
                format!("is not a valid level or filter: {log_level:?}"),
            ));
        }
        let session_secret = secret(src, "SESSION_SECRET");
        if session_secret
            .as_ref()
            .is_some_and(|s| s.expose_secret().len() < 32)
        {
            return Err(bad("SESSION_SECRET", "must be at least 32 characters"));
        }
        let runner_api_secret = secret(src, "RUNNER_API_SECRET");
        if runner_api_secret
            .as_ref()
            .is_some_and(|s| s.expose_secret().len() < 16)
        {
            return Err(bad("RUNNER_API_SECRET", "must be at least 16 characters"));
        }
        let login_password = secret(src, "LOGIN_PASSWORD");
        if login_password
            .as_ref()
            .is_some_and(|s| s.expose_secret().chars().count() < 8)
        {
            return Err(bad("LOGIN_PASSWORD", "must be at least 8 characters"));
        }
        let cors_origins = text(src, "CORS_ORIGINS")
            .map(|v| {
                v.split(',')
                    .map(|o| o.trim().to_string())
                    .filter(|o| !o.is_empty())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        if let Some(o) = cors_origins
            .iter()
            .find(|o| !(o.starts_with("http://") || o.starts_with("https://")))
        {
            return Err(bad(
                "CORS_ORIGINS",
                format!("entries must be http(s) origins, got {o:?}"),
            ));
        }
        Ok(Config {
            database_url: DatabaseUrl(database_url),
            site_addr,
            login_password,
            session_secret,
            runner_api_secret,
            session_ttl_seconds: number(src, "SESSION_TTL_SECONDS", 12 * 3600, 1..=90 * 86_400)?,
            cookie_secure: boolean(src, "COOKIE_SECURE", environment == Environment::Production)?,
            log_buffer_limit: number(src, "LOG_BUFFER_LIMIT", 1000, 10..=1_000_000)?,
            cors_origins,
            environment,
            log_level,
            log_format,
            seed_demo: boolean(src, "SEED_DEMO", true)?,
            compat_public_reads: boolean(src, "COMPAT_PUBLIC_READS", false)?,
            run_lease_seconds: number(src, "RUN_LEASE_SECONDS", 30, 1..=3_600)?,
            applications_dir: text(src, "APPLICATIONS_DIR")
                .unwrap_or_else(|| "applications".into())
                .into(),
            backup_dir: text(src, "BACKUP_DIR")
                .unwrap_or_else(|| "data/backups".into())
                .into(),
            backup_interval_hours: number(src, "BACKUP_INTERVAL_HOURS", 24, 0..=24 * 365)?,
            backup_keep: number(src, "BACKUP_KEEP", 7, 1..=1_000)?,
            // Provider keys are read here only, as secrets, and go with the LLM settings.
            llm: pipeline::llm::LlmSettings::from_source(src)?,
            alert_webhook_url: match secret(src, "ALERT_WEBHOOK_URL") {
                Some(url)
                    if !(secrecy::ExposeSecret::expose_secret(&url).starts_with("http://")
                        || secrecy::ExposeSecret::expose_secret(&url).starts_with("https://")) =>
                {
                    return Err(bad("ALERT_WEBHOOK_URL", "must be an http(s) URL"))
                }
                other => other,
            },
            alert_job_cost_usd: match text(src, "ALERT_JOB_COST_USD") {
                None => 1.0,
                Some(raw) => raw
                    .parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite() && *v >= 0.0)
                    .ok_or_else(|| {
                        bad(
                            "ALERT_JOB_COST_USD",
                            format!("must be a number of dollars, got {raw:?}"),
                        )
                    })?,
            },
            alert_check_seconds: number(src, "ALERT_CHECK_SECONDS", 60, 1..=86_400)?,
            limits: pipeline::limits::Base::from_source(src)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn cfg(pairs: &[(&'static str, &'static str)]) -> Result<Config, ConfigError> {
        let map: HashMap<&str, &str> = pairs.iter().copied().collect();
        Config::from_source(&map)
    }

    #[test]
    fn defaults_are_the_documented_ones() {
        let c = cfg(&[]).unwrap();
        assert_eq!(&*c.database_url, "sqlite://./data/jobintel.db");
        use pipeline::limits::Key;
        assert_eq!(c.limits.value(Key::MaxConcurrency), 3.0);
        assert_eq!(c.limits.value(Key::PipelineTimeoutSeconds), 900.0);
        assert_eq!(c.site_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.log_format, LogFormat::Text);
        assert!(!c.cookie_secure);
    }

    #[test]
    fn bad_values_name_the_variable() {
        for (pairs, var) in [
            (vec![("MAX_CONCURRENCY", "lots")], "MAX_CONCURRENCY"),
            (vec![("MAX_CONCURRENCY", "0")], "MAX_CONCURRENCY"),
            (vec![("LOG_FORMAT", "xml")], "LOG_FORMAT"),
            (vec![("SESSION_SECRET", "short")], "SESSION_SECRET"),
            (vec![("DATABASE_URL", "postgres://x")], "DATABASE_URL"),
            (vec![("LEPTOS_SITE_ADDR", "nowhere")], "LEPTOS_SITE_ADDR"),
            (vec![("COOKIE_SECURE", "maybe")], "COOKIE_SECURE"),
            (vec![("CORS_ORIGINS", "example.org")], "CORS_ORIGINS"),
        ] {
            let err = cfg(&pairs).unwrap_err();
            assert_eq!(err.var, var);
            assert!(err
                .to_string()
                .starts_with(&format!("configuration error: {var} ")));
            assert!(!err.to_string().contains('\n'));
        }
    }

    #[test]
    fn a_password_in_the_database_url_is_not_printed() {
        let url = DatabaseUrl("mongodb://app:s3cret-pass@db.example:27017/jobs".into());
        let shown = format!("{url:?}");
        assert!(!shown.contains("s3cret-pass"), "{shown}");
        assert!(
            shown.contains("mongodb://app:***@db.example:27017/jobs"),
            "{shown}"
        );
        assert_eq!(&*url, "mongodb://app:s3cret-pass@db.example:27017/jobs");
    }

    #[test]
    fn secrets_are_masked_in_debug_output() {
        let c = cfg(&[
            ("LOGIN_PASSWORD", "hunter2-hunter2"),
            ("OPENAI_API_KEY", "sk-very-secret"),
        ])
        .unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2"));
        assert!(!shown.contains("sk-very-secret"));
        assert_eq!(c.login_password.unwrap().expose_secret(), "hunter2-hunter2");
    }

    #[test]
    fn production_defaults_to_secure_cookies() {
        assert!(cfg(&[("ENVIRONMENT", "production")]).unwrap().cookie_secure);
    }
}
