//! tower-sessions storage on top of our `Store`, so sessions live in the same database as
//! everything else (and survive restarts, and work for every backend).

use pipeline::store::{SessionRecord, Store};
use std::sync::Arc;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result, SessionStore};

#[derive(Clone)]
pub struct StoreSessions(pub Arc<dyn Store>);

impl std::fmt::Debug for StoreSessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreSessions")
    }
}

fn to_row(record: &Record) -> Result<SessionRecord> {
    Ok(SessionRecord {
        id: record.id.to_string(),
        data: serde_json::to_vec(record).map_err(|e| Error::Encode(e.to_string()))?,
        expires_at: record.expiry_date,
    })
}

fn backend(e: pipeline::Error) -> Error {
    Error::Backend(e.to_string())
}

#[async_trait::async_trait]
impl SessionStore for StoreSessions {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // Retry on the (astronomically unlikely) id collision instead of overwriting a live session.
        while !self
            .0
            .create_session(&to_row(record)?)
            .await
            .map_err(backend)?
        {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        self.0.save_session(&to_row(record)?).await.map_err(backend)
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        match self
            .0
            .load_session(&id.to_string())
            .await
            .map_err(backend)?
        {
            None => Ok(None),
            Some(row) => serde_json::from_slice(&row.data)
                .map(Some)
                .map_err(|e| Error::Decode(e.to_string())),
        }
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.0
            .delete_session(&id.to_string())
            .await
            .map_err(backend)
    }
}
