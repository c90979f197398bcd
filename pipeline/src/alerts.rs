//! Alerts: conditions an operator must hear about (error or fallback rate over 10% in the last
//! hour, a job costing over its cap, the monthly budget at 80% and 100%, a dependency down, a run
//! stuck past its timeout). An alert lives from the check that finds its condition until the check
//! that finds it gone: one *episode*, notified once, shown on every page until acknowledged. The
//! state is kept in the store, so every instance shows the same alerts. The evaluation is pure;
//! the server gathers the signals and posts to the webhook.

use crate::store::Store;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// What the checks saw.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Signals {
    /// Runs that finished in the last hour: (failed or timed out, layers that fell back, layers).
    pub finished_last_hour: Vec<(bool, usize, usize)>,
    /// Cost of each run in the last hour.
    pub run_costs: Vec<(String, f64)>,
    pub job_cost_cap: f64,
    pub month_spent: f64,
    pub month_cap: f64,
    /// Dependencies that are down, with what their check said.
    pub down: Vec<(String, String)>,
    /// Runs still running past their timeout.
    pub stuck: Vec<String>,
}

/// A condition that holds now: a stable key (one per subject) and what to say.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub key: String,
    pub message: String,
}

/// The share (0–1) above which error and fallback rates alert.
pub const RATE_LIMIT: f64 = 0.10;
/// Fewer finished runs than this say nothing about a rate.
const MIN_RUNS: usize = 3;

pub fn conditions(s: &Signals) -> Vec<Condition> {
    let mut out = Vec::new();
    let n = s.finished_last_hour.len();
    if n >= MIN_RUNS {
        let errors = s.finished_last_hour.iter().filter(|r| r.0).count();
        let rate = errors as f64 / n as f64;
        if rate > RATE_LIMIT {
            out.push(Condition {
                key: "error_rate".into(),
                message: format!(
                    "{errors} of the last hour's {n} runs failed or timed out ({:.0}%)",
                    rate * 100.0
                ),
            });
        }
        let (fell, layers) = s
            .finished_last_hour
            .iter()
            .fold((0, 0), |(f, l), r| (f + r.1, l + r.2));
        if layers > 0 && fell as f64 / layers as f64 > RATE_LIMIT {
            out.push(Condition {
                key: "fallback_rate".into(),
                message: format!(
                    "{fell} of the last hour's {layers} layer runs fell back to the offline engine ({:.0}%)",
                    fell as f64 / layers as f64 * 100.0
                ),
            });
        }
    }
    for (run, usd) in &s.run_costs {
        if *usd > s.job_cost_cap {
            out.push(Condition {
                key: format!("run_cost:{run}"),
                message: format!(
                    "run {run} cost ${usd:.2}, over the ${:.2} alert threshold",
                    s.job_cost_cap
                ),
            });
        }
    }
    if s.month_cap > 0.0 {
        let share = s.month_spent / s.month_cap;
        let step = if share >= 1.0 {
            Some(100)
        } else if share >= 0.8 {
            Some(80)
        } else {
            None
        };
        if let Some(step) = step {
            out.push(Condition {
                key: format!("month_budget:{step}"),
                message: format!(
                    "this month's LLM spending is ${:.2}, {:.0}% of the ${:.2} cap",
                    s.month_spent,
                    share * 100.0,
                    s.month_cap
                ),
            });
        }
    }
    for (dep, detail) in &s.down {
        out.push(Condition {
            key: format!("down:{dep}"),
            message: format!("{dep} is down: {detail}"),
        });
    }
    for run in &s.stuck {
        out.push(Condition {
            key: format!("stuck:{run}"),
            message: format!("run {run} is still running past its timeout"),
        });
    }
    out
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    pub key: String,
    pub message: String,
    #[serde(with = "time::serde::rfc3339")]
    pub first_seen: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub last_seen: OffsetDateTime,
    /// The condition still holds.
    pub active: bool,
    pub acknowledged: bool,
    /// The webhook took it.
    pub notified: bool,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub ended: Option<OffsetDateTime>,
}

