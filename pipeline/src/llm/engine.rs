//! The LLM engine of the layers: one JSON call per layer through the configured provider, with the
//! budget checked first, transient errors retried with exponential backoff and jitter (honouring
//! `Retry-After`), every call's cost recorded, one repair request for unparseable JSON, and the
//! offline output returned, with the reason, whenever anything fails.

use super::cost::RunBudget;
use super::json::extract_object;
use super::layer::LlmLayer;
use super::provider::{ChatRequest, LlmError, Provider};
use super::settings::LlmSettings;
use crate::store::{CostRecord, Store};
use crate::text::units::Span;
use backon::{ExponentialBuilder, Retryable};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use types::{EngineUsed, Layer};

/// Longest slice of a posting sent in a prompt (characters).
pub const MAX_PROMPT_JD: usize = 12_000;

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
        // Unknown spending fails closed: the run stays offline, with the reason, rather than
        // risk passing the monthly cap.
        let spent = match &store {
            Some(s) => match s.total_cost(crate::ids::month_start(), None).await {
                Ok(spent) => spent,
                Err(e) => {
                    tracing::error!(error = %e, "could not read this month's LLM spending");
                    f64::INFINITY
                }
            },
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
                layer,
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

    /// The layer's output from the model when the layer is routed to one and its reply is
    /// accepted; otherwise `offline`, marked with the reason when a call was tried.
    pub async fn refine<L: LlmLayer>(&self, ask: &L, offline: L::Output) -> L::Output {
        self.or_offline(L::LAYER, offline, L::set_engine, async {
            let model = self
                .inner
                .providers
                .get(&L::LAYER)
                .map(|p| format!("{}/{}", p.name(), p.model()))
                .unwrap_or_default();
            let cache = ask
                .cache()
                .map(|(space, key)| (space, format!("{key}:{model}")));
            let cached = match (&cache, &self.inner.store) {
                (Some((space, key)), Some(store)) => match store.cache_get(*space, key).await {
                    Ok(v) => v,
                    Err(e) => {
                        tracing::warn!(error = %e, layer = L::LAYER.key(), "could not read the reply cache");
                        None
                    }
                },
                _ => None,
            };
            let from_cache = cached.and_then(|s| serde_json::from_str::<Value>(&s).ok());
            let fresh = from_cache.is_none();
            let (value, engine) = match from_cache {
                Some(v) => (v, EngineUsed::llm(&model, "cached")),
                None => {
                    let Some((v, engine)) = self
                        .call_json(L::LAYER, L::SYSTEM, &ask.prompt(), L::MAX_TOKENS)
                        .await?
                    else {
                        return Ok(None);
                    };
                    (v, engine)
                }
            };
            let to_cache = match (fresh, &cache, &self.inner.store) {
                (true, Some((space, key)), Some(store)) => Some((*space, key, store, value.to_string())),
                _ => None,
            };
            let reply: L::Reply = serde_json::from_value(value)
                .map_err(|e| LlmError::Schema(format!("the reply has the wrong shape: {e}")))?;
            let out = ask.accept(reply, engine).map_err(LlmError::Schema)?;
            // Only an accepted reply is cached: a refused one must not be replayed.
            if let Some((space, key, store, text)) = to_cache {
                if let Err(e) = store.cache_put(space, key, &text, space.ttl()).await {
                    tracing::warn!(error = %e, layer = L::LAYER.key(), "could not cache a reply");
                }
            }
            Ok(Some(out))
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
