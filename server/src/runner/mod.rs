//! The runner: a durable queue in the store, at most `MAX_CONCURRENCY` runs at once in this process,
//! leases with heartbeats so several processes share one store without running a job twice, a
//! timeout per run, cancel, checkpoints per layer and resume after a crash.

mod execute;
pub mod hub;
pub mod instances;
pub mod metrics;

use hub::EventHub;
use metrics::Metrics;
use pipeline::layers::Layer;
use pipeline::limits::LimitsCache;
use pipeline::llm::LlmSettings;
use pipeline::store::{EnqueueOutcome, EventKind, RunEvent, Store};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Notify, Semaphore};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

pub use app::api::ssr::Cancel;

/// Server functions reach the runner through this.
impl app::api::ssr::Runs for Runner {
    fn enqueue<'a>(
        &'a self,
        job_id: &'a str,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = pipeline::Result<EnqueueOutcome>> + Send + 'a>,
    > {
        Box::pin(Runner::enqueue(self, job_id))
    }

    fn cancel<'a>(
        &'a self,
        run_id: &'a str,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = pipeline::Result<Option<Cancel>>> + Send + 'a>,
    > {
        Box::pin(Runner::cancel(self, run_id))
    }
}

/// What the runner is started with. Concurrency, the queue limit, the timeout and the budgets are
/// [`pipeline::limits`], read before each claim and each run, so the admin page changes them
/// without a restart.
#[derive(Debug, Clone)]
pub struct RunnerConfig {
    /// How long a claim lasts without a heartbeat; a crashed owner's runs resume after it.
    pub lease: Duration,
    pub log_buffer_limit: u64,
    pub out_dir: PathBuf,
}

/// Slots of the runner's semaphore: the most runs at once any limit allows. How many are used is
/// the current `MAX_CONCURRENCY` limit.
const MAX_SLOTS: usize = 64;

pub struct Runner {
    pub store: Arc<dyn Store>,
    pub config: RunnerConfig,
    pub hub: Arc<EventHub>,
    pub metrics: Arc<Metrics>,
    llm: LlmSettings,
    pub limits: Arc<LimitsCache>,
    limiter: Arc<governor::DefaultDirectRateLimiter>,
    /// Unique per process start, so a restarted process is a new owner.
    owner: String,
    wake: Notify,
    /// Held while a run is queued and its `queued` event written, and while a run is claimed: a
    /// claim between the two had a run's `started` event come first (seen in CI). Within one
    /// process; runs queued by another process may still be claimed before their event is
    /// written.
    enqueuing: tokio::sync::Mutex<()>,
    slots: Arc<Semaphore>,
    active: AtomicUsize,
    /// The most runs seen executing at once (for tests and the health page).
    peak: AtomicUsize,
}

/// Counts a run as active for as long as it lives; dropping it (even on panic) releases the count.
struct ActiveGuard<'a>(&'a Runner);

impl Drop for ActiveGuard<'_> {
    fn drop(&mut self) {
        let now = self.0.active.fetch_sub(1, Ordering::SeqCst) - 1;
        self.0.metrics.active_runs.set(now as i64);
    }
}

impl Runner {
    pub fn new(
        store: Arc<dyn Store>,
        config: RunnerConfig,
        llm: LlmSettings,
        limits: Arc<LimitsCache>,
    ) -> Arc<Runner> {
        let limiter = pipeline::research::limiter(llm.scrape_per_minute);
        Arc::new(Runner {
            store,
            slots: Arc::new(Semaphore::new(MAX_SLOTS)),
            limits,
            config,
            hub: Arc::new(EventHub::default()),
            metrics: Arc::new(Metrics::default()),
            llm,
            limiter,
            owner: format!("{}-{}", std::process::id(), pipeline::ids::new_id()),
            wake: Notify::new(),
            enqueuing: tokio::sync::Mutex::new(()),
            active: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
        })
    }

