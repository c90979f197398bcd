//! The LLM engine of the layers: one JSON call per layer through the configured provider, with the
//! budget checked first, transient errors retried with exponential backoff and jitter (honouring
//! `Retry-After`), every call's cost recorded, one repair request for unparseable JSON, and the
//! offline output returned, with the reason, whenever anything fails.

use super::cost::RunBudget;
use super::json::extract_object;
use super::provider::{ChatRequest, LlmError, Provider};
use super::settings::LlmSettings;
use crate::candidate::{Candidate, Star};
use crate::layers::company::{CompanyBrief, Quote};
use crate::layers::contacts::{Outreach, LINKEDIN_NOTE_MAX};
use crate::layers::fit::FitAssessment;
use crate::layers::generate::Generated;
use crate::layers::jd::JdAnalysis;
use crate::layers::pain_points::{PainPoint, PainPoints};
use crate::layers::stars::{self, StarSelection};
use crate::layers::Layer;
use crate::layers::{shorten, EngineUsed, JobInput};
use crate::store::{CostRecord, Store};
use crate::text::lexicon::Lexicon;
use crate::text::units::Span;
use backon::{ExponentialBuilder, Retryable};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Longest slice of a posting sent in a prompt (characters).
const MAX_PROMPT_JD: usize = 12_000;

#[derive(Clone)]
pub struct LlmEngine {
    inner: Arc<Inner>,
}

struct Inner {
    providers: BTreeMap<Layer, Arc<dyn Provider>>,
    settings: LlmSettings,
    budget: RunBudget,
    store: Option<Arc<dyn Store>>,
    run_id: Option<String>,
}

impl LlmEngine {
    /// An engine for one run. `month_spent` is what the store recorded this month before the run.
    pub fn new(
        settings: LlmSettings,
        store: Option<Arc<dyn Store>>,
        run_id: Option<String>,
        month_spent: f64,
    ) -> Self {
        Self::with_providers(settings.providers(), settings, store, run_id, month_spent)
    }

    /// The engine for one run when any layer is routed to a provider; its monthly budget counts what
    /// the store recorded since the month began.
    pub async fn for_run(
        settings: &LlmSettings,
        store: Option<Arc<dyn Store>>,
        run_id: Option<String>,
    ) -> Option<Self> {
        if settings.is_offline() {
            return None;
        }
        let spent = match &store {
            Some(s) => s
                .total_cost(crate::ids::month_start(), None)
                .await
                .unwrap_or(0.0),
            None => 0.0,
        };
        Some(Self::new(settings.clone(), store, run_id, spent))
    }

    /// As [`LlmEngine::new`] with explicit providers (tests and benchmarks).
    pub fn with_providers(
        providers: BTreeMap<Layer, Arc<dyn Provider>>,
        settings: LlmSettings,
        store: Option<Arc<dyn Store>>,
        run_id: Option<String>,
        month_spent: f64,
    ) -> Self {
        let budget = RunBudget::new(settings.budget, month_spent);
        LlmEngine {
            inner: Arc::new(Inner {
                providers,
                settings,
                budget,
                store,
                run_id,
            }),
        }
    }

    pub fn budget(&self) -> &RunBudget {
        &self.inner.budget
    }

    /// Calls the layer's provider for a JSON object. `Ok(None)` when the layer is not routed.
    async fn call_json(
        &self,
        layer: Layer,
        system: &str,
        user: &str,
        max_tokens: u32,
    ) -> Result<Option<(Value, EngineUsed)>, LlmError> {
        let Some(provider) = self.inner.providers.get(&layer).cloned() else {
            return Ok(None);
        };
        let req = ChatRequest {
            system: system.to_string(),
            user: user.to_string(),
            max_tokens,
        };
        let text = self.call(layer, provider.as_ref(), &req).await?;
        let engine = EngineUsed::llm(provider.name(), provider.model());
        match extract_object(&text) {
            Ok(v) => Ok(Some((v, engine))),
            Err(why) => {
                tracing::warn!(layer = layer.key(), reason = %why, "LLM reply was not JSON; asking once for a repair");
                let repair = ChatRequest {
                    system: req.system.clone(),
                    user: format!(
                        "{}\n\nYour previous reply could not be used: {why}. Reply again with only the complete JSON object.",
                        req.user
                    ),
                    max_tokens,
                };
                let text = self.call(layer, provider.as_ref(), &repair).await?;
                extract_object(&text)
                    .map(|v| Some((v, engine)))
                    .map_err(LlmError::Schema)
            }
        }
    }

