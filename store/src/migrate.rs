//! `jobintel migrate --from URL --to URL`: copies everything a store holds that a user would miss
//! (jobs with their histories and outputs, the candidate files, runs with their events, costs, and
//! every version of the documents a user edited)
//! from one backend to another, through the [`Store`] trait only, so any two backends work.
//!
//! Idempotent: every write replaces by id (costs and versions are skipped when already there), so a second run
//! changes nothing. Resumable: after each batch the target keeps a checkpoint (a setting named for
//! the source), and a run that was interrupted goes on from there; `restart` ignores checkpoints.
//! Sessions and caches are not copied: they are rebuilt as they are used.

use crate::{Result, Store};

/// Records read and written per round trip.
pub const BATCH: u32 = 200;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MigrateReport {
    pub jobs: u64,
    pub runs: u64,
    pub events: u64,
    /// Cost records that were new to the target.
    pub costs: u64,
    /// Document versions that were new to the target.
    pub versions: u64,
    pub profile: bool,
    /// True when the copy went on from an earlier, interrupted one.
    pub resumed: bool,
}

#[derive(Debug, Clone)]
pub struct MigrateOptions {
    /// Names the source in the target's checkpoints (its URL without credentials).
    pub source: String,
    /// Start from the beginning even if a checkpoint says part of it was copied.
    pub restart: bool,
    /// Stop after this many batches in all (to test resuming; `None` copies everything).
    pub max_batches: Option<u64>,
}

fn checkpoint_key(source: &str, what: &str) -> String {
    format!("migrate:{source}:{what}")
}

/// Copies `from` into `to`; see the module documentation.
pub async fn copy(
    from: &dyn Store,
    to: &dyn Store,
    opts: &MigrateOptions,
) -> Result<MigrateReport> {
    let mut report = MigrateReport::default();
    let mut batches = 0u64;
    let mut budget = || {
        batches += 1;
        opts.max_batches.is_none_or(|m| batches <= m)
    };
    let key = |what: &str| checkpoint_key(&opts.source, what);
    let start = |what: &'static str| {
        let k = key(what);
        async move {
            if opts.restart {
                Ok(None)
            } else {
                to.get_setting(&k).await
            }
        }
    };

    if let Some(profile) = from.get_profile().await? {
        to.put_profile(&profile).await?;
        report.profile = true;
    }

    // Jobs before runs: a run names its job.
    let mut after = start("jobs").await?;
    report.resumed |= after.is_some();
    loop {
        if !budget() {
            return Ok(report);
        }
        let batch = from.export_jobs(after.as_deref(), BATCH).await?;
        let Some(last) = batch.last().map(|j| j.job.doc.id.clone()) else {
            break;
        };
        for job in &batch {
            to.restore_job(job).await?;
        }
        report.jobs += batch.len() as u64;
        to.put_setting(&key("jobs"), &last).await?;
        after = Some(last);
    }

    let mut after = start("runs").await?;
    report.resumed |= after.is_some();
    loop {
        if !budget() {
            return Ok(report);
        }
        let batch = from.export_runs(after.as_deref(), BATCH).await?;
        let Some(last) = batch.last().map(|r| r.run.id.clone()) else {
            break;
        };
        for run in &batch {
            to.restore_run(run).await?;
            report.events += run.events.len() as u64;
        }
        report.runs += batch.len() as u64;
        to.put_setting(&key("runs"), &last).await?;
        after = Some(last);
    }

    let mut offset: u64 = start("costs")
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    report.resumed |= offset > 0;
    loop {
        if !budget() {
            return Ok(report);
        }
        let batch = from.export_costs(offset, BATCH).await?;
        if batch.is_empty() {
            break;
        }
        report.costs += to.restore_costs(&batch).await?;
        offset += batch.len() as u64;
        to.put_setting(&key("costs"), &offset.to_string()).await?;
    }

    let mut offset: u64 = start("versions")
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    report.resumed |= offset > 0;
    loop {
        if !budget() {
            return Ok(report);
        }
        let batch = from.export_versions(offset, BATCH).await?;
        if batch.is_empty() {
            break;
        }
        report.versions += to.restore_versions(&batch).await?;
        offset += batch.len() as u64;
        to.put_setting(&key("versions"), &offset.to_string())
            .await?;
    }
    Ok(report)
}

/// A URL as it may appear in a checkpoint name and in output: without user name or password.
pub fn redact_url(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, path) = rest.split_once('/').map_or((rest, ""), |(a, p)| (a, p));
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            if path.is_empty() && !rest.contains('/') {
                format!("{scheme}://{host}")
            } else {
                format!("{scheme}://{host}/{path}")
            }
        }
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_never_reach_a_checkpoint_name() {
        assert_eq!(
            redact_url("mongodb://admin:s3cret@db.example:27017/jobs"),
            "mongodb://db.example:27017/jobs"
        );
        assert_eq!(redact_url("sqlite://./data/a.db"), "sqlite://./data/a.db");
        assert_eq!(redact_url("mongodb://u:p@h"), "mongodb://h");
    }
}
