//! Backups: timestamped copies of the store in a folder, the newest `keep` kept. Restoring is the
//! backend's business (`store_sqlite::restore`).

use crate::{Error, Result, Store};
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

/// Writes `dir/jobintel-YYYYMMDD-HHMMSS.db` with the store's own copy ([`Store::backup_to`]) and
/// deletes all but the newest `keep` backups.
pub async fn backup(store: &dyn Store, dir: &Path, keep: usize) -> Result<PathBuf> {
    let dest = next_path(dir)?;
    if dest.exists() {
        // Two backups in one second: the first one stands.
        return Ok(dest);
    }
    store.backup_to(&dest).await?;
    finish(dir, &dest, keep);
    Ok(dest)
}

/// The path the next backup in `dir` is written to (the folder is made if missing). A backend
/// without a file copy of its own writes it another way, then calls [`finish`].
pub fn next_path(dir: &Path) -> Result<PathBuf> {
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
    Ok(dir.join(name))
}

/// After a backup was written to `dest`: deletes all but the newest `keep` backups.
pub fn finish(dir: &Path, dest: &Path, keep: usize) {
    let all = list(dir);
    for old in all.iter().take(all.len().saturating_sub(keep.max(1))) {
        if let Err(e) = std::fs::remove_file(old) {
            tracing::warn!(error = %e, file = %old.display(), "could not delete an old backup");
        }
    }
    tracing::info!(file = %dest.display(), "backup written");
}