    /// One logical call: budget check, retries of transient errors, cost record.
    async fn call(
        &self,
        layer: Layer,
        provider: &dyn Provider,
        req: &ChatRequest,
    ) -> Result<String, LlmError> {
        let s = &self.inner.settings;
        // ~4 characters per token is a fair estimate for English prompts.
        let est_in = ((req.system.len() + req.user.len()) / 4) as u64;
        let estimate = s.prices.cost(
            provider.name(),
            provider.model(),
            est_in,
            u64::from(req.max_tokens),
        );
        let reservation = self
            .inner
            .budget
            .reserve(estimate)
            .map_err(LlmError::Budget)?;

        let backoff = ExponentialBuilder::default()
            .with_min_delay(s.min_backoff)
            .with_max_delay(Duration::from_secs(30))
            .with_max_times(s.max_retries)
            .with_jitter();
        let started = Instant::now();
        let resp = (|| async { provider.chat(req).await })
            .retry(backoff)
            .when(LlmError::is_transient)
            .adjust(|e: &LlmError, next: Option<Duration>| next.map(|d| e.retry_after().unwrap_or(d)))
            .notify(|e: &LlmError, wait: Duration| {
                tracing::warn!(layer = layer.key(), provider = provider.name(), error = %e, wait_ms = wait.as_millis() as u64, "retrying LLM call");
            })
            .await?;
        let latency_ms = started.elapsed().as_millis() as u64;
        let cost = s.prices.cost(
            provider.name(),
            provider.model(),
            resp.input_tokens,
            resp.output_tokens,
        );
        reservation.settle(cost);
        tracing::info!(
            layer = layer.key(),
            provider = provider.name(),
            model = provider.model(),
            input_tokens = resp.input_tokens,
            output_tokens = resp.output_tokens,
            cost_usd = cost,
            latency_ms,
            "LLM call"
        );
        if let Some(store) = &self.inner.store {
            let record = CostRecord {
                run_id: self.inner.run_id.clone(),
                layer: layer.to_string(),
                provider: provider.name().to_string(),
                model: provider.model().to_string(),
                input_tokens: resp.input_tokens,
                output_tokens: resp.output_tokens,
                cost_usd: cost,
                latency_ms,
                at: crate::ids::now(),
            };
            if let Err(e) = store.record_cost(&record).await {
                tracing::error!(error = %e, "could not record an LLM call's cost");
            }
        }
        Ok(resp.text)
    }

    /// Runs a layer's LLM path; any failure gives the offline output with the reason.
    async fn or_offline<T>(
        &self,
        layer: Layer,
        offline: T,
        set_engine: fn(&mut T, EngineUsed),
        f: impl std::future::Future<Output = Result<Option<T>, LlmError>>,
    ) -> T {
        if !self.inner.providers.contains_key(&layer) {
            return offline;
        }
        match f.await {
            Ok(Some(out)) => out,
            Ok(None) => offline,
            Err(e) => {
                tracing::warn!(layer = layer.key(), error = %e, "LLM path failed; using the offline engine");
                let mut out = offline;
                set_engine(&mut out, EngineUsed::fallback(e.to_string()));
                out
            }
        }
    }

    pub async fn pain_points(&self, jd: &JdAnalysis, offline: PainPoints) -> PainPoints {
        self.or_offline(Layer::PainPoints, offline, |o, e| o.engine = e, async {
            let system = "You analyse job postings for a job seeker. Quote the posting verbatim; never paraphrase or invent. Reply with JSON only.";
            let user = format!(
                "From the job posting below, pick 5 to 10 sentences or bullets that state the employer's pain points \
                 (problems to solve, things to build or own), up to 3 strategic needs and up to 3 success metrics.\n\
                 Reply as {{\"pain_points\": [{{\"quote\": \"…\"}}], \"strategic_needs\": [{{\"quote\": \"…\"}}], \"success_metrics\": [{{\"quote\": \"…\"}}]}} \
                 where every quote is copied exactly from the posting.\n\nPOSTING:\n{}",
                shorten(&jd.clean_text, MAX_PROMPT_JD)
            );
            let Some((v, engine)) = self.call_json(Layer::PainPoints, system, &user, 1_500).await? else { return Ok(None) };
            let quotes = |key: &str, prefix: &str| -> Vec<PainPoint> {
                v[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|item| item["quote"].as_str().or_else(|| item.as_str()))
                    .filter_map(|q| locate(&jd.clean_text, q))
                    .enumerate()
                    .map(|(i, span)| {
                        let text = &jd.clean_text[span.start..span.end];
                        PainPoint {
                            id: format!("{prefix}-{}", i + 1),
                            text: text.to_string(),
                            summary: shorten(text, 140),
                            span,
                            skills: Lexicon::get().skills_in(text),
                            score: 0.0,
                        }
                    })
                    .take(10)
                    .collect()
            };
            let pain_points = quotes("pain_points", "pp");
            if pain_points.len() < 5 {
                return Err(LlmError::Schema(format!(
                    "only {} pain points were verbatim quotes of the posting (5 needed)",
                    pain_points.len()
                )));
            }
            Ok(Some(PainPoints {
                engine,
                pain_points,
                strategic_needs: quotes("strategic_needs", "sn").into_iter().take(3).collect(),
                success_metrics: quotes("success_metrics", "sm").into_iter().take(3).collect(),
            }))
        })
        .await
    }

