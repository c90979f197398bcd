//! Typed configuration, read once at start from the environment (and `.env`). A bad value stops the
//! start with one line naming the variable.

use std::net::SocketAddr;
use std::str::FromStr;

/// A secret value: usable by the code, never printed (its `Debug` is masked).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
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
    pub database_url: String,
    pub site_addr: SocketAddr,
    pub login_password: Option<Secret>,
    pub session_secret: Option<Secret>,
    pub runner_api_secret: Option<Secret>,
    pub session_ttl_seconds: i64,
    pub cookie_secure: bool,
    pub max_concurrency: usize,
    pub pipeline_timeout_seconds: u64,
    pub log_buffer_limit: u64,
    pub cors_origins: Vec<String>,
    pub environment: Environment,
    pub log_level: String,
    pub log_format: LogFormat,
    pub openai_api_key: Option<Secret>,
    pub anthropic_api_key: Option<Secret>,
    pub openrouter_api_key: Option<Secret>,
    pub firecrawl_api_key: Option<Secret>,
    /// Load the demo candidate and jobs into an empty store on start.
    pub seed_demo: bool,
    /// Seconds a run's claim lasts without a heartbeat (a crashed process's runs resume after it).
    pub run_lease_seconds: u64,
    /// Most runs waiting in the queue; more get 429.
    pub queue_limit: u64,
    /// Root folder of the application files.
    pub applications_dir: std::path::PathBuf,
    /// Where scheduled backups go, how often (hours; 0 turns them off), how many are kept.
    pub backup_dir: std::path::PathBuf,
    pub backup_interval_hours: u64,
    pub backup_keep: usize,
    /// LLM providers, budgets and web research (see `pipeline::llm::LlmSettings`).
    pub llm: pipeline::llm::LlmSettings,
}

/// A configuration error: the variable and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {var} {problem}")]
pub struct ConfigError {
    pub var: String,
    pub problem: String,
}

fn bad(var: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        var: var.to_string(),
        problem: problem.into(),
    }
}

/// Where the configuration is read from: the process environment, or a map in tests.
pub trait Source {
    fn get(&self, key: &str) -> Option<String>;
}

pub struct ProcessEnv;

impl Source for ProcessEnv {
    fn get(&self, key: &str) -> Option<String> {
        std::env::var(key).ok()
    }
}

impl<S: std::hash::BuildHasher> Source for std::collections::HashMap<&str, &str, S> {
    fn get(&self, key: &str) -> Option<String> {
        std::collections::HashMap::get(self, key).map(|v| v.to_string())
    }
}