/// Folds this check's conditions into the alerts: a new condition opens an episode, one that
/// holds still updates it, one that is gone ends it. Ended episodes are kept (the history), the
/// newest first, up to [`KEEP`].
pub fn update(alerts: &mut Vec<Alert>, now_holding: &[Condition], now: OffsetDateTime) {
    for a in alerts.iter_mut().filter(|a| a.active) {
        if !now_holding.iter().any(|c| c.key == a.key) {
            a.active = false;
            a.ended = Some(now);
        }
    }
    for c in now_holding {
        match alerts.iter_mut().find(|a| a.active && a.key == c.key) {
            Some(a) => {
                a.last_seen = now;
                a.message = c.message.clone();
            }
            None => alerts.insert(
                0,
                Alert {
                    key: c.key.clone(),
                    message: c.message.clone(),
                    first_seen: now,
                    last_seen: now,
                    active: true,
                    acknowledged: false,
                    notified: false,
                    ended: None,
                },
            ),
        }
    }
    // Active ones are never dropped; the oldest ended ones go first.
    while alerts.len() > KEEP {
        match alerts.iter().rposition(|a| !a.active) {
            Some(i) => {
                alerts.remove(i);
            }
            None => break,
        }
    }
}

pub const KEEP: usize = 200;
const KEY: &str = "admin:alerts";

pub async fn load(store: &dyn Store) -> crate::Result<Vec<Alert>> {
    Ok(match store.get_setting(KEY).await? {
        Some(json) => serde_json::from_str(&json).unwrap_or_default(),
        None => Vec::new(),
    })
}

pub async fn save(store: &dyn Store, alerts: &[Alert]) -> crate::Result<()> {
    let json = serde_json::to_string(alerts).map_err(|e| crate::Error::Store(e.to_string()))?;
    store.put_setting(KEY, &json).await
}

/// Alerts the banner shows: active and not acknowledged.
pub fn unacknowledged(alerts: &[Alert]) -> Vec<&Alert> {
    alerts
        .iter()
        .filter(|a| a.active && !a.acknowledged)
        .collect()
}

/// Acknowledges the active alert with this key (the banner's button); false when there is none.
pub async fn acknowledge(store: &dyn Store, key: &str) -> crate::Result<bool> {
    let mut alerts = load(store).await?;
    let mut found = false;
    for a in alerts.iter_mut().filter(|a| a.active && a.key == key) {
        a.acknowledged = true;
        found = true;
    }
    if found {
        save(store, &alerts).await?;
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(min: i64) -> OffsetDateTime {
        time::macros::datetime!(2026-11-29 10:00 UTC) + time::Duration::minutes(min)
    }

    #[test]
    fn each_condition_is_found_and_small_samples_say_nothing() {
        let s = Signals {
            finished_last_hour: vec![(true, 1, 8), (false, 0, 8), (false, 1, 8), (false, 0, 8)],
            run_costs: vec![("r1".into(), 1.5), ("r2".into(), 0.2)],
            job_cost_cap: 1.0,
            month_spent: 41.0,
            month_cap: 50.0,
            down: vec![("database".into(), "timed out".into())],
            stuck: vec!["r9".into()],
        };
        let keys: Vec<String> = conditions(&s).into_iter().map(|c| c.key).collect();
        assert_eq!(
            keys,
            [
                "error_rate",
                "run_cost:r1",
                "month_budget:80",
                "down:database",
                "stuck:r9"
            ]
        );
        let s = Signals {
            finished_last_hour: vec![(true, 4, 8), (true, 4, 8)],
            month_spent: 60.0,
            month_cap: 50.0,
            ..Signals::default()
        };
        let keys: Vec<String> = conditions(&s).into_iter().map(|c| c.key).collect();
        assert_eq!(
            keys,
            ["month_budget:100"],
            "two runs are too few for a rate"
        );
    }

    #[test]
    fn an_episode_opens_once_holds_and_ends() {
        let c = |k: &str| Condition {
            key: k.into(),
            message: format!("{k} now"),
        };
        let mut alerts = Vec::new();
        update(&mut alerts, &[c("down:database")], t(0));
        update(&mut alerts, &[c("down:database")], t(1));
        assert_eq!(alerts.len(), 1, "one episode, not one alert per check");
        assert_eq!(alerts[0].first_seen, t(0));
        assert_eq!(alerts[0].last_seen, t(1));
        update(&mut alerts, &[], t(2));
        assert!(!alerts[0].active);
        assert_eq!(alerts[0].ended, Some(t(2)));
        update(&mut alerts, &[c("down:database")], t(3));
        assert_eq!(alerts.len(), 2, "a new episode after the last one ended");
        assert!(alerts[0].active && !alerts[0].notified);
        assert_eq!(unacknowledged(&alerts).len(), 1);
    }
}