    /// Lexical ranking picks a short list; the model scores only that list.
    pub async fn stars(
        &self,
        jd: &JdAnalysis,
        pain: &PainPoints,
        all: &[Star],
        offline: StarSelection,
    ) -> StarSelection {
        self.or_offline(Layer::Stars, offline, |o, e| o.engine = e, async {
            let lexical = stars::rank(pain, all);
            let mut totals: Vec<(usize, f64)> = (0..all.len()).map(|i| (i, lexical.iter().map(|row| row[i]).sum())).collect();
            totals.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let shortlist: Vec<usize> = totals.iter().take(5).map(|(i, _)| *i).collect();
            let records: Vec<Value> = shortlist
                .iter()
                .map(|i| serde_json::json!({"star_id": all[*i].id, "title": all[*i].title, "action": all[*i].action, "result": all[*i].result}))
                .collect();
            let points: Vec<Value> = pain.pain_points.iter().map(|p| serde_json::json!({"id": p.id, "text": p.summary})).collect();
            let user = format!(
                "Score how well each achievement answers each pain point, 0 (not at all) to 10 (directly).\n\
                 Reply as {{\"scores\": [{{\"pain_point\": \"pp-1\", \"star_id\": \"…\", \"score\": 7}}]}}.\n\
                 PAIN POINTS: {}\nACHIEVEMENTS: {}",
                Value::Array(points),
                Value::Array(records)
            );
            let system = "You match a candidate's achievements to an employer's needs. Use only the ids given. Reply with JSON only.";
            // Same pain points, same records, same model: reuse the scores (cached by the pain-point hash).
            let model = self.inner.providers.get(&Layer::Stars).map(|p| format!("{}/{}", p.name(), p.model())).unwrap_or_default();
            let ids: Vec<&str> = shortlist.iter().map(|i| all[*i].id.as_str()).collect();
            let cache_key = format!("{}:{model}:{}", pain.fingerprint(), ids.join(","));
            let space = crate::store::CacheSpace::StarScores;
            let cached = match &self.inner.store {
                Some(store) => store.cache_get(space, &cache_key).await.ok().flatten().and_then(|s| serde_json::from_str::<Value>(&s).ok()),
                None => None,
            };
            let (v, engine) = match cached {
                Some(v) => (v, EngineUsed::llm(&model, "cached")),
                None => {
                    let Some((v, engine)) = self.call_json(Layer::Stars, system, &user, 1_200).await? else { return Ok(None) };
                    if let Some(store) = &self.inner.store {
                        if let Err(e) = store.cache_put(space, &cache_key, &v.to_string(), space.ttl()).await {
                            tracing::warn!(error = %e, "could not cache STAR scores");
                        }
                    }
                    (v, engine)
                }
            };
            let mut matrix = vec![vec![0.0; all.len()]; pain.pain_points.len()];
            let mut used = 0;
            for s in v["scores"].as_array().into_iter().flatten() {
                let (Some(pid), Some(sid), Some(score)) = (s["pain_point"].as_str(), s["star_id"].as_str(), s["score"].as_f64()) else { continue };
                let (Some(pi), Some(si)) = (pain.pain_points.iter().position(|p| p.id == pid), all.iter().position(|st| st.id == sid)) else { continue };
                if shortlist.contains(&si) && (0.0..=10.0).contains(&score) {
                    matrix[pi][si] = score;
                    used += 1;
                }
            }
            if used == 0 {
                return Err(LlmError::Schema("no usable scores for the short-listed records".into()));
            }
            Ok(Some(stars::select_from_scores(jd, pain, all, &matrix, engine)))
        })
        .await
    }

