//! One run, start to finish: heartbeat, checkpoints, timeout, cancel, resume.

use super::metrics::{LayerLabels, StatusLabels};
use super::Runner;
use pipeline::candidate::Candidate;
use pipeline::layers::JobInput;
use pipeline::layers::Layer;
use pipeline::llm::LlmEngine;
use pipeline::run::{LayerEvent, Observer, RunOptions};
use pipeline::store::{EventKind, Run, RunStatus};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

/// Why a run stopped early.
const STOP_NONE: u8 = 0;
const STOP_CANCEL: u8 = 1;
const STOP_LOST_LEASE: u8 = 2;

enum Msg {
    Event(LayerEvent),
    Output(Layer, serde_json::Value),
}

/// Hands the pipeline's callbacks to an async writer, in order.
struct Forward(mpsc::UnboundedSender<Msg>);

impl Observer for Forward {
    fn event(&self, event: &LayerEvent) {
        let _ = self.0.send(Msg::Event(event.clone()));
    }
    fn output(&self, layer: Layer, output: &serde_json::Value) {
        let _ = self.0.send(Msg::Output(layer, output.clone()));
    }
}

impl Runner {
    pub(super) async fn execute(self: Arc<Self>, run: Run, shutdown: CancellationToken) {
        let _active = self.begin();
        let span = tracing::info_span!("run", run_id = %run.id, job_id = %run.job_id);
        self.clone()
            .execute_inner(run, shutdown)
            .instrument(span)
            .await;
    }

