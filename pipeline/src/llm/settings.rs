//! LLM configuration from the environment: which provider and model serve which layer, base URLs,
//! keys (held, never printed), prices, budgets, retries and timeouts.
//!
//! `LLM_PROVIDER` / `LLM_MODEL` set the default for every LLM-capable layer; `LLM_LAYERS` overrides
//! per layer (`pain_points=openai:gpt-4o-mini,cv=anthropic:claude-3-5-haiku-latest,stars=offline`).

use super::anthropic::Anthropic;
use super::cost::{BudgetLimits, PriceTable};
use super::openai::OpenAiCompatible;
use super::provider::Provider;
use secrecy::SecretString;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;
use types::Layer;

/// Providers and their default base URLs.
const PROVIDERS: [(&str, &str); 6] = [
    ("openai", "https://api.openai.com/v1"),
    ("openrouter", "https://openrouter.ai/api/v1"),
    ("ollama", "http://127.0.0.1:11434/v1"),
    ("vllm", "http://127.0.0.1:8000/v1"),
    ("llamacpp", "http://127.0.0.1:8080/v1"),
    ("anthropic", "https://api.anthropic.com"),
];

#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub provider: String,
    pub model: String,
}

#[derive(Clone)]
pub struct LlmSettings {
    pub routes: BTreeMap<Layer, Route>,
    base_urls: BTreeMap<String, String>,
    /// Provider API keys, kept secret until a request header needs one (never printed: `Debug`
    /// shows the providers only).
    keys: BTreeMap<String, SecretString>,
    pub prices: PriceTable,
    pub budget: BudgetLimits,
    pub timeout: Duration,
    pub max_retries: usize,
    /// Smallest backoff; tests shorten it.
    pub min_backoff: Duration,
    /// Company research from the web: `firecrawl` (when `FIRECRAWL_API_KEY` is set), `fetch`, or none.
    pub web: Option<String>,
    pub scrape_per_minute: u32,
}

impl std::fmt::Debug for LlmSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlmSettings")
            .field("routes", &self.routes)
            .field("base_urls", &self.base_urls)
            .field(
                "keys",
                &self
                    .keys
                    .keys()
                    .map(|k| format!("{k}: ***"))
                    .collect::<Vec<_>>(),
            )
            .field("budget", &self.budget)
            .finish()
    }
}

use crate::config::{bad as err, ConfigError, Source};

fn parse_route(
    var: &str,
    spec: &str,
    default_model: Option<&str>,
) -> Result<Option<Route>, ConfigError> {
    let spec = spec.trim();
    if spec.is_empty() || spec == "offline" {
        return Ok(None);
    }
    let (provider, model) = match spec.split_once(':') {
        Some((p, m)) => (p.trim(), Some(m.trim())),
        None => (spec, default_model),
    };
    if !PROVIDERS.iter().any(|(p, _)| *p == provider) {
        return Err(err(var, format!("names an unknown provider {provider:?} (use one of openai, openrouter, ollama, vllm, llamacpp, anthropic, offline)")));
    }
    let model = model.filter(|m| !m.is_empty()).ok_or_else(|| {
        err(
            var,
            format!("needs a model for {provider} (provider:model, or set LLM_MODEL)"),
        )
    })?;
    Ok(Some(Route {
        provider: provider.into(),
        model: model.into(),
    }))
}

