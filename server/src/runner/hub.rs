//! Live run events inside one process: a broadcast channel per run. Subscribers join the channel
//! first and read the stored history second, so nothing falls between the two (duplicates are
//! dropped by sequence number).

use pipeline::store::RunEvent;
use std::collections::HashMap;
use std::sync::Mutex;
use tokio::sync::broadcast;

/// Live events kept per run for slow subscribers before they lag (they then re-read the store).
const CHANNEL_CAPACITY: usize = 1024;

#[derive(Default)]
pub struct EventHub {
    channels: Mutex<HashMap<String, broadcast::Sender<RunEvent>>>,
}

impl EventHub {
    fn sender(&self, run_id: &str) -> broadcast::Sender<RunEvent> {
        let mut map = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        map.entry(run_id.to_string())
            .or_insert_with(|| broadcast::channel(CHANNEL_CAPACITY).0)
            .clone()
    }

    pub fn subscribe(&self, run_id: &str) -> broadcast::Receiver<RunEvent> {
        self.sender(run_id).subscribe()
    }

    pub fn publish(&self, run_id: &str, event: RunEvent) {
        // No subscriber is fine: the event is in the store.
        let _ = self.sender(run_id).send(event);
    }

    /// Forgets a finished run's channel (subscribers still holding it see it close).
    pub fn close(&self, run_id: &str) {
        self.channels
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(run_id);
    }
}
