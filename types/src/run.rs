//! Runs of the pipeline and what they leave behind: status, progress, events, costs.

use crate::Layer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A layer a run finished: how long it took and which engine produced it. Stored as
/// `{"state": "done", "ms": 12, "engine": "offline", "resumed": false}` under the layer's key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerProgress {
    pub state: LayerState,
    pub ms: u64,
    #[serde(default)]
    pub engine: String,
    /// Reused from before an interruption rather than run again.
    #[serde(default)]
    pub resumed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LayerState {
    Done,
}
use time::OffsetDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    TimedOut,
}

impl RunStatus {
    pub const ALL: [RunStatus; 6] = [
        RunStatus::Queued,
        RunStatus::Running,
        RunStatus::Succeeded,
        RunStatus::Failed,
        RunStatus::Cancelled,
        RunStatus::TimedOut,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Queued => "queued",
            RunStatus::Running => "running",
            RunStatus::Succeeded => "succeeded",
            RunStatus::Failed => "failed",
            RunStatus::Cancelled => "cancelled",
            RunStatus::TimedOut => "timed_out",
        }
    }

    pub fn parse(s: &str) -> Option<RunStatus> {
        RunStatus::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn is_finished(self) -> bool {
        !matches!(self, RunStatus::Queued | RunStatus::Running)
    }
}

impl std::fmt::Display for RunStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// One pipeline run of one job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub id: String,
    pub job_id: String,
    pub status: RunStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub started_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub finished_at: Option<OffsetDateTime>,
    pub error: Option<String>,
    /// The layers this run finished (or reused from before an interruption), with their timings.
    pub layers: BTreeMap<Layer, LayerProgress>,
    /// A cancel was asked for while the run was running; the runner stops at its next heartbeat.
    pub cancel_requested: bool,
}

impl Run {
    /// True when the run checkpointed `layer` as done.
    pub fn layer_done(&self, layer: Layer) -> bool {
        self.layers.contains_key(&layer)
    }

    /// Percentage of the pipeline's layers done (100 once the run succeeded).
    pub fn progress(&self) -> u8 {
        if self.status == RunStatus::Succeeded {
            return 100;
        }
        let layers = Layer::ALL;
        let done = layers.iter().filter(|l| self.layer_done(**l)).count();
        (done * 100 / layers.len()) as u8
    }
}

/// What an event says about its run. `Finished` is always the last event of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Queued,
    Started,
    LayerStarted,
    LayerFinished,
    Log,
    Finished,
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        EventKind::Queued,
        EventKind::Started,
        EventKind::LayerStarted,
        EventKind::LayerFinished,
        EventKind::Log,
        EventKind::Finished,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Queued => "queued",
            EventKind::Started => "started",
            EventKind::LayerStarted => "layer_started",
            EventKind::LayerFinished => "layer_finished",
            EventKind::Log => "log",
            EventKind::Finished => "finished",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// A progress or log event of a run. `seq` starts at 1 and grows by one per event of that run.
/// The same shape travels to API clients and, over the websocket, to the run page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunEvent {
    pub seq: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub kind: EventKind,
    pub layer: Option<Layer>,
    pub message: String,
    pub data: serde_json::Value,
}

/// A run as lists show it.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSummary {
    pub run: Run,
    /// The job's (title, company); `None` once the job is deleted.
    pub job: Option<(String, String)>,
    pub cost_usd: f64,
}

/// One LLM (or paid API) call, for cost tracking and budgets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostRecord {
    pub run_id: Option<String>,
    pub layer: Layer,
    pub provider: String,
    pub model: String,
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub cost_usd: f64,
    pub latency_ms: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}
