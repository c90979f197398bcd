//! Which store backend a `DATABASE_URL` names. The server and the CLI open the store here and
//! nowhere else, so adding a backend is one arm.

use pipeline::store::Store;
use std::sync::Arc;

/// Opens the store the URL names: `sqlite:` for the embedded backend, `mongodb://` or
/// `mongodb+srv://` for MongoDB (the database from the URI's path, else `MONGODB_DB`, else `jobs`).
pub async fn open(url: &str) -> pipeline::Result<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(store_sqlite::SqliteStore::open(url).await?))
    } else if url.starts_with("mongodb://") || url.starts_with("mongodb+srv://") {
        let fallback = std::env::var("MONGODB_DB").ok();
        let db = store_mongo::database_name(url, fallback.as_deref());
        Ok(Arc::new(store_mongo::MongoStore::open(url, &db).await?))
    } else {
        Err(pipeline::Error::invalid(
            "DATABASE_URL must start with sqlite: (for example sqlite://./data/jobintel.db) or mongodb://",
        ))
    }
}

/// A backup of any backend into `dir` (newest `keep` kept): SQLite copies its own file; MongoDB,
/// which has none, is copied into a fresh SQLite file with `migrate` (everything `migrate` copies;
/// restore it with `jobintel migrate --from sqlite://FILE --to mongodb://…`).
pub async fn backup(
    store: &Arc<dyn Store>,
    dir: &std::path::Path,
    keep: usize,
) -> pipeline::Result<std::path::PathBuf> {
    if store.backend() == "sqlite" {
        return pipeline::backup::backup(store.as_ref(), dir, keep).await;
    }
    let dest = pipeline::backup::next_path(dir)?;
    if !dest.exists() {
        snapshot(store.clone(), dest.clone()).await?;
        pipeline::backup::finish(dir, &dest, keep);
    }
    Ok(dest)
}

/// Copies `store` into a new SQLite database beside `dest`, then writes `dest` from it with
/// SQLite's own backup (one complete file), and removes the working copy.
async fn snapshot(store: Arc<dyn Store>, dest: std::path::PathBuf) -> pipeline::Result<()> {
    let partial = dest.with_extension("partial");
    let remove_partial = || {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
        }
    };
    remove_partial();
    let url = format!("sqlite://{}", partial.display());
    // Opened on a blocking thread: sqlx's opening future is not `Send` for every lifetime, which
    // the backup task (spawned) needs; it is driven to completion there instead.
    let handle = tokio::runtime::Handle::current();
    let opened =
        tokio::task::spawn_blocking(move || handle.block_on(store_sqlite::SqliteStore::open(&url)))
            .await
            .map_err(|e| pipeline::Error::Store(e.to_string()))??;
    let copy: Arc<dyn Store> = Arc::new(opened);
    let opts = pipeline::migrate::MigrateOptions {
        source: "backup".into(),
        restart: true,
        max_batches: None,
    };
    let written = async {
        pipeline::migrate::copy(store.as_ref(), copy.as_ref(), &opts).await?;
        // The checkpoints name this copy's source; a restore starts clean without them.
        for what in ["jobs", "runs", "costs", "versions"] {
            copy.delete_setting(&format!("migrate:backup:{what}"))
                .await?;
        }
        copy.backup_to(&dest).await
    }
    .await;
    drop(copy);
    remove_partial();
    written
}

#[cfg(test)]
mod tests {
    /// The snapshot path (what a MongoDB store's backup takes) gives a SQLite file holding the
    /// same jobs and profile.
    #[tokio::test]
    async fn a_snapshot_backup_holds_the_store() {
        use pipeline::store::Store;
        let dir = tempfile::tempdir().unwrap();
        let source: std::sync::Arc<dyn Store> = std::sync::Arc::new(
            store_sqlite::SqliteStore::open(&format!("sqlite://{}/src.db", dir.path().display()))
                .await
                .unwrap(),
        );
        pipeline::demo::seed_if_new(source.as_ref()).await.unwrap();
        let dest = dir.path().join("snap.db");
        super::snapshot(source.clone(), dest.clone()).await.unwrap();
        let copy = store_sqlite::SqliteStore::open(&format!("sqlite://{}", dest.display()))
            .await
            .unwrap();
        assert_eq!(
            copy.count_jobs().await.unwrap(),
            source.count_jobs().await.unwrap()
        );
        assert_eq!(
            copy.get_profile().await.unwrap(),
            source.get_profile().await.unwrap()
        );
        assert!(!dir.path().join("snap.partial").exists());
        assert_eq!(copy.get_setting("migrate:backup:jobs").await.unwrap(), None);
    }

    #[tokio::test]
    async fn an_unknown_url_is_refused_with_a_clear_message() {
        let err = super::open("postgres://x").await.err().unwrap();
        assert!(err.to_string().contains("DATABASE_URL"), "{err}");
    }
}