    pub fn active(&self) -> usize {
        self.active.load(Ordering::SeqCst)
    }

    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }

    fn begin(&self) -> ActiveGuard<'_> {
        let now = self.active.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        self.metrics.active_runs.set(now as i64);
        ActiveGuard(self)
    }

    /// Queues a run of the job (or returns the one already queued or running).
    pub async fn enqueue(&self, job_id: &str) -> pipeline::Result<EnqueueOutcome> {
        // The one place a run is asked for (pages, bulk actions, the API): the job must exist.
        if !pipeline::ids::is_valid_id(job_id) || self.store.get_job(job_id).await?.is_none() {
            return Err(pipeline::Error::NotFound("job".into()));
        }
        let queue_limit = self.limits.get(self.store.as_ref()).await.queue_limit();
        let _enqueuing = self.enqueuing.lock().await;
        let outcome = self.store.enqueue_run(job_id, queue_limit).await?;
        if let EnqueueOutcome::Queued(run) = &outcome {
            self.emit(
                &run.id,
                EventKind::Queued,
                None,
                "queued",
                serde_json::Value::Null,
            )
            .await;
            self.wake.notify_one();
        }
        Ok(outcome)
    }

    /// Cancels a queued run now, or asks a running one to stop (it stops at its next heartbeat).
    /// The one place a cancel is made, for the pages and the API; `None` when there is no such run.
    pub async fn cancel(&self, run_id: &str) -> pipeline::Result<Option<Cancel>> {
        // A finished run (cancelled included) is left as it is: its `finished` event was sent,
        // and `finished` is always the last one.
        match self.store.get_run(run_id).await? {
            None => return Ok(None),
            Some(r) if r.status.is_finished() => return Ok(Some(Cancel::AlreadyFinished(r))),
            Some(_) => {}
        }
        let Some(run) = self.store.request_cancel(run_id).await? else {
            return Ok(None);
        };
        if run.status == pipeline::store::RunStatus::Cancelled {
            self.emit(
                run_id,
                EventKind::Finished,
                None,
                "cancelled before it started",
                serde_json::json!({"status": "cancelled"}),
            )
            .await;
            self.hub.close(run_id);
            return Ok(Some(Cancel::Cancelled(run)));
        }
        if run.status.is_finished() {
            // It finished between the two reads.
            return Ok(Some(Cancel::AlreadyFinished(run)));
        }
        Ok(Some(Cancel::Stopping(run)))
    }

    /// Stores an event (bounded by `LOG_BUFFER_LIMIT`) and pushes it to live subscribers.
    pub(crate) async fn emit(
        &self,
        run_id: &str,
        kind: EventKind,
        layer: Option<Layer>,
        message: &str,
        data: serde_json::Value,
    ) {
        let mut event = RunEvent {
            seq: 0,
            at: pipeline::ids::now(),
            kind,
            layer,
            message: message.to_string(),
            data,
        };
        match self
            .store
            .append_event(run_id, event.clone(), self.config.log_buffer_limit)
            .await
        {
            Ok(seq) => {
                event.seq = seq;
                self.hub.publish(run_id, event);
            }
            Err(e) => tracing::error!(run_id, error = %e, "could not store a run event"),
        }
    }

    /// The claim loop. Runs until `shutdown`; every spawned run is owned by the loop's `JoinSet`.
    pub async fn run(self: Arc<Self>, shutdown: CancellationToken) {
        let mut tasks: JoinSet<()> = JoinSet::new();
        tracing::info!(owner = %self.owner, "runner started");
        loop {
            while let Some(done) = tasks.try_join_next() {
                if let Err(e) = done {
                    tracing::error!(error = %e, "a run task ended abnormally");
                }
            }
            let permit = tokio::select! {
                p = self.slots.clone().acquire_owned() => match p { Ok(p) => p, Err(_) => break },
                _ = shutdown.cancelled() => break,
            };
            // Runs held now, this slot included, against the limit as it is now.
            let held = MAX_SLOTS - self.slots.available_permits();
            if held > self.limits.get(self.store.as_ref()).await.max_concurrency() {
                drop(permit);
                tokio::select! {
                    _ = self.wake.notified() => {},
                    _ = tokio::time::sleep(Duration::from_millis(250)) => {},
                    _ = shutdown.cancelled() => break,
                }
                continue;
            }
            let claimed = {
                let _enqueuing = self.enqueuing.lock().await;
                self.store.claim_run(&self.owner, self.config.lease).await
            };
            match claimed {
                Ok(Some(run)) => {
                    let me = self.clone();
                    let stop = shutdown.child_token();
                    tasks.spawn(async move {
                        // The permit lives as long as the run: the slot frees when it ends, however it ends.
                        let _permit = permit;
                        me.execute(run, stop).await;
                    });
                }
                Ok(None) => {
                    drop(permit);
                    tokio::select! {
                        _ = self.wake.notified() => {},
                        _ = tokio::time::sleep(Duration::from_millis(500)) => {},
                        _ = shutdown.cancelled() => break,
                    }
                }
                Err(e) => {
                    drop(permit);
                    tracing::error!(error = %e, "claiming a run failed");
                    tokio::select! {
                        _ = tokio::time::sleep(Duration::from_secs(1)) => {},
                        _ = shutdown.cancelled() => break,
                    }
                }
            }
        }
        // Shutting down: running runs stop at their next step and hand their leases back, so the next
        // start (or another process) resumes them from their last finished layer.
        while tasks.join_next().await.is_some() {}
        tracing::info!("runner stopped");
    }
}
