//! The pipeline as a DAG: layer 1 first; pain points (2) and company research (3) concurrently;
//! STAR selection (2.5) after 2; fit (4) after 1; contacts (5) after 2, 2.5 and 3; generation (6)
//! after 2.5 and 4; publishing (7) last. Independent layers overlap, so a run's wall time follows the
//! critical path. Each layer's output is handed to the caller as it finishes (to checkpoint it) and
//! a run can resume from earlier outputs.

use crate::candidate::Candidate;
use crate::layers::company::{self, CompanyBrief};
use crate::layers::contacts::{self, Outreach};
use crate::layers::fit::{self, FitAssessment};
use crate::layers::generate::{self, Generated};
use crate::layers::jd::{self, JdAnalysis};
use crate::layers::pain_points::{self, PainPoints};
use crate::layers::publish::Drafted;
pub use crate::layers::publish::{PipelineOutput, RunError};
use crate::layers::stars::{self, StarSelection};
use crate::layers::{publish, JobInput, Layer};
use crate::llm::LlmEngine;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

/// What a caller hears while a run goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LayerEvent {
    Started {
        layer: Layer,
    },
    Finished {
        layer: Layer,
        ms: u64,
        engine: String,
        resumed: bool,
    },
}

/// Receives progress and each layer's output as soon as it exists.
pub trait Observer: Send + Sync {
    fn event(&self, _event: &LayerEvent) {}
    fn output(&self, _layer: Layer, _output: &serde_json::Value) {}
}

/// An observer that ignores everything.
pub struct Silent;
impl Observer for Silent {}

pub struct RunOptions {
    /// Root of `applications/`; `None` skips publishing (layer 7).
    pub out_dir: Option<PathBuf>,
    /// The year "Present" means in CV periods.
    pub this_year: i32,
    /// LLM engine; `None` runs everything offline.
    pub llm: Option<LlmEngine>,
    /// Company research from the web; `None` keeps layer 3 to the posting.
    pub web: Option<crate::research::WebResearch>,
    /// Outputs of an interrupted run, by layer: reused instead of recomputed.
    pub resume: BTreeMap<Layer, serde_json::Value>,
    /// The user's corrections of the posting's skills, from the job's last analysis: a re-run
    /// keeps them (see [`jd::JdAnalysis::apply_choices`]).
    pub skill_choices: BTreeMap<String, jd::SkillChoice>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            out_dir: None,
            this_year: crate::ids::now().year(),
            llm: None,
            web: None,
            resume: BTreeMap::new(),
            skill_choices: BTreeMap::new(),
        }
    }
}

/// The offline output, refined by the LLM when one is configured and routed to the layer.
async fn refine<L: crate::llm::LlmLayer>(
    llm: Option<&LlmEngine>,
    ask: &L,
    offline: L::Output,
) -> L::Output {
    match llm {
        Some(engine) => engine.refine(ask, offline).await,
        None => offline,
    }
}

/// Runs one layer, or reuses its checkpoint, reporting both to the observer.
async fn layer<T, F, Fut>(
    name: Layer,
    opts: &RunOptions,
    obs: &dyn Observer,
    engine_of: fn(&T) -> String,
    f: F,
) -> T
where
    T: Serialize + DeserializeOwned,
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    if let Some(prior) = opts
        .resume
        .get(&name)
        .and_then(|v| serde_json::from_value::<T>(v.clone()).ok())
    {
        obs.event(&LayerEvent::Finished {
            layer: name,
            ms: 0,
            engine: engine_of(&prior),
            resumed: true,
        });
        return prior;
    }
    obs.event(&LayerEvent::Started { layer: name });
    let started = Instant::now();
    // Every line logged while the layer runs (provider calls, retries, fallbacks) names it.
    let span = tracing::info_span!("layer", layer = name.key());
    let out = tracing::Instrument::instrument(f(), span.clone()).await;
    let ms = started.elapsed().as_millis() as u64;
    span.in_scope(|| tracing::info!(ms, "layer finished"));
    if let Ok(v) = serde_json::to_value(&out) {
        obs.output(name, &v);
    }
    obs.event(&LayerEvent::Finished {
        layer: name,
        ms,
        engine: engine_of(&out),
        resumed: false,
    });
    out
}

