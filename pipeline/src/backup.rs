//! Backups: timestamped copies of the store in a folder, the newest `keep` kept, and restore.

use crate::store::Store;
use crate::{Error, Result};
use std::path::{Path, PathBuf};

const PREFIX: &str = "jobintel-";
const SUFFIX: &str = ".db";

/// Backups in `dir`, oldest first (their names sort by time).
pub fn list(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    files.sort();
    files
}

/// Writes `dir/jobintel-YYYYMMDD-HHMMSS.db` and deletes all but the newest `keep` backups.
pub async fn backup(store: &dyn Store, dir: &Path, keep: usize) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Error::Store(format!(
            "cannot create the backup folder {}: {e}",
            dir.display()
        ))
    })?;
    let t = crate::ids::now();
    let name = format!(
        "{PREFIX}{:04}{:02}{:02}-{:02}{:02}{:02}{SUFFIX}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
    let dest = dir.join(name);
    if dest.exists() {
        // Two backups in one second: the first one stands.
        return Ok(dest);
    }
    store.backup_to(&dest).await?;
    let all = list(dir);
    for old in all.iter().take(all.len().saturating_sub(keep.max(1))) {
        if let Err(e) = std::fs::remove_file(old) {
            tracing::warn!(error = %e, file = %old.display(), "could not delete an old backup");
        }
    }
    tracing::info!(file = %dest.display(), "backup written");
    Ok(dest)
}

/// Replaces the SQLite database at `db_path` with `backup` (checked to be a jobintel store first).
/// The server must be stopped: a running process would keep writing to the old file.
pub async fn restore(backup: &Path, db_path: &Path) -> Result<()> {
    if !backup.is_file() {
        return Err(Error::invalid(format!(
            "{} is not a file",
            backup.display()
        )));
    }
    // Opening it proves it is a SQLite database with (or migratable to) our schema.
    let url = format!("sqlite://{}", backup.display());
    let check = crate::store::SqliteStore::open(&url).await?;
    let jobs = check.count_jobs().await?;
    check.close().await;
    let dir = db_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::Store(e.to_string()))?;
    let staging = dir.join(format!(".restore-{}", crate::ids::new_id()));
    std::fs::copy(backup, &staging)
        .map_err(|e| Error::Store(format!("cannot copy the backup: {e}")))?;
    for ext in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{ext}", db_path.display()));
        let _ = std::fs::remove_file(side);
    }
    std::fs::rename(&staging, db_path)
        .map_err(|e| Error::Store(format!("cannot replace the database: {e}")))?;
    tracing::info!(jobs, "store restored");
    Ok(())
}