fn text(src: &dyn Source, var: &str) -> Option<String> {
    src.get(var)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn number<T>(
    src: &dyn Source,
    var: &'static str,
    default: T,
    range: std::ops::RangeInclusive<T>,
) -> Result<T, ConfigError>
where
    T: FromStr + PartialOrd + std::fmt::Display + Copy,
{
    let Some(raw) = text(src, var) else {
        return Ok(default);
    };
    let value: T = raw
        .parse()
        .map_err(|_| bad(var, format!("must be a whole number, got {raw:?}")))?;
    if !range.contains(&value) {
        return Err(bad(
            var,
            format!(
                "must be between {} and {}, got {value}",
                range.start(),
                range.end()
            ),
        ));
    }
    Ok(value)
}

fn boolean(src: &dyn Source, var: &'static str, default: bool) -> Result<bool, ConfigError> {
    match text(src, var).map(|v| v.to_ascii_lowercase()).as_deref() {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(bad(var, format!("must be true or false, got {other:?}"))),
    }
}

fn secret(src: &dyn Source, var: &str) -> Option<Secret> {
    text(src, var).map(Secret)
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_source(&ProcessEnv)
    }

    pub fn from_source(src: &dyn Source) -> Result<Config, ConfigError> {
        let database_url = match (text(src, "DATABASE_URL"), text(src, "MONGODB_URI")) {
            (Some(url), _) => url,
            (None, Some(_)) => {
                return Err(bad(
                    "MONGODB_URI",
                    "is set, but this build has no MongoDB backend yet; unset it to use SQLite",
                ))
            }
            (None, None) => "sqlite://./data/jobintel.db".to_string(),
        };
        if !database_url.starts_with("sqlite:") {
            return Err(bad(
                "DATABASE_URL",
                "must be a sqlite: URL such as sqlite://./data/jobintel.db",
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
            .is_some_and(|s| s.expose().len() < 32)
        {
            return Err(bad("SESSION_SECRET", "must be at least 32 characters"));
        }
        let runner_api_secret = secret(src, "RUNNER_API_SECRET");
        if runner_api_secret
            .as_ref()
            .is_some_and(|s| s.expose().len() < 16)
        {
            return Err(bad("RUNNER_API_SECRET", "must be at least 16 characters"));
        }
        let login_password = secret(src, "LOGIN_PASSWORD");
        if login_password
            .as_ref()
            .is_some_and(|s| s.expose().chars().count() < 8)
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
            database_url,
            site_addr,
            login_password,
            session_secret,
            runner_api_secret,
            session_ttl_seconds: number(src, "SESSION_TTL_SECONDS", 12 * 3600, 1..=90 * 86_400)?,
            cookie_secure: boolean(src, "COOKIE_SECURE", environment == Environment::Production)?,
            max_concurrency: number(src, "MAX_CONCURRENCY", 3, 1..=64)?,
            pipeline_timeout_seconds: number(src, "PIPELINE_TIMEOUT_SECONDS", 900, 1..=86_400)?,
            log_buffer_limit: number(src, "LOG_BUFFER_LIMIT", 1000, 10..=1_000_000)?,
            cors_origins,
            environment,
            log_level,
            log_format,
            openai_api_key: secret(src, "OPENAI_API_KEY"),
            anthropic_api_key: secret(src, "ANTHROPIC_API_KEY"),
            openrouter_api_key: secret(src, "OPENROUTER_API_KEY"),
            firecrawl_api_key: secret(src, "FIRECRAWL_API_KEY"),
            seed_demo: boolean(src, "SEED_DEMO", true)?,
            run_lease_seconds: number(src, "RUN_LEASE_SECONDS", 30, 1..=3_600)?,
            queue_limit: number(src, "QUEUE_LIMIT", 100, 1..=100_000)?,
            applications_dir: text(src, "APPLICATIONS_DIR")
                .unwrap_or_else(|| "applications".into())
                .into(),
            backup_dir: text(src, "BACKUP_DIR")
                .unwrap_or_else(|| "data/backups".into())
                .into(),
            backup_interval_hours: number(src, "BACKUP_INTERVAL_HOURS", 24, 0..=24 * 365)?,
            backup_keep: number(src, "BACKUP_KEEP", 7, 1..=1_000)?,
            llm: pipeline::llm::LlmSettings::from_lookup(&|k| src.get(k))
                .map_err(|e| bad(&e.var, e.problem))?,
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
        assert_eq!(c.database_url, "sqlite://./data/jobintel.db");
        assert_eq!(c.max_concurrency, 3);
        assert_eq!(c.pipeline_timeout_seconds, 900);
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
    fn secrets_are_masked_in_debug_output() {
        let c = cfg(&[
            ("LOGIN_PASSWORD", "hunter2-hunter2"),
            ("OPENAI_API_KEY", "sk-very-secret"),
        ])
        .unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2"));
        assert!(!shown.contains("sk-very-secret"));
        assert_eq!(c.login_password.unwrap().expose(), "hunter2-hunter2");
    }

    #[test]
    fn production_defaults_to_secure_cookies() {
        assert!(cfg(&[("ENVIRONMENT", "production")]).unwrap().cookie_secure);
    }
}