pub async fn run(
    job: &JobInput,
    candidate: &Candidate,
    opts: &RunOptions,
    obs: &dyn Observer,
) -> Result<PipelineOutput, RunError> {
    let llm = opts.llm.as_ref();
    let jd: JdAnalysis = layer(
        Layer::Jd,
        opts,
        obs,
        |o: &JdAnalysis| o.engine.label(),
        || async {
            let mut jd = jd::analyse(job);
            jd.apply_choices(&opts.skill_choices);
            jd
        },
    )
    .await;

    let pain_then_stars = async {
        let pain: PainPoints = layer(
            Layer::PainPoints,
            opts,
            obs,
            |o: &PainPoints| o.engine.label(),
            || async {
                let offline = pain_points::mine(&jd);
                refine(llm, &pain_points::PainPointsAsk { jd: &jd }, offline).await
            },
        )
        .await;
        let stars: StarSelection = layer(
            Layer::Stars,
            opts,
            obs,
            |o: &StarSelection| o.engine.label(),
            || async {
                let offline = stars::select(&jd, &pain, &candidate.stars);
                let ask = stars::StarsAsk::new(&jd, &pain, &candidate.stars);
                refine(llm, &ask, offline).await
            },
        )
        .await;
        (pain, stars)
    };
    let company_fut = layer(
        Layer::Company,
        opts,
        obs,
        |o: &CompanyBrief| o.engine.label(),
        || async {
            let offline = company::research(job, &jd);
            let offline = match &opts.web {
                Some(web) => web.enrich(job, offline).await,
                None => offline,
            };
            let ask = company::CompanyAsk {
                job,
                jd: &jd,
                base: offline.clone(),
            };
            refine(llm, &ask, offline).await
        },
    );
    let fit_fut = layer(
        Layer::Fit,
        opts,
        obs,
        |o: &FitAssessment| o.engine.label(),
        || async {
            let offline = fit::assess(job, &jd, candidate, opts.this_year);
            let ask = fit::FitAsk {
                jd: &jd,
                base: offline.clone(),
            };
            refine(llm, &ask, offline).await
        },
    );
    let ((pain, stars), company, fit) = tokio::join!(pain_then_stars, company_fut, fit_fut);

    let contacts_fut = layer(
        Layer::Contacts,
        opts,
        obs,
        |o: &Outreach| o.engine.label(),
        || async {
            let offline = contacts::map(job, &jd, &pain, &stars, &fit, candidate);
            let ask = contacts::OutreachAsk {
                job,
                pain: &pain,
                stars: &stars,
                company: &company,
                candidate,
                base: offline.clone(),
            };
            refine(llm, &ask, offline).await
        },
    );
    let generate_fut = layer(
        Layer::Cv,
        opts,
        obs,
        |o: &Generated| o.engine.label(),
        || async {
            let offline = generate::generate(job, &jd, &pain, &stars, &fit, candidate);
            let ask = generate::LetterAsk {
                job,
                jd: &jd,
                stars: &stars,
                candidate,
                base: offline.clone(),
            };
            // A letter that only asks, or none (advised not to apply), is not rewritten into one that
            // applies.
            let mut generated = if offline.letter != generate::LetterKind::Application {
                offline
            } else {
                refine(llm, &ask, offline).await
            };
            // With a model routed to this layer, it also reviews the CV; the gate keeps only
            // grounded rewrites.
            if let Some(engine) = llm {
                let review = crate::review::RewriteAsk {
                    job,
                    jd: &jd,
                    pain: &pain.pain_points,
                    candidate,
                    cv_markdown: &generated.cv_markdown,
                };
                generated.suggestions = engine
                    .refine(&review, crate::review::Suggestions::none())
                    .await
                    .items;
            }
            generated
        },
    );
    let (outreach, generated) = tokio::join!(contacts_fut, generate_fut);

    obs.event(&LayerEvent::Started {
        layer: Layer::Publish,
    });
    let started = Instant::now();
    let drafted = Drafted {
        jd,
        pain,
        stars,
        company,
        fit,
        outreach,
        generated,
    };
    let out = tracing::Instrument::instrument(
        publish::publish(job, candidate, opts.out_dir.as_deref(), drafted),
        tracing::info_span!("layer", layer = Layer::Publish.key()),
    )
    .await?;
    if let Some(v) = out
        .published
        .as_ref()
        .and_then(|p| serde_json::to_value(p).ok())
    {
        obs.output(Layer::Publish, &v);
    }
    obs.event(&LayerEvent::Finished {
        layer: Layer::Publish,
        ms: started.elapsed().as_millis() as u64,
        engine: "offline".into(),
        resumed: false,
    });
    Ok(out)
}

/// Saves a finished run on its job: every layer's output, the fit score and the status the quality
/// gate decided (with a history note).
pub async fn save_to_store(
    store: &dyn crate::store::Store,
    job_id: &str,
    out: &PipelineOutput,
) -> crate::Result<()> {
    for (layer, value) in out.layer_values() {
        store.save_output(job_id, layer, &value).await?;
    }
    store.set_fit_score(job_id, Some(out.fit.fit_score)).await?;
    if let Some(p) = &out.published {
        let note = if p.gate.passed {
            "pipeline: quality gate passed".to_string()
        } else {
            format!(
                "pipeline: {} quality-gate violation(s)",
                p.gate.violations.len()
            )
        };
        store
            .set_status(&[job_id.to_string()], p.status, &note)
            .await?;
        crate::edit::record_generated(store, job_id, out).await?;
    }
    Ok(())
}