impl LlmSettings {
    /// Reads the settings; `get` looks a variable up (the environment, or a map in tests).
    pub fn from_source(src: &dyn Source) -> Result<LlmSettings, ConfigError> {
        let text = |k: &str| crate::config::text(src, k);
        let default_model = text("LLM_MODEL");
        let mut routes = BTreeMap::new();
        if let Some(p) = text("LLM_PROVIDER") {
            if let Some(route) = parse_route("LLM_PROVIDER", &p, default_model.as_deref())? {
                for layer in Layer::llm_capable() {
                    routes.insert(layer, route.clone());
                }
            }
        }
        if let Some(spec) = text("LLM_LAYERS") {
            for part in spec.split(',').filter(|p| !p.trim().is_empty()) {
                let (layer, route) = part.split_once('=').ok_or_else(|| {
                    err(
                        "LLM_LAYERS",
                        format!("entry {part:?} must be layer=provider:model"),
                    )
                })?;
                let name = layer.trim();
                let Some(layer) = Layer::from_key(name).filter(|l| l.may_use_llm()) else {
                    return Err(err(
                        "LLM_LAYERS",
                        format!(
                            "names an unknown layer {name:?} (use {})",
                            Layer::llm_capable()
                                .map(Layer::key)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                };
                match parse_route("LLM_LAYERS", route, default_model.as_deref())? {
                    Some(r) => routes.insert(layer, r),
                    None => routes.remove(&layer),
                };
            }
        }
        let mut base_urls = BTreeMap::new();
        for (p, default) in PROVIDERS {
            let var = format!("{}_BASE_URL", p.to_uppercase());
            let url = text(&var).unwrap_or_else(|| default.to_string());
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(err(&var, format!("must be an http(s) URL, got {url:?}")));
            }
            base_urls.insert(p.to_string(), url);
        }
        let mut keys = BTreeMap::new();
        for (p, var) in [
            ("openai", "OPENAI_API_KEY"),
            ("openrouter", "OPENROUTER_API_KEY"),
            ("firecrawl", "FIRECRAWL_API_KEY"),
            ("anthropic", "ANTHROPIC_API_KEY"),
        ] {
            if let Some(k) = text(var) {
                keys.insert(p.to_string(), SecretString::from(k));
            }
        }
        for r in routes.values() {
            if matches!(r.provider.as_str(), "openai" | "openrouter" | "anthropic")
                && !keys.contains_key(&r.provider)
            {
                let var = match r.provider.as_str() {
                    "openai" => "OPENAI_API_KEY",
                    "openrouter" => "OPENROUTER_API_KEY",
                    _ => "ANTHROPIC_API_KEY",
                };
                return Err(err(
                    var,
                    format!("must be set to use {} for an LLM layer", r.provider),
                ));
            }
        }
        let money = |var: &str, default: f64| -> Result<f64, ConfigError> {
            match text(var) {
                None => Ok(default),
                Some(v) => v
                    .parse::<f64>()
                    .ok()
                    .filter(|x| x.is_finite() && *x >= 0.0)
                    .ok_or_else(|| {
                        err(
                            var,
                            format!("must be a non-negative amount in USD, got {v:?}"),
                        )
                    }),
            }
        };
        let count = |var: &str, default: u64, max: u64| -> Result<u64, ConfigError> {
            match text(var) {
                None => Ok(default),
                Some(v) => v.parse::<u64>().ok().filter(|x| *x <= max).ok_or_else(|| {
                    err(
                        var,
                        format!("must be a whole number up to {max}, got {v:?}"),
                    )
                }),
            }
        };
        let firecrawl_url =
            text("FIRECRAWL_BASE_URL").unwrap_or_else(|| "https://api.firecrawl.dev".into());
        if !(firecrawl_url.starts_with("http://") || firecrawl_url.starts_with("https://")) {
            return Err(err(
                "FIRECRAWL_BASE_URL",
                format!("must be an http(s) URL, got {firecrawl_url:?}"),
            ));
        }
        base_urls.insert("firecrawl".into(), firecrawl_url);
        let web = match text("WEB_RESEARCH").map(|v| v.to_lowercase()).as_deref() {
            Some("off") => None,
            Some("fetch") => Some("fetch".to_string()),
            Some("firecrawl") | None if keys.contains_key("firecrawl") => {
                Some("firecrawl".to_string())
            }
            Some("firecrawl") => {
                return Err(err(
                    "FIRECRAWL_API_KEY",
                    "must be set for WEB_RESEARCH=firecrawl",
                ))
            }
            None => None,
            Some(other) => {
                return Err(err(
                    "WEB_RESEARCH",
                    format!("must be firecrawl, fetch or off, got {other:?}"),
                ))
            }
        };
        let defaults = BudgetLimits::default();
        let prices = match text("LLM_PRICES") {
            None => PriceTable::default(),
            Some(json) => PriceTable::with_overrides(&json).map_err(|e| err("LLM_PRICES", e))?,
        };
        Ok(LlmSettings {
            routes,
            base_urls,
            keys,
            prices,
            budget: BudgetLimits {
                run_usd: money("BUDGET_RUN_USD", defaults.run_usd)?,
                month_usd: money("BUDGET_MONTH_USD", defaults.month_usd)?,
                run_scrapes: count(
                    "BUDGET_RUN_SCRAPES",
                    u64::from(defaults.run_scrapes),
                    10_000,
                )? as u32,
            },
            timeout: Duration::from_secs(count("LLM_TIMEOUT_SECONDS", 60, 3_600)?.max(1)),
            max_retries: count("LLM_MAX_RETRIES", 3, 10)? as usize,
            min_backoff: Duration::from_millis(500),
            web,
            scrape_per_minute: count("SCRAPE_RATE_PER_MINUTE", 100, 100_000)?.max(1) as u32,
        })
    }

    /// The providers in use and their base URLs (for health checks; no keys).
    pub fn endpoints(&self) -> Vec<(String, String)> {
        let mut used: Vec<String> = self.routes.values().map(|r| r.provider.clone()).collect();
        if self.web.as_deref() == Some("firecrawl") {
            used.push("firecrawl".into());
        }
        used.sort();
        used.dedup();
        used.into_iter()
            .map(|p| {
                let url = self.base_urls.get(&p).cloned().unwrap_or_default();
                (p, url)
            })
            .collect()
    }

    /// No layer is routed to a provider: the whole pipeline runs offline.
    pub fn is_offline(&self) -> bool {
        self.routes.is_empty()
    }

    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(Duration::from_secs(10))
            .build()
            .unwrap_or_default()
    }

    /// A provider's base URL (for the scraper as well as the LLM providers).
    pub fn base_url(&self, provider: &str) -> Option<&str> {
        self.base_urls.get(provider).map(String::as_str)
    }

    /// A provider's API key, still secret.
    pub fn key(&self, provider: &str) -> Option<&SecretString> {
        self.keys.get(provider)
    }

    /// Providers for the routed layers, sharing one HTTP client.
    pub fn providers(&self) -> BTreeMap<Layer, Arc<dyn Provider>> {
        let client = self.client();
        self.routes
            .iter()
            .map(|(layer, r)| {
                let base = self.base_urls.get(&r.provider).cloned().unwrap_or_default();
                let key = self.keys.get(&r.provider).cloned();
                let p: Arc<dyn Provider> = if r.provider == "anthropic" {
                    Arc::new(Anthropic::new(
                        &base,
                        key.unwrap_or_else(|| SecretString::from("")),
                        &r.model,
                        client.clone(),
                    ))
                } else {
                    Arc::new(OpenAiCompatible::new(
                        &r.provider,
                        &base,
                        key,
                        &r.model,
                        client.clone(),
                    ))
                };
                (*layer, p)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(pairs: &[(&str, &str)]) -> Result<LlmSettings, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        LlmSettings::from_source(&map)
    }

    #[test]
    fn offline_by_default() {
        let s = settings(&[]).unwrap();
        assert!(s.is_offline());
        assert_eq!(s.budget, BudgetLimits::default());
    }

    #[test]
    fn default_route_and_per_layer_overrides() {
        let s = settings(&[
            ("LLM_PROVIDER", "openai"),
            ("LLM_MODEL", "gpt-4o-mini"),
            ("OPENAI_API_KEY", "sk-test"),
            ("LLM_LAYERS", "stars=offline,cv=ollama:llama3.1"),
        ])
        .unwrap();
        assert_eq!(
            s.routes[&Layer::PainPoints],
            Route {
                provider: "openai".into(),
                model: "gpt-4o-mini".into()
            }
        );
        assert!(!s.routes.contains_key(&Layer::Stars));
        assert_eq!(s.routes[&Layer::Cv].provider, "ollama");
        assert!(
            !format!("{s:?}").contains("sk-test"),
            "keys are never printed"
        );
    }

    #[test]
    fn errors_name_the_variable() {
        assert_eq!(
            settings(&[("LLM_PROVIDER", "openai"), ("LLM_MODEL", "m")])
                .unwrap_err()
                .var,
            "OPENAI_API_KEY"
        );
        assert_eq!(
            settings(&[("LLM_PROVIDER", "skynet:x")]).unwrap_err().var,
            "LLM_PROVIDER"
        );
        assert_eq!(
            settings(&[("LLM_PROVIDER", "ollama")]).unwrap_err().var,
            "LLM_PROVIDER"
        );
        assert_eq!(
            settings(&[("LLM_LAYERS", "dreams=ollama:x")])
                .unwrap_err()
                .var,
            "LLM_LAYERS"
        );
        assert_eq!(
            settings(&[("BUDGET_RUN_USD", "-1")]).unwrap_err().var,
            "BUDGET_RUN_USD"
        );
        assert_eq!(
            settings(&[("OLLAMA_BASE_URL", "ftp://x")]).unwrap_err().var,
            "OLLAMA_BASE_URL"
        );
    }
}
