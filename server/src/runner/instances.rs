//! Which runner instances share the store: each one writes its state (runs at once, the limit)
//! every few seconds into one stored map, so the admin page of any instance lists them all, and an
//! instance that stopped writing shows as gone.

use pipeline::store::Store;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const KEY: &str = "runner:instances";
/// How often an instance writes its state.
pub const EVERY: std::time::Duration = std::time::Duration::from_secs(5);
/// An instance silent for longer is dropped from the map.
const FORGET_AFTER_MS: i64 = 10 * 60 * 1000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InstanceState {
    pub active: usize,
    pub max: usize,
    /// Unix milliseconds of the last write.
    pub at_ms: i64,
}

fn now_ms() -> i64 {
    (pipeline::ids::now().unix_timestamp_nanos() / 1_000_000) as i64
}

pub async fn all(store: &dyn Store) -> pipeline::Result<BTreeMap<String, InstanceState>> {
    Ok(match store.get_setting(KEY).await? {
        Some(json) => serde_json::from_str(&json).unwrap_or_default(),
        None => BTreeMap::new(),
    })
}

/// Writes this instance's state (read, merge, write: an update another instance makes in between
/// is lost for one round at most, since every instance writes again within [`EVERY`]).
pub async fn beat(store: &dyn Store, owner: &str, state: InstanceState) -> pipeline::Result<()> {
    let mut map = all(store).await?;
    let now = state.at_ms;
    map.insert(owner.to_string(), state);
    map.retain(|_, s| now - s.at_ms < FORGET_AFTER_MS);
    let json = serde_json::to_string(&map).map_err(|e| pipeline::Error::Store(e.to_string()))?;
    store.put_setting(KEY, &json).await
}

impl super::Runner {
    /// Writes this instance's state every [`EVERY`] until `stop`.
    pub async fn heartbeat(self: std::sync::Arc<Self>, stop: tokio_util::sync::CancellationToken) {
        loop {
            let max = self.limits.get(self.store.as_ref()).await.max_concurrency();
            let state = InstanceState {
                active: self.active(),
                max,
                at_ms: now_ms(),
            };
            if let Err(e) = beat(self.store.as_ref(), &self.owner, state).await {
                tracing::warn!(error = %e, "runner state not written");
            }
            tokio::select! {
                _ = tokio::time::sleep(EVERY) => {}
                _ = stop.cancelled() => return,
            }
        }
    }

    pub fn owner(&self) -> &str {
        &self.owner
    }
}

/// Seconds since an instance last wrote.
pub fn age_seconds(s: &InstanceState) -> i64 {
    (now_ms() - s.at_ms).max(0) / 1000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_instance_is_listed_and_a_long_silent_one_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            store_sqlite::SqliteStore::open(&format!("sqlite://{}/i.db", dir.path().display()))
                .await
                .unwrap();
        let now = now_ms();
        let state = |active, at_ms| InstanceState {
            active,
            max: 3,
            at_ms,
        };
        beat(&store, "old", state(0, now - FORGET_AFTER_MS - 1))
            .await
            .unwrap();
        beat(&store, "a", state(1, now)).await.unwrap();
        beat(&store, "b", state(2, now)).await.unwrap();
        let map = all(&store).await.unwrap();
        assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(map["b"].active, 2);
        beat(&store, "a", state(3, now + 1)).await.unwrap();
        assert_eq!(
            all(&store).await.unwrap()["a"].active,
            3,
            "an instance's state is replaced"
        );
    }
}
