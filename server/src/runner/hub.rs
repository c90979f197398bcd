//! Live run events inside one process: a broadcast channel per run. Subscribers join the channel
//! first and read the stored history second, so nothing falls between the two (duplicates are
//! dropped by sequence number). A channel exists only while someone listens: publishing to a run
//! nobody follows creates nothing, and the last subscriber to leave removes it.

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
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, broadcast::Sender<RunEvent>>> {
        self.channels.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn subscribe(&self, run_id: &str) -> broadcast::Receiver<RunEvent> {
        self.map()
            .entry(run_id.to_string())
            .or_insert_with(|| broadcast::channel(CHANNEL_CAPACITY).0)
            .subscribe()
    }

    pub fn publish(&self, run_id: &str, event: RunEvent) {
        let mut map = self.map();
        let Some(tx) = map.get(run_id) else {
            // Nobody follows the run: the event is in the store.
            return;
        };
        if tx.send(event).is_err() {
            // Every subscriber has gone.
            map.remove(run_id);
        }
    }

    /// Removes the run's channel once its last subscriber has dropped its receiver.
    pub fn leave(&self, run_id: &str) {
        let mut map = self.map();
        if map.get(run_id).is_some_and(|tx| tx.receiver_count() == 0) {
            map.remove(run_id);
        }
    }

    /// How many runs have a live channel (for the metrics and tests).
    pub fn channels(&self) -> usize {
        self.map().len()
    }

    /// Forgets a finished run's channel (subscribers still holding it see it close).
    pub fn close(&self, run_id: &str) {
        self.map().remove(run_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(seq: u64) -> RunEvent {
        RunEvent {
            seq,
            kind: pipeline::store::EventKind::Log,
            layer: None,
            message: String::new(),
            data: serde_json::Value::Null,
            at: pipeline::ids::now(),
        }
    }

    #[test]
    fn a_channel_lives_only_while_someone_listens() {
        let hub = EventHub::default();
        hub.publish("r", event(1));
        assert_eq!(hub.channels(), 0, "publishing to nobody creates nothing");
        let mut a = hub.subscribe("r");
        let b = hub.subscribe("r");
        hub.publish("r", event(2));
        assert_eq!(a.try_recv().unwrap().seq, 2);
        drop(a);
        hub.leave("r");
        assert_eq!(hub.channels(), 1, "one subscriber is still there");
        drop(b);
        hub.leave("r");
        assert_eq!(hub.channels(), 0, "the last one out removes the channel");
    }
}
