//! Layer 3 from the web: when a scraper is configured (Firecrawl, or a plain fetch) and the posting
//! names the company's website, the page is read and quoted into the company brief. Outbound calls go
//! through a shared token bucket (`SCRAPE_RATE_PER_MINUTE`, default 100), count against the run's
//! scrape cap, and pages are cached in the store for 7 days.

use crate::layers::company::{CompanyBrief, Quote, Signal};
use crate::layers::JobInput;
use crate::llm::LlmError;
use crate::store::Store;
use crate::text::clean;
use crate::text::units::units;
use async_trait::async_trait;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub const CACHE_DAYS: i64 = 7;

/// Job boards and social sites: never the company's own website.
const NOT_COMPANY_SITES: &[&str] = &[
    "linkedin.",
    "indeed.",
    "glassdoor.",
    "greenhouse.io",
    "lever.co",
    "workable.com",
    "ashbyhq.com",
    "smartrecruiters.",
    "bamboohr.",
    "personio.",
    "recruitee.",
    "teamtailor.",
    "welcometothejungle.",
    "facebook.",
    "twitter.",
    "x.com",
    "instagram.",
    "youtube.",
    "google.",
    "bit.ly",
    "forms.",
];

#[async_trait]
pub trait Scraper: Send + Sync {
    fn name(&self) -> &str;
    /// The page's main text (Markdown or plain text).
    async fn scrape(&self, url: &str) -> Result<String, LlmError>;
}

/// Firecrawl's `POST /v1/scrape` (`{"success": true, "data": {"markdown": …}}`).
pub struct Firecrawl {
    pub base_url: String,
    pub api_key: String,
    pub client: reqwest::Client,
}

#[async_trait]
impl Scraper for Firecrawl {
    fn name(&self) -> &str {
        "firecrawl"
    }

    async fn scrape(&self, url: &str) -> Result<String, LlmError> {
        let resp = self
            .client
            .post(format!("{}/v1/scrape", self.base_url.trim_end_matches('/')))
            .bearer_auth(&self.api_key)
            .json(
                &serde_json::json!({"url": url, "formats": ["markdown"], "onlyMainContent": true}),
            )
            .send()
            .await
            .map_err(LlmError::from_reqwest)?;
        let body = crate::llm::provider::read_success(resp).await?;
        let v: serde_json::Value =
            serde_json::from_str(&body).map_err(|e| LlmError::InvalidResponse(e.to_string()))?;
        if v["success"] != serde_json::Value::Bool(true) {
            return Err(LlmError::InvalidResponse(
                "firecrawl reported no success".into(),
            ));
        }
        v["data"]["markdown"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| LlmError::InvalidResponse("no data.markdown".into()))
    }
}

/// A plain `GET` of the page, markup stripped.
pub struct PlainFetch {
    pub client: reqwest::Client,
}

#[async_trait]
impl Scraper for PlainFetch {
    fn name(&self) -> &str {
        "fetch"
    }

    async fn scrape(&self, url: &str) -> Result<String, LlmError> {
        let resp = self
            .client
            .get(url)
            .send()
            .await
            .map_err(LlmError::from_reqwest)?;
        let body = crate::llm::provider::read_success(resp).await?;
        Ok(body.chars().take(400_000).collect())
    }
}

/// The shared outbound limiter: one per process, so concurrent runs share the rate.
pub fn limiter(per_minute: u32) -> Arc<DefaultDirectRateLimiter> {
    let n = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
    Arc::new(RateLimiter::direct(Quota::per_minute(n)))
}

/// Web research for one run.
pub struct WebResearch {
    pub scraper: Arc<dyn Scraper>,
    pub limiter: Arc<DefaultDirectRateLimiter>,
    pub store: Option<Arc<dyn Store>>,
    /// Scrape calls this run may still make.
    pub remaining: AtomicU32,
}

/// The company's own website named in the posting, if any.
pub fn company_site(job: &JobInput) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re =
        RE.get_or_init(|| regex::Regex::new(r#"https?://[^\s)"'<>\]]+"#).expect("valid regex"));
    re.find_iter(&job.description)
        .map(|m| m.as_str().trim_end_matches(['.', ',', ';']).to_string())
        .find(|u| {
            !NOT_COMPANY_SITES
                .iter()
                .any(|s| u.to_lowercase().contains(s))
        })
}

fn cache_key(url: &str) -> String {
    format!("company_cache:{url}")
}

impl WebResearch {
    pub fn new(
        scraper: Arc<dyn Scraper>,
        limiter: Arc<DefaultDirectRateLimiter>,
        store: Option<Arc<dyn Store>>,
        scrape_cap: u32,
    ) -> Self {
        WebResearch {
            scraper,
            limiter,
            store,
            remaining: AtomicU32::new(scrape_cap),
        }
    }

    async fn cached(&self, url: &str) -> Option<String> {
        let raw = self
            .store
            .as_ref()?
            .get_setting(&cache_key(url))
            .await
            .ok()??;
        let v: serde_json::Value = serde_json::from_str(&raw).ok()?;
        let at = v["fetched_at"].as_i64()?;
        let fresh = crate::ids::now().unix_timestamp() - at < CACHE_DAYS * 86_400;
        fresh
            .then(|| v["text"].as_str().map(str::to_string))
            .flatten()
    }

    async fn fetch(&self, url: &str) -> Result<String, LlmError> {
        if let Some(text) = self.cached(url).await {
            return Ok(text);
        }
        let took = self
            .remaining
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
        if took.is_err() {
            return Err(LlmError::Budget("per-run scrape cap reached".into()));
        }
        self.limiter.until_ready().await;
        let text = tokio::time::timeout(Duration::from_secs(60), self.scraper.scrape(url))
            .await
            .map_err(|_| LlmError::Transient {
                message: "scrape timed out".into(),
                retry_after: None,
            })??;
        if let Some(store) = &self.store {
            let v =
                serde_json::json!({"fetched_at": crate::ids::now().unix_timestamp(), "text": text});
            if let Err(e) = store.put_setting(&cache_key(url), &v.to_string()).await {
                tracing::warn!(error = %e, "could not cache a company page");
            }
        }
        Ok(text)
    }

    /// Adds quotes and signals from the company's website to the offline brief.
    pub async fn enrich(&self, job: &JobInput, mut brief: CompanyBrief) -> CompanyBrief {
        let Some(url) = company_site(job) else {
            return brief;
        };
        let text = match self.fetch(&url).await {
            Ok(t) => t,
            Err(e) => {
                tracing::warn!(error = %e, %url, "company research from the web failed; keeping the posting's brief");
                brief.engine.fallback_reason = Some(format!("web research: {e}"));
                return brief;
            }
        };
        let page = clean::clean(&text);
        let sections = clean::sections(&page);
        let name = job.company.to_lowercase();
        let page_units = units(&page, &sections);
        for u in page_units
            .iter()
            .filter(|u| {
                let l = u.text.to_lowercase();
                l.contains(&name) || l.starts_with("we ") || l.starts_with("our ")
            })
            .take(3)
        {
            brief.summary.push(Quote {
                text: u.text.to_string(),
                span: u.span,
                source: url.clone(),
            });
        }
        for s in crate::layers::company::signals_in(&page_units) {
            if !brief.signals.iter().any(|b| b.kind == s.kind) {
                brief.signals.push(Signal {
                    source: url.clone(),
                    ..s
                });
            }
        }
        brief
            .sources
            .push(format!("{} ({})", url, self.scraper.name()));
        brief.engine.engine = format!("{}+web:{}", brief.engine.engine, self.scraper.name());
        brief
    }
}
