//! The store conformance suite against SQLite files in a temporary folder, one test per case, and
//! what only this backend does: several handles on one file, backup and restore.

use std::sync::Arc;
use store::{conformance, Store};
use store_sqlite::SqliteStore;

/// A fresh database file per case, in cargo's scratch folder for integration tests (inside the
/// target folder, so nothing is left in the system's temporary folder).
async fn fresh_store() -> Arc<dyn Store> {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("conformance");
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/{}.db", dir.display(), store::ids::new_id());
    Arc::new(SqliteStore::open(&url).await.unwrap())
}

mod conformance_cases {
    use super::fresh_store;
    store::conformance_suite!(fresh_store());
}

#[tokio::test]
async fn two_handles_on_one_file_see_each_others_writes() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/shared.db", dir.path().display());
    let a = SqliteStore::open(&url).await.unwrap();
    let b = SqliteStore::open(&url).await.unwrap();
    a.import_jobs(vec![conformance::sample_job(1)])
        .await
        .unwrap();
    assert_eq!(b.count_jobs().await.unwrap(), 1);
}

#[tokio::test]
async fn backup_copies_a_live_database() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/live.db", dir.path().display());
    let live = SqliteStore::open(&url).await.unwrap();
    live.import_jobs(vec![conformance::sample_job(1), conformance::sample_job(2)])
        .await
        .unwrap();
    let dest = dir.path().join("backup.db");
    live.backup_to(&dest).await.unwrap();
    let copy = SqliteStore::open(&format!("sqlite://{}", dest.display()))
        .await
        .unwrap();
    assert_eq!(copy.count_jobs().await.unwrap(), 2);
}

#[tokio::test]
async fn backups_keep_the_newest_and_restore_replaces_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/live.db", dir.path().display());
    let live = SqliteStore::open(&url).await.unwrap();
    live.import_jobs(vec![conformance::sample_job(1)])
        .await
        .unwrap();
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    for old in [
        "jobintel-20200101-000000.db",
        "jobintel-20210101-000000.db",
        "jobintel-20220101-000000.db",
    ] {
        std::fs::write(backups.join(old), b"old").unwrap();
    }
    std::fs::write(backups.join("notes.txt"), b"not a backup").unwrap();
    let written = store::backup::backup(&live, &backups, 2).await.unwrap();
    let kept = store::backup::list(&backups);
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert_eq!(kept.last().unwrap(), &written);
    assert!(kept[0].ends_with("jobintel-20220101-000000.db"));
    assert!(
        backups.join("notes.txt").exists(),
        "other files are left alone"
    );

    // Later changes are undone by restoring the backup into a stopped store's file.
    live.import_jobs(vec![conformance::sample_job(2)])
        .await
        .unwrap();
    live.close().await;
    let db = dir.path().join("live.db");
    store_sqlite::restore(&written, &db).await.unwrap();
    let restored = SqliteStore::open(&url).await.unwrap();
    assert_eq!(restored.count_jobs().await.unwrap(), 1);

    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"this is not sqlite").unwrap();
    assert!(store_sqlite::restore(&junk, &db).await.is_err());
    assert!(store_sqlite::restore(&dir.path().join("missing.db"), &db)
        .await
        .is_err());
    assert_eq!(
        restored.count_jobs().await.unwrap(),
        1,
        "a refused restore changes nothing"
    );
}
