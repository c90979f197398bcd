//! The limits an operator changes without a restart: cost caps, the scrape cap, concurrency, the
//! queue and the run timeout. The environment gives each one's starting value (else a default);
//! the admin page overrides it in the store, where every instance reads it, and can reset it. Every
//! change is recorded in the audit log. The runner reads the limits it needs before each claim and
//! each run, so a change applies to the next run.

use crate::config::{ConfigError, Source};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One limit's definition: its environment variable, its range, its default.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spec {
    pub key: Key,
    pub env: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub default: f64,
    /// Whole numbers only (counts, seconds).
    pub whole: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Key {
    RunUsd,
    MonthUsd,
    RunScrapes,
    MaxConcurrency,
    QueueLimit,
    PipelineTimeoutSeconds,
}

pub const SPECS: [Spec; 6] = [
    Spec {
        key: Key::RunUsd,
        env: "BUDGET_RUN_USD",
        label: "Cost cap per run",
        unit: "USD",
        min: 0.0,
        max: 1_000.0,
        default: 0.50,
        whole: false,
    },
    Spec {
        key: Key::MonthUsd,
        env: "BUDGET_MONTH_USD",
        label: "Cost cap per month",
        unit: "USD",
        min: 0.0,
        max: 1_000_000.0,
        default: 50.0,
        whole: false,
    },
    Spec {
        key: Key::RunScrapes,
        env: "BUDGET_RUN_SCRAPES",
        label: "Web pages fetched per run",
        unit: "pages",
        min: 0.0,
        max: 10_000.0,
        default: 20.0,
        whole: true,
    },
    Spec {
        key: Key::MaxConcurrency,
        env: "MAX_CONCURRENCY",
        label: "Runs at once (per instance)",
        unit: "runs",
        min: 1.0,
        max: 64.0,
        default: 3.0,
        whole: true,
    },
    Spec {
        key: Key::QueueLimit,
        env: "QUEUE_LIMIT",
        label: "Runs waiting in the queue",
        unit: "runs",
        min: 1.0,
        max: 100_000.0,
        default: 100.0,
        whole: true,
    },
    Spec {
        key: Key::PipelineTimeoutSeconds,
        env: "PIPELINE_TIMEOUT_SECONDS",
        label: "Run timeout",
        unit: "seconds",
        min: 1.0,
        max: 86_400.0,
        default: 900.0,
        whole: true,
    },
];

impl Key {
    pub fn spec(self) -> &'static Spec {
        SPECS
            .iter()
            .find(|s| s.key == self)
            .expect("every key has a spec")
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Key::RunUsd => "run_usd",
            Key::MonthUsd => "month_usd",
            Key::RunScrapes => "run_scrapes",
            Key::MaxConcurrency => "max_concurrency",
            Key::QueueLimit => "queue_limit",
            Key::PipelineTimeoutSeconds => "pipeline_timeout_seconds",
        }
    }

    pub fn parse(s: &str) -> Option<Key> {
        SPECS.iter().map(|s| s.key).find(|k| k.as_str() == s)
    }

    fn setting(self) -> String {
        format!("limit:{}", self.as_str())
    }
}

/// Where a limit's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Default,
    Environment,
    Admin,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Default => "default",
            Origin::Environment => "environment",
            Origin::Admin => "admin",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Value {
    pub key: Key,
    pub value: f64,
    pub origin: Origin,
    /// What a reset goes back to (the environment's value, else the default).
    pub base: f64,
}

/// Every limit's value now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    pub values: Vec<Value>,
}

impl Limits {
    pub fn get(&self, key: Key) -> f64 {
        self.values
            .iter()
            .find(|v| v.key == key)
            .map_or(key.spec().default, |v| v.value)
    }

    /// The LLM budget these limits set.
    pub fn budget(&self) -> crate::llm::cost::BudgetLimits {
        crate::llm::cost::BudgetLimits {
            run_usd: self.get(Key::RunUsd),
            month_usd: self.get(Key::MonthUsd),
            run_scrapes: self.get(Key::RunScrapes) as u32,
        }
    }

    pub fn max_concurrency(&self) -> usize {
        self.get(Key::MaxConcurrency) as usize
    }

    pub fn queue_limit(&self) -> u64 {
        self.get(Key::QueueLimit) as u64
    }

    pub fn timeout(&self) -> Duration {
        Duration::from_secs(self.get(Key::PipelineTimeoutSeconds) as u64)
    }
}

