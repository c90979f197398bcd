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
