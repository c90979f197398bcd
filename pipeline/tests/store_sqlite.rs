//! The store conformance suite against SQLite files in a temporary folder.

use pipeline::store::{conformance, SqliteStore, Store};
use std::sync::Arc;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_passes_the_store_conformance_suite() {
    let dir = tempfile::tempdir().unwrap();
    let counter = std::sync::atomic::AtomicUsize::new(0);
    conformance::run_all(|| {
        let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let url = format!("sqlite://{}/case-{n}.db", dir.path().display());
        async move { Arc::new(SqliteStore::open(&url).await.unwrap()) as Arc<dyn Store> }
    })
    .await;
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
async fn a_non_sqlite_url_is_refused_with_a_clear_message() {
    let err = pipeline::store::open("postgres://x").await.err().unwrap();
    assert!(err.to_string().contains("DATABASE_URL"));
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
    let written = pipeline::backup::backup(&live, &backups, 2).await.unwrap();
    let kept = pipeline::backup::list(&backups);
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
    pipeline::backup::restore(&written, &db).await.unwrap();
    let restored = SqliteStore::open(&url).await.unwrap();
    assert_eq!(restored.count_jobs().await.unwrap(), 1);

    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"this is not sqlite").unwrap();
    assert!(pipeline::backup::restore(&junk, &db).await.is_err());
    assert!(
        pipeline::backup::restore(&dir.path().join("missing.db"), &db)
            .await
            .is_err()
    );
    assert_eq!(
        restored.count_jobs().await.unwrap(),
        1,
        "a refused restore changes nothing"
    );
}