/// A value typed into the admin page, checked against its range: the message names the field and
/// the range, and nothing is saved.
pub fn parse_value(key: Key, raw: &str) -> Result<f64, String> {
    let spec = key.spec();
    let range = || {
        format!(
            "{} must be a {} between {} and {} ({})",
            spec.label,
            if spec.whole { "whole number" } else { "number" },
            spec.min,
            spec.max,
            spec.unit
        )
    };
    let v: f64 = raw.trim().parse().map_err(|_| range())?;
    if !v.is_finite() || v < spec.min || v > spec.max || (spec.whole && v.fract() != 0.0) {
        return Err(range());
    }
    Ok(v)
}

/// The starting values: each environment variable that is set, else the default. This is the one
/// reader of these variables: a value out of range stops the start, naming the variable.
#[derive(Debug, Clone, PartialEq)]
pub struct Base {
    values: Vec<(Key, f64, Origin)>,
}

impl Base {
    pub fn from_source(src: &dyn Source) -> Result<Base, ConfigError> {
        let mut values = Vec::with_capacity(SPECS.len());
        for s in &SPECS {
            let raw = crate::config::text(src, s.env);
            // Whole numbers go through the one reader of counts, so a bad value stops the start
            // with the same message as every other setting.
            let value = match (&raw, s.whole) {
                (None, _) => s.default,
                (Some(_), true) => crate::config::number::<u64>(
                    src,
                    s.env,
                    s.default as u64,
                    s.min as u64..=s.max as u64,
                )? as f64,
                (Some(raw), false) => {
                    parse_value(s.key, raw).map_err(|e| crate::config::bad(s.env, e))?
                }
            };
            let origin = if raw.is_some() {
                Origin::Environment
            } else {
                Origin::Default
            };
            values.push((s.key, value, origin));
        }
        Ok(Base { values })
    }

    /// A limit's starting value (before any admin override).
    pub fn value(&self, key: Key) -> f64 {
        self.values
            .iter()
            .find(|(k, _, _)| *k == key)
            .map_or(key.spec().default, |(_, v, _)| *v)
    }

    /// The limits with the admin's overrides read from the store. An override that cannot be read
    /// (a store error, a value out of range) is logged and the base value used.
    pub async fn with_overrides(&self, store: &dyn Store) -> Limits {
        let mut values = Vec::with_capacity(self.values.len());
        for (key, base, origin) in &self.values {
            let stored = match store.get_setting(&key.setting()).await {
                Ok(v) => v,
                Err(e) => {
                    tracing::warn!(limit = key.as_str(), error = %e, "limit override not read");
                    None
                }
            };
            let value = stored.and_then(|raw| parse_value(*key, &raw).ok());
            values.push(Value {
                key: *key,
                value: value.unwrap_or(*base),
                origin: if value.is_some() {
                    Origin::Admin
                } else {
                    *origin
                },
                base: *base,
            });
        }
        Limits { values }
    }
}

/// The limits as the runner reads them: from the store at most every few seconds, so a change
/// made on another instance reaches this one quickly without a read per claim.
pub struct LimitsCache {
    base: Base,
    cached: Mutex<Option<(Instant, Limits)>>,
}

const CACHE_FOR: Duration = Duration::from_secs(2);

impl LimitsCache {
    pub fn new(base: Base) -> LimitsCache {
        LimitsCache {
            base,
            cached: Mutex::new(None),
        }
    }

    pub fn base(&self) -> &Base {
        &self.base
    }

    pub async fn get(&self, store: &dyn Store) -> Limits {
        if let Some((at, l)) = self
            .cached
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            if at.elapsed() < CACHE_FOR {
                return l.clone();
            }
        }
        let fresh = self.base.with_overrides(store).await;
        *self.cached.lock().unwrap_or_else(|p| p.into_inner()) =
            Some((Instant::now(), fresh.clone()));
        fresh
    }

    /// Forgets the cached values: this instance's next read sees a change at once.
    pub fn invalidate(&self) {
        *self.cached.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

/// One admin change, as the audit log keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    #[serde(with = "time::serde::rfc3339")]
    pub at: time::OffsetDateTime,
    pub what: String,
    pub old: String,
    pub new: String,
    /// Which session made it (a short, non-secret tag of the session id).
    pub by: String,
}

const AUDIT_KEY: &str = "admin:audit";
/// Entries kept; older ones are dropped.
pub const AUDIT_KEEP: usize = 500;

/// The audit log, newest first.
pub async fn audit_log(store: &dyn Store) -> crate::Result<Vec<AuditEntry>> {
    Ok(match store.get_setting(AUDIT_KEY).await? {
        Some(json) => serde_json::from_str(&json).unwrap_or_default(),
        None => Vec::new(),
    })
}

