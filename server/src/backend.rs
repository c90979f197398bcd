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

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn an_unknown_url_is_refused_with_a_clear_message() {
        let err = super::open("postgres://x").await.err().unwrap();
        assert!(err.to_string().contains("DATABASE_URL"), "{err}");
    }
}
