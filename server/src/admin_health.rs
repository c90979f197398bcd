//! The admin page's health section: each dependency with its state, what its check said and when,
//! from this instance's point of view. Provider states come from the cached background checks, so
//! opening the page makes no outbound call.

use crate::routes::health::ProviderChecks;
use crate::runner::Runner;
use app::model::HealthRow;
use pipeline::store::{RunStatus, Store};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// Free space under which the applications folder is a warning.
const LOW_DISK_BYTES: u64 = 1 << 30;

pub struct AdminHealth {
    pub store: Arc<dyn Store>,
    pub runner: Arc<Runner>,
    pub providers: Arc<ProviderChecks>,
    pub endpoints: Vec<(String, String)>,
    pub web_research: Option<String>,
    pub applications_dir: PathBuf,
    pub backup_dir: PathBuf,
    pub backup_interval_hours: u64,
}

fn row(name: &str, status: &str, detail: String, checked: &str) -> HealthRow {
    HealthRow {
        name: name.to_string(),
        status: status.to_string(),
        detail,
        checked: checked.to_string(),
    }
}

fn gib(bytes: u64) -> String {
    format!("{:.1} GiB", bytes as f64 / f64::from(1u32 << 30))
}

/// Free bytes on the file system holding `dir` (or its nearest existing parent).
fn free_bytes(dir: &Path) -> Option<u64> {
    let existing = dir.ancestors().find(|d| d.exists())?;
    let s = rustix::fs::statvfs(existing).ok()?;
    Some(s.f_bavail.saturating_mul(s.f_frsize))
}

/// The newest file in the backup folder and when it was written.
fn newest_backup(dir: &Path) -> Option<(String, std::time::SystemTime)> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            m.is_file().then(|| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    m.modified().ok(),
                )
            })
        })
        .filter_map(|(n, t)| Some((n, t?)))
        .max_by_key(|(_, t)| *t)
}

impl AdminHealth {
    pub async fn report(&self) -> Vec<HealthRow> {
        let now = pipeline::ids::now();
        let checked = app::api::ssr::date_time(now);
        let mut rows = Vec::new();

        let started = Instant::now();
        let db_ok = match self.store.ping().await {
            Ok(()) => {
                rows.push(row(
                    &format!("Database ({})", self.store.backend()),
                    "up",
                    format!("answered in {} ms", started.elapsed().as_millis()),
                    &checked,
                ));
                true
            }
            Err(e) => {
                tracing::warn!(error = %e, "admin health: database check failed");
                rows.push(row("Database", "down", "unreachable".into(), &checked));
                false
            }
        };
        if db_ok {
            let limits = self.runner.limits.get(self.store.as_ref()).await;
            let queued = self
                .store
                .run_counts()
                .await
                .ok()
                .and_then(|c| c.into_iter().find(|(s, _)| *s == RunStatus::Queued))
                .map_or(0, |(_, n)| n);
            rows.push(row(
                "Queue",
                "up",
                format!("{queued} runs waiting (limit {})", limits.queue_limit()),
                &checked,
            ));
            // Every instance sharing the store, from the state each writes every few seconds.
            let instances = crate::runner::instances::all(self.store.as_ref())
                .await
                .unwrap_or_default();
            for (owner, s) in &instances {
                let age = crate::runner::instances::age_seconds(s);
                let this = owner == self.runner.owner();
                let name = format!(
                    "Runner {owner}{}",
                    if this { " (this instance)" } else { "" }
                );
                let stale = age > 3 * crate::runner::instances::EVERY.as_secs() as i64;
                rows.push(row(
                    &name,
                    if stale { "down" } else { "up" },
                    if stale {
                        format!("silent for {age} s")
                    } else {
                        format!("{} of {} runs at once", s.active, s.max)
                    },
                    &format!("{age} s ago"),
                ));
            }
            if !instances.contains_key(self.runner.owner()) {
                rows.push(row(
                    "Runner (this instance)",
                    "up",
                    format!(
                        "{} of {} runs at once",
                        self.runner.active(),
                        limits.max_concurrency()
                    ),
                    &checked,
                ));
            }
        }
        let snapshot = self.providers.snapshot(&self.endpoints);
        for (name, check) in snapshot {
            let status = check["status"].as_str().unwrap_or("unknown").to_string();
            let detail = match (&check["latency_ms"], &check["error"]) {
                (serde_json::Value::Number(ms), _) => format!("reachable, {ms} ms"),
                (_, serde_json::Value::String(e)) => e.clone(),
                _ => check["detail"].as_str().unwrap_or("").to_string(),
            };
            let when = check["checked_at"]
                .as_str()
                .unwrap_or("not yet")
                .to_string();
            rows.push(row(&format!("Provider {name}"), &status, detail, &when));
        }
        rows.push(row(
            "Web research",
            if self.web_research.is_some() {
                "up"
            } else {
                "off"
            },
            self.web_research
                .clone()
                .unwrap_or_else(|| "off: the posting is the only source".into()),
            &checked,
        ));
        match free_bytes(&self.applications_dir) {
            Some(free) => rows.push(row(
                "Applications folder",
                if free < LOW_DISK_BYTES { "warn" } else { "up" },
                format!("{} free at {}", gib(free), self.applications_dir.display()),
                &checked,
            )),
            None => rows.push(row(
                "Applications folder",
                "warn",
                format!(
                    "free space of {} not readable",
                    self.applications_dir.display()
                ),
                &checked,
            )),
        }
        if self.backup_interval_hours == 0 {
            rows.push(row(
                "Backups",
                "off",
                "BACKUP_INTERVAL_HOURS is 0".into(),
                &checked,
            ));
        } else {
            match newest_backup(&self.backup_dir) {
                Some((name, at)) => {
                    let age = at.elapsed().map(|d| d.as_secs() / 3600).unwrap_or(0);
                    let late = age > 2 * self.backup_interval_hours;
                    rows.push(row(
                        "Last backup",
                        if late { "warn" } else { "up" },
                        format!("{name}, {age} h ago"),
                        &checked,
                    ));
                }
                None => rows.push(row(
                    "Last backup",
                    "warn",
                    format!("none yet in {}", self.backup_dir.display()),
                    &checked,
                )),
            }
        }
        rows
    }
}

impl app::api::ssr::HealthReport for AdminHealth {
    fn rows(
        &self,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Vec<HealthRow>> + Send + '_>> {
        Box::pin(self.report())
    }
}