pub async fn record(store: &dyn Store, entry: AuditEntry) -> crate::Result<()> {
    let mut log = audit_log(store).await?;
    log.insert(0, entry);
    log.truncate(AUDIT_KEEP);
    let json = serde_json::to_string(&log).map_err(|e| crate::Error::Store(e.to_string()))?;
    store.put_setting(AUDIT_KEY, &json).await
}

fn shown(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

/// Sets a limit from the admin page (`raw` as typed), recording the change. Returns the value.
pub async fn set(
    store: &dyn Store,
    base: &Base,
    key: Key,
    raw: &str,
    by: &str,
) -> crate::Result<f64> {
    let value = parse_value(key, raw).map_err(crate::Error::InvalidInput)?;
    let before = base.with_overrides(store).await.get(key);
    store.put_setting(&key.setting(), &shown(value)).await?;
    record(
        store,
        AuditEntry {
            at: crate::ids::now(),
            what: key.spec().label.to_string(),
            old: shown(before),
            new: shown(value),
            by: by.to_string(),
        },
    )
    .await?;
    Ok(value)
}

/// Goes back to the environment's value (or the default), recording the change.
pub async fn reset(store: &dyn Store, base: &Base, key: Key, by: &str) -> crate::Result<f64> {
    let limits = base.with_overrides(store).await;
    let before = limits.get(key);
    let to = limits
        .values
        .iter()
        .find(|v| v.key == key)
        .map_or(key.spec().default, |v| v.base);
    store.delete_setting(&key.setting()).await?;
    record(
        store,
        AuditEntry {
            at: crate::ids::now(),
            what: format!("{} (reset)", key.spec().label),
            old: shown(before),
            new: shown(to),
            by: by.to_string(),
        },
    )
    .await?;
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn a_bad_environment_value_stops_the_start_naming_the_variable() {
        let env: HashMap<&str, &str> = HashMap::from([("MAX_CONCURRENCY", "0")]);
        let e = Base::from_source(&env).unwrap_err().to_string();
        assert_eq!(
            e,
            "configuration error: MAX_CONCURRENCY must be between 1 and 64, got 0"
        );
        let env: HashMap<&str, &str> = HashMap::from([("BUDGET_RUN_USD", "lots")]);
        let e = Base::from_source(&env).unwrap_err().to_string();
        assert!(e.contains("BUDGET_RUN_USD"), "{e}");
    }

    #[test]
    fn values_out_of_range_name_the_field_and_the_range() {
        assert_eq!(parse_value(Key::RunUsd, "0.25"), Ok(0.25));
        let e = parse_value(Key::MaxConcurrency, "0").unwrap_err();
        assert!(
            e.contains("Runs at once") && e.contains("between 1 and 64"),
            "{e}"
        );
        assert!(parse_value(Key::MaxConcurrency, "2.5").is_err());
        assert!(parse_value(Key::RunUsd, "NaN").is_err());
        assert!(parse_value(Key::RunUsd, "-1").is_err());
        assert!(parse_value(Key::QueueLimit, "lots").is_err());
    }

    #[tokio::test]
    async fn overrides_win_over_the_environment_and_resets_go_back_to_it() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            store_sqlite::SqliteStore::open(&format!("sqlite://{}/l.db", dir.path().display()))
                .await
                .unwrap();
        let env: HashMap<&str, &str> = HashMap::from([("BUDGET_RUN_USD", "0.30")]);
        let base = Base::from_source(&env).unwrap();
        let l = base.with_overrides(&store).await;
        assert_eq!(l.get(Key::RunUsd), 0.30);
        assert_eq!(l.values[0].origin, Origin::Environment);
        assert_eq!(l.get(Key::MonthUsd), 50.0);
        assert_eq!(l.values[1].origin, Origin::Default);

        set(&store, &base, Key::RunUsd, "0.05", "s-1")
            .await
            .unwrap();
        let l = base.with_overrides(&store).await;
        assert_eq!(l.get(Key::RunUsd), 0.05);
        assert_eq!(l.values[0].origin, Origin::Admin);
        assert_eq!(l.budget().run_usd, 0.05);
        assert!(set(&store, &base, Key::MaxConcurrency, "999", "s-1")
            .await
            .is_err());
        assert_eq!(
            base.with_overrides(&store).await.max_concurrency(),
            3,
            "nothing saved"
        );

        reset(&store, &base, Key::RunUsd, "s-2").await.unwrap();
        assert_eq!(base.with_overrides(&store).await.get(Key::RunUsd), 0.30);
        let log = audit_log(&store).await.unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(
            (log[0].old.as_str(), log[0].new.as_str(), log[0].by.as_str()),
            ("0.05", "0.3", "s-2")
        );
        assert_eq!((log[1].old.as_str(), log[1].new.as_str()), ("0.3", "0.05"));
    }
}