    pub async fn company(
        &self,
        job: &JobInput,
        jd: &JdAnalysis,
        offline: CompanyBrief,
    ) -> CompanyBrief {
        let fallback = offline.clone();
        self.or_offline(Layer::Company, offline, |o, e| o.engine = e, async {
            let user = format!(
                "Quote up to 3 sentences from this posting that best describe the company {} itself (what it does, stage, customers). \
                 Reply as {{\"summary\": [\"exact quote\", …]}}.\n\nPOSTING:\n{}",
                job.company,
                shorten(&jd.clean_text, MAX_PROMPT_JD)
            );
            let system = "You summarise employers from job postings by quoting them verbatim. Reply with JSON only.";
            let Some((v, engine)) = self.call_json(Layer::Company, system, &user, 600).await? else { return Ok(None) };
            let summary: Vec<Quote> = v["summary"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .filter_map(|q| {
                    locate(&jd.clean_text, q).map(|span| Quote {
                        text: jd.clean_text[span.start..span.end].to_string(),
                        span,
                        source: "job description".into(),
                    })
                })
                .take(3)
                .collect();
            if summary.is_empty() {
                return Err(LlmError::Schema("no summary sentence was a quote of the posting".into()));
            }
            Ok(Some(CompanyBrief { engine, summary, ..fallback }))
        })
        .await
    }

    /// The score stays the deterministic one; the model may only word the rationale.
    pub async fn fit(
        &self,
        jd: &JdAnalysis,
        _candidate: &Candidate,
        offline: FitAssessment,
    ) -> FitAssessment {
        let base = offline.clone();
        self.or_offline(Layer::Fit, offline, |o, e| o.engine = e, async {
            let user = format!(
                "Write a 2–4 sentence rationale for a fit score of {}/100 ({} tier) for the role \"{}\". \
                 Matched must-haves: {:?}. Missing must-haves: {:?}. Matched nice-to-haves: {:?}. Seniority fit {:.2}. \
                 Years asked {:?}, candidate has {}. Use only these facts. Reply as {{\"rationale\": \"…\"}}.",
                base.fit_score, base.tier, jd.role, base.matched_must, base.missing_must, base.matched_nice, base.seniority_fit, base.years_required, base.candidate_years
            );
            let system = "You explain job-fit scores plainly, using only the facts given. Reply with JSON only.";
            let Some((v, engine)) = self.call_json(Layer::Fit, system, &user, 400).await? else { return Ok(None) };
            let rationale = v["rationale"].as_str().map(str::trim).filter(|r| !r.is_empty() && r.len() <= 2_000);
            match rationale {
                Some(r) => Ok(Some(FitAssessment { engine, rationale: r.to_string(), ..base.clone() })),
                None => Err(LlmError::Schema("`rationale` missing, empty or too long".into())),
            }
        })
        .await
    }

    pub async fn outreach(
        &self,
        job: &JobInput,
        pain: &PainPoints,
        sel: &StarSelection,
        company: &CompanyBrief,
        c: &Candidate,
        offline: Outreach,
    ) -> Outreach {
        let base = offline.clone();
        self.or_offline(Layer::Contacts, offline, |o, e| o.engine = e, async {
            let star = sel.selected.first().and_then(|s| c.stars.iter().find(|st| st.id == s.star_id));
            let roles: Vec<&str> = base.contacts.iter().map(|x| x.role.as_str()).collect();
            let user = format!(
                "Draft outreach for {} applying to \"{}\" at {}. For each of the {} contact roles {:?}, write a LinkedIn note (at most 300 characters) \
                 and a short email. Cite this achievement and its metric exactly, nothing else about the candidate: {}. \
                 Top need from the posting: {}. What the posting says about the company: {}.\nReply as {{\"contacts\": [{{\"role\": \"…\", \"linkedin_note\": \"…\", \"email_subject\": \"…\", \"email_body\": \"…\"}}]}} in the same order.",
                c.cv.name,
                job.title,
                job.company,
                roles.len(),
                roles,
                star.map(|s| format!("{} at {}: {} ({})", s.title, s.company, s.result, s.metrics.join("; "))).unwrap_or_default(),
                pain.pain_points.first().map(|p| p.summary.as_str()).unwrap_or(""),
                company.summary.iter().map(|q| q.text.as_str()).collect::<Vec<_>>().join(" ")
            );
            let system = "You write concise, honest outreach messages for a job seeker. Never invent facts. Reply with JSON only.";
            let Some((v, engine)) = self.call_json(Layer::Contacts, system, &user, 1_500).await? else { return Ok(None) };
            let drafts = v["contacts"].as_array().cloned().unwrap_or_default();
            if drafts.len() != base.contacts.len() {
                return Err(LlmError::Schema(format!("expected {} contacts, got {}", base.contacts.len(), drafts.len())));
            }
            let mut out = base.clone();
            out.engine = engine;
            for (contact, d) in out.contacts.iter_mut().zip(&drafts) {
                let (Some(note), Some(subject), Some(body)) = (d["linkedin_note"].as_str(), d["email_subject"].as_str(), d["email_body"].as_str()) else {
                    return Err(LlmError::Schema("a contact lacks linkedin_note, email_subject or email_body".into()));
                };
                if note.chars().count() > LINKEDIN_NOTE_MAX || note.trim().is_empty() || body.trim().is_empty() {
                    return Err(LlmError::Schema(format!("a LinkedIn note is empty or over {LINKEDIN_NOTE_MAX} characters")));
                }
                contact.linkedin_note = note.trim().to_string();
                contact.email_subject = subject.trim().to_string();
                contact.email_body = body.trim().to_string();
            }
            Ok(Some(out))
        })
        .await
    }

    /// The model writes the cover letter; the CV stays the offline composition of the candidate's
    /// own text. The quality gate checks the letter like any other.
    pub async fn cover_letter(
        &self,
        job: &JobInput,
        jd: &JdAnalysis,
        sel: &StarSelection,
        c: &Candidate,
        offline: Generated,
    ) -> Generated {
        let base = offline.clone();
        self.or_offline(Layer::Cv, offline, |o, e| o.engine = e, async {
            let chosen: Vec<String> = sel
                .selected
                .iter()
                .filter_map(|s| c.stars.iter().find(|st| st.id == s.star_id))
                .map(|s| format!("- {} at {}: {} Result: {}", s.title, s.company, s.action, s.result))
                .collect();
            let user = format!(
                "Write a cover letter (150–350 words) from {} for the role \"{}\" at {}. Use ONLY facts from the CV and achievements below: \
                 no other employers, degrees, numbers or skills.\nMust-have skills in the posting: {:?}.\nACHIEVEMENTS:\n{}\nCV:\n{}\n\
                 Reply as {{\"cover_letter\": \"…\"}}.",
                c.cv.name,
                job.title,
                job.company,
                jd.must_have,
                chosen.join("\n"),
                shorten(&c.master_cv_text, 6_000)
            );
            let system = "You write grounded cover letters: every fact must come from the material given. Reply with JSON only.";
            let Some((v, engine)) = self.call_json(Layer::Cv, system, &user, 1_200).await? else { return Ok(None) };
            match v["cover_letter"].as_str().map(str::trim).filter(|t| !t.is_empty() && t.len() <= 8_000) {
                Some(letter) => Ok(Some(Generated { engine, cover_letter: format!("{letter}\n"), ..base.clone() })),
                None => Err(LlmError::Schema("`cover_letter` missing, empty or too long".into())),
            }
        })
        .await
    }
}

/// Where `quote` stands in `text`: exactly, or ignoring differences in whitespace.
pub fn locate(text: &str, quote: &str) -> Option<Span> {
    let q = quote.trim().trim_matches('"').trim();
    if q.len() < 8 {
        return None;
    }
    if let Some(start) = text.find(q) {
        return Some(Span {
            start,
            end: start + q.len(),
        });
    }
    // Whitespace-insensitive: walk both, skipping runs of whitespace.
    let words: Vec<&str> = q.split_whitespace().collect();
    let first = words.first()?;
    let mut from = 0;
    while let Some(rel) = text[from..].find(first) {
        let start = from + rel;
        let mut pos = start;
        let mut ok = true;
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                let rest = &text[pos..];
                let skipped = rest.len() - rest.trim_start().len();
                if skipped == 0 {
                    ok = false;
                    break;
                }
                pos += skipped;
            }
            if text[pos..].starts_with(w) {
                pos += w.len();
            } else {
                ok = false;
                break;
            }
        }
        if ok {
            return Some(Span { start, end: pos });
        }
        from = start + first.len();
    }
    None
}
