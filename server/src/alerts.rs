//! The alert checks, every `ALERT_CHECK_SECONDS`: gathers the signals ([`pipeline::alerts`]) from
//! the store, the limits and the provider checks, updates the stored alerts, and posts each new
//! episode once to `ALERT_WEBHOOK_URL` (Slack-compatible `{"text": …}`), retrying a failed post at
//! the next checks until it is taken.

use crate::routes::health::ProviderChecks;
use pipeline::alerts::{self, Signals};
use pipeline::limits::LimitsCache;
use pipeline::store::{RunStatus, Store};
use secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

#[derive(Clone)]
pub struct AlertSettings {
    pub every: Duration,
    pub webhook: Option<SecretString>,
    pub job_cost_cap: f64,
    /// Lease of a run: a run running longer than timeout + lease is stuck (its owner would have
    /// stopped it at the timeout).
    pub lease: Duration,
    pub provider_endpoints: Vec<(String, String)>,
}

pub struct AlertChecker {
    pub store: Arc<dyn Store>,
    pub limits: Arc<LimitsCache>,
    pub providers: Arc<ProviderChecks>,
    pub settings: AlertSettings,
    client: reqwest::Client,
}

impl AlertChecker {
    pub fn new(
        store: Arc<dyn Store>,
        limits: Arc<LimitsCache>,
        providers: Arc<ProviderChecks>,
        settings: AlertSettings,
    ) -> AlertChecker {
        AlertChecker {
            store,
            limits,
            providers,
            settings,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap_or_default(),
        }
    }

    /// Checks until `stop`.
    pub async fn run(self, stop: CancellationToken) {
        loop {
            if let Err(e) = self.check().await {
                tracing::warn!(error = %e, "alert check failed");
            }
            tokio::select! {
                _ = tokio::time::sleep(self.settings.every) => {}
                _ = stop.cancelled() => return,
            }
        }
    }

    async fn signals(&self) -> pipeline::Result<Signals> {
        let now = pipeline::ids::now();
        let hour_ago = now - time::Duration::hours(1);
        let limits = self.limits.get(self.store.as_ref()).await;
        let runs = self.store.list_runs(None, 1_000).await?;
        let finished_last_hour = runs
            .iter()
            .filter(|r| r.finished_at.is_some_and(|f| f >= hour_ago))
            .filter(|r| r.status != RunStatus::Cancelled)
            .map(|r| {
                let fell = r
                    .layers
                    .values()
                    .filter(|l| l.engine.contains("fallback"))
                    .count();
                (
                    matches!(r.status, RunStatus::Failed | RunStatus::TimedOut),
                    fell,
                    r.layers.len(),
                )
            })
            .collect();
        let stuck_after = limits.timeout() + self.settings.lease;
        let stuck = runs
            .iter()
            .filter(|r| r.status == RunStatus::Running)
            .filter(|r| {
                r.started_at
                    .is_some_and(|s| (now - s).unsigned_abs() > stuck_after && now > s)
            })
            .map(|r| r.id.clone())
            .collect();
        let mut run_costs: Vec<(String, f64)> = Vec::new();
        for c in self.store.recent_costs(hour_ago, 100_000).await? {
            let Some(run) = c.run_id else { continue };
            match run_costs.iter_mut().find(|(r, _)| *r == run) {
                Some(slot) => slot.1 += c.cost_usd,
                None => run_costs.push((run, c.cost_usd)),
            }
        }
        let down = self
            .providers
            .snapshot(&self.settings.provider_endpoints)
            .into_iter()
            .filter(|(_, v)| v["status"] == "down")
            .map(|(name, v)| {
                (
                    format!("provider {name}"),
                    v["error"].as_str().unwrap_or("unreachable").to_string(),
                )
            })
            .collect();
        Ok(Signals {
            finished_last_hour,
            run_costs,
            job_cost_cap: self.settings.job_cost_cap,
            month_spent: self
                .store
                .total_cost(pipeline::ids::month_start(), None)
                .await?,
            month_cap: limits.get(pipeline::limits::Key::MonthUsd),
            down,
            stuck,
        })
    }

    /// One check: what holds now, folded into the stored alerts; new episodes are posted.
    pub async fn check(&self) -> pipeline::Result<()> {
        let signals = match self.signals().await {
            Ok(s) => s,
            Err(e) => {
                // The store itself is down: say so where it can still be heard.
                self.post(&format!("jobintel alert: the database is down: {e}"))
                    .await;
                return Err(e);
            }
        };
        let holding = alerts::conditions(&signals);
        let mut stored = alerts::load(self.store.as_ref()).await?;
        alerts::update(&mut stored, &holding, pipeline::ids::now());
        for a in stored.iter_mut().filter(|a| a.active && !a.notified) {
            if self.settings.webhook.is_none() {
                break;
            }
            a.notified = self.post(&format!("jobintel alert: {}", a.message)).await;
        }
        alerts::save(self.store.as_ref(), &stored).await
    }

    /// Posts one message; true when the receiver took it (2xx). Three tries, 1 s and 2 s apart.
    async fn post(&self, text: &str) -> bool {
        let Some(url) = &self.settings.webhook else {
            return false;
        };
        let body = serde_json::json!({ "text": text });
        for attempt in 0..3u32 {
            if attempt > 0 {
                tokio::time::sleep(Duration::from_secs(u64::from(attempt))).await;
            }
            match self
                .client
                .post(url.expose_secret())
                .json(&body)
                .send()
                .await
            {
                Ok(r) if r.status().is_success() => return true,
                Ok(r) => tracing::warn!(
                    status = r.status().as_u16(),
                    "alert webhook refused the post"
                ),
                // The error's text may hold the URL, which is a secret: only its kind is logged.
                Err(e) => tracing::warn!(
                    timeout = e.is_timeout(),
                    connect = e.is_connect(),
                    "alert webhook unreachable"
                ),
            }
        }
        false
    }
}
