//! Prometheus metrics (`prometheus-client`): what the process observed (layer latency, LLM cost,
//! runs finished) plus gauges read from the store at scrape time (runs by status, queue depth).

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct LayerLabels {
    pub layer: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StatusLabels {
    pub status: String,
}

/// How a job list page was served: `kept` (from [`crate::page_cache`]) or `rendered`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ServedLabels {
    pub served: &'static str,
}

pub struct Metrics {
    pub registry: Registry,
    pub layer_seconds: Family<LayerLabels, Histogram>,
    pub layer_errors: Family<LayerLabels, Counter>,
    pub runs_finished: Family<StatusLabels, Counter>,
    pub llm_cost_usd: Counter<f64, AtomicU64>,
    pub runs_by_status: Family<StatusLabels, Gauge>,
    pub queue_depth: Gauge,
    pub active_runs: Gauge,
    pub list_pages: Family<ServedLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("jobintel");
        let layer_seconds = Family::<LayerLabels, Histogram>::new_with_constructor(|| {
            Histogram::new([
                0.001, 0.005, 0.02, 0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0,
            ])
        });
        let layer_errors = Family::<LayerLabels, Counter>::default();
        let runs_finished = Family::<StatusLabels, Counter>::default();
        let llm_cost_usd = Counter::<f64, AtomicU64>::default();
        let runs_by_status = Family::<StatusLabels, Gauge>::default();
        let queue_depth = Gauge::default();
        let active_runs = Gauge::default();
        let list_pages = Family::<ServedLabels, Counter>::default();
        registry.register(
            "layer_duration_seconds",
            "Time per pipeline layer",
            layer_seconds.clone(),
        );
        registry.register(
            "layer_fallbacks",
            "Layers that fell back to the offline engine",
            layer_errors.clone(),
        );
        registry.register(
            "runs_finished",
            "Runs finished by this process, by final status",
            runs_finished.clone(),
        );
        registry.register(
            "llm_cost_usd",
            "LLM cost of runs finished by this process",
            llm_cost_usd.clone(),
        );
        registry.register(
            "runs",
            "Runs in the store by status",
            runs_by_status.clone(),
        );
        registry.register(
            "queue_depth",
            "Runs waiting in the queue",
            queue_depth.clone(),
        );
        registry.register(
            "active_runs",
            "Runs executing in this process",
            active_runs.clone(),
        );
        registry.register(
            "list_pages",
            "Job list pages served by this process, kept or rendered",
            list_pages.clone(),
        );
        Metrics {
            registry,
            layer_seconds,
            layer_errors,
            runs_finished,
            llm_cost_usd,
            runs_by_status,
            queue_depth,
            active_runs,
            list_pages,
        }
    }
}

impl Metrics {
    pub fn render(&self) -> String {
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            tracing::error!("could not encode metrics");
        }
        out
    }
}