    async fn execute_inner(self: Arc<Self>, mut run: Run, shutdown: CancellationToken) {
        let resumed = !run.layers.is_empty();
        tracing::info!(resumed, "run started");
        self.emit(
            &run.id,
            EventKind::Started,
            None,
            if resumed {
                "resumed after an interruption"
            } else {
                "started"
            },
            serde_json::json!({"resumed": resumed, "owner": self.owner}),
        )
        .await;

        // Heartbeat: renews the lease and hears about cancels; stops the run when either says so.
        let stop = CancellationToken::new();
        let reason = Arc::new(AtomicU8::new(STOP_NONE));
        let heartbeat = {
            let (me, stop, reason, run_id) =
                (self.clone(), stop.clone(), reason.clone(), run.id.clone());
            let every = (self.config.lease / 3).max(Duration::from_millis(50));
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(every).await;
                    match me
                        .store
                        .renew_lease(&run_id, &me.owner, me.config.lease)
                        .await
                    {
                        Ok(l) if !l.held => reason.store(STOP_LOST_LEASE, Ordering::SeqCst),
                        Ok(l) if l.cancel_requested => reason.store(STOP_CANCEL, Ordering::SeqCst),
                        Ok(_) => continue,
                        Err(e) => {
                            tracing::warn!(error = %e, "lease renewal failed");
                            continue;
                        }
                    }
                    stop.cancel();
                    break;
                }
            })
        };

        let outcome = self.pipeline(&mut run, &stop, &shutdown).await;
        heartbeat.abort();

        let (status, error) = match outcome {
            Outcome::Done(status, error) => (status, error),
            Outcome::Stopped if reason.load(Ordering::SeqCst) == STOP_CANCEL => (
                RunStatus::Cancelled,
                Some("cancelled by the user".to_string()),
            ),
            Outcome::Stopped if reason.load(Ordering::SeqCst) == STOP_LOST_LEASE => {
                tracing::warn!("lease lost: another process owns this run now");
                return;
            }
            Outcome::Stopped => {
                // Shutdown: hand the lease back so the next start resumes from the last checkpoint.
                let _ = self
                    .store
                    .renew_lease(&run.id, &self.owner, Duration::ZERO)
                    .await;
                tracing::info!("run interrupted by shutdown; it will resume");
                return;
            }
        };
        match self
            .store
            .finish_run(&run.id, &self.owner, status, error.as_deref())
            .await
        {
            Ok(true) => {}
            Ok(false) => tracing::warn!("the run was no longer ours to finish"),
            Err(e) => tracing::error!(error = %e, "could not record the run's end"),
        }
        let cost = self
            .store
            .total_cost(time::OffsetDateTime::UNIX_EPOCH, Some(&run.id))
            .await
            .unwrap_or(0.0);
        self.metrics.llm_cost_usd.inc_by(cost);
        self.metrics
            .runs_finished
            .get_or_create(&StatusLabels {
                status: status.as_str().into(),
            })
            .inc();
        // The job's status and score go with the `finished` event; a failed read leaves them out,
        // said in the log.
        let job = match self.store.get_job(&run.job_id).await {
            Ok(job) => job,
            Err(e) => {
                tracing::warn!(error = %e, "could not read the job for the finished event");
                None
            }
        };
        tracing::info!(status = status.as_str(), cost_usd = cost, "run finished");
        self.emit(
            &run.id,
            EventKind::Finished,
            None,
            error.as_deref().unwrap_or(status.as_str()),
            serde_json::json!({
                "status": status.as_str(),
                "job_status": job.as_ref().map(|j| j.doc.status.as_str()),
                "fit_score": job.as_ref().and_then(|j| j.fit_score),
                "cost_usd": cost,
            }),
        )
        .await;
        self.hub.close(&run.id);
    }

    async fn pipeline(
        &self,
        run: &mut Run,
        stop: &CancellationToken,
        shutdown: &CancellationToken,
    ) -> Outcome {
        let job = match self.store.get_job(&run.job_id).await {
            Ok(Some(j)) => j,
            Ok(None) => {
                return Outcome::Done(RunStatus::Failed, Some("the job no longer exists".into()))
            }
            Err(e) => {
                tracing::error!(error = %e, "a run could not read the store");
                return Outcome::Done(
                    RunStatus::Failed,
                    Some("the database could not be read; run it again".into()),
                );
            }
        };
        let profile = match self.store.get_profile().await {
            Ok(Some(p)) => p,
            Ok(None) => {
                return Outcome::Done(
                    RunStatus::Failed,
                    Some("no master CV: save one on the Candidate page".into()),
                )
            }
            Err(e) => {
                tracing::error!(error = %e, "a run could not read the store");
                return Outcome::Done(
                    RunStatus::Failed,
                    Some("the database could not be read; run it again".into()),
                );
            }
        };
        let candidate = match Candidate::from_texts(&profile.master_cv, &profile.knowledge_base) {
            Ok(c) => c,
            Err(e) => {
                return Outcome::Done(
                    RunStatus::Failed,
                    Some(format!("the candidate profile is invalid: {e}")),
                )
            }
        };
        // Checkpoints: layers this run finished before an interruption are reused, not recomputed.
        let resume: BTreeMap<Layer, serde_json::Value> = Layer::ALL
            .into_iter()
            .filter(|l| run.layer_done(*l))
            .filter_map(|l| job.outputs.get(l.key()).map(|out| (l, out.clone())))
            .collect();
        // The limits as they are now: an admin change applies from this run on.
        let limits = self.limits.get(self.store.as_ref()).await;
        let (mut settings, _) =
            pipeline::llm::routing::with_overrides(&self.llm, self.store.as_ref()).await;
        settings.budget = limits.budget();
        let timeout = limits.timeout();
        let llm =
            LlmEngine::for_run(&settings, Some(self.store.clone()), Some(run.id.clone())).await;
        let opts = RunOptions {
            out_dir: Some(self.config.out_dir.clone()),
            llm,
            web: pipeline::research::WebResearch::configured(
                &settings,
                self.limiter.clone(),
                Some(self.store.clone()),
            ),
            resume,
            // The user's corrections of the posting's skills outlive a re-run.
            skill_choices: pipeline::output::JobOutputs::read(&job.outputs)
                .jd
                .map(|jd| jd.choices)
                .unwrap_or_default(),
            ..RunOptions::default()
        };

        let (tx, mut rx) = mpsc::unbounded_channel();
        let observer = Forward(tx);
        let input = JobInput::from(&job.doc);
        let mut finished_layers = Layer::ALL.iter().filter(|l| run.layer_done(**l)).count();
        // Drive the pipeline and write its progress as it comes, in order.
        let result = {
            let work = pipeline::run::run(&input, &candidate, &opts, &observer);
            tokio::pin!(work);
            let deadline = tokio::time::sleep(timeout);
            tokio::pin!(deadline);
            loop {
                tokio::select! {
                    biased;
                    Some(msg) = rx.recv() => self.record(run, msg, &mut finished_layers).await,
                    res = &mut work => break Some(res),
                    _ = &mut deadline => break None,
                    _ = stop.cancelled() => return Outcome::Stopped,
                    _ = shutdown.cancelled() => return Outcome::Stopped,
                }
            }
        };
        drop(observer);
        while let Some(msg) = rx.recv().await {
            self.record(run, msg, &mut finished_layers).await;
        }
        match result {
            None => Outcome::Done(
                RunStatus::TimedOut,
                Some(format!(
                    "stopped after {} s (PIPELINE_TIMEOUT_SECONDS)",
                    timeout.as_secs_f64()
                )),
            ),
            Some(Err(e)) => Outcome::Done(RunStatus::Failed, Some(e.to_string())),
            Some(Ok(out)) => {
                match pipeline::run::save_to_store(self.store.as_ref(), &job.doc.id, &out).await {
                    Ok(()) => Outcome::Done(RunStatus::Succeeded, None),
                    Err(e) => Outcome::Done(
                        RunStatus::Failed,
                        Some(format!("saving the results failed: {e}")),
                    ),
                }
            }
        }
    }

    /// Stores one progress message: events (with percent), checkpoints, metrics.
    async fn record(&self, run: &mut Run, msg: Msg, finished: &mut usize) {
        match msg {
            Msg::Output(layer, value) => {
                if let Err(e) = self.store.save_output(&run.job_id, layer, &value).await {
                    tracing::error!(layer = layer.key(), error = %e, "could not checkpoint a layer");
                }
            }
            Msg::Event(LayerEvent::Started { layer }) => {
                self.emit(
                    &run.id,
                    EventKind::LayerStarted,
                    Some(layer),
                    &format!("{layer} started"),
                    serde_json::Value::Null,
                )
                .await;
            }
            Msg::Event(LayerEvent::Finished {
                layer,
                ms,
                engine,
                resumed,
            }) => {
                *finished += usize::from(!run.layer_done(layer));
                let percent = (*finished * 100 / Layer::ALL.len()).min(100);
                run.layers.insert(
                    layer,
                    pipeline::store::LayerProgress {
                        state: pipeline::store::LayerState::Done,
                        ms,
                        engine: engine.clone(),
                        resumed,
                    },
                );
                if let Err(e) = self.store.update_run(run).await {
                    tracing::error!(error = %e, "could not record layer progress");
                }
                self.metrics
                    .layer_seconds
                    .get_or_create(&LayerLabels {
                        layer: layer.key().to_string(),
                    })
                    .observe(ms as f64 / 1000.0);
                if engine.contains("fallback") {
                    self.metrics
                        .layer_errors
                        .get_or_create(&LayerLabels {
                            layer: layer.key().to_string(),
                        })
                        .inc();
                    self.emit(
                        &run.id,
                        EventKind::Log,
                        Some(layer),
                        &format!("{layer}: {engine}"),
                        serde_json::Value::Null,
                    )
                    .await;
                }
                let how = if resumed {
                    "reused from before the interruption".to_string()
                } else {
                    format!("{ms} ms")
                };
                self.emit(
                    &run.id,
                    EventKind::LayerFinished,
                    Some(layer),
                    &format!("{layer} finished ({how}, {engine})"),
                    serde_json::json!({"ms": ms, "engine": engine, "resumed": resumed, "percent": percent}),
                )
                .await;
            }
        }
    }
}

enum Outcome {
    Done(RunStatus, Option<String>),
    Stopped,
}
