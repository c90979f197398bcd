//! Layer 3 from the web: when a scraper is configured (Firecrawl, or a plain fetch) and the posting
//! names the company's website, the page is read and quoted into the company brief. Outbound calls go
//! through a shared token bucket (`SCRAPE_RATE_PER_MINUTE`, default 100), count against the run's
//! scrape cap, and pages are cached in the store for 7 days. The plain fetch reaches only public
//! addresses (see [`PlainFetch`]).

use crate::layers::company::{CompanyBrief, Quote, Signal};
use crate::layers::JobInput;
use crate::llm::LlmError;
use crate::store::{CacheSpace, Store};
use crate::text::clean;
use crate::text::units::units;
use async_trait::async_trait;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

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
    pub api_key: secrecy::SecretString,
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
            .bearer_auth(secrecy::ExposeSecret::expose_secret(&self.api_key))
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

/// A plain `GET` of the page, done by this process, so it must never become a way into the
/// network it runs on: only `http(s)` URLs whose host resolves to public addresses are fetched
/// (loopback, private, link-local, cloud-metadata and other special ranges are refused), checked
/// again on every redirect and on every connection (the resolver itself drops such addresses),
/// with a time cap and a size cap.
pub struct PlainFetch {
    client: reqwest::Client,
}

/// Largest page read, in bytes; the rest is not downloaded.
pub const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;
/// At most this many redirects, each checked like the first URL.
const MAX_REDIRECTS: usize = 5;

impl PlainFetch {
    pub fn new(timeout: Duration) -> PlainFetch {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(Duration::from_secs(10))
            .dns_resolver(Arc::new(PublicOnlyResolver))
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                if attempt.previous().len() >= MAX_REDIRECTS {
                    return attempt.error("too many redirects");
                }
                match check_url(attempt.url()) {
                    Ok(()) => attempt.follow(),
                    Err(why) => attempt.error(why),
                }
            }))
            .build()
            .unwrap_or_default();
        PlainFetch { client }
    }
}

/// Whether an address is on the public internet: not loopback, private, link-local (which holds
/// the cloud metadata service at 169.254.169.254), shared, documentation, multicast, unspecified
/// or reserved, in IPv4 or IPv6 (IPv4-mapped IPv6 is judged as its IPv4 address).
pub fn is_public(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_multicast()
                || o[0] == 0
                || (o[0] == 100 && (64..128).contains(&o[1]))
                || (o[0] == 192 && o[1] == 0 && o[2] == 0)
                || (o[0] == 198 && (18..20).contains(&o[1]))
                || o[0] >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let seg = v6.segments();
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (seg[0] & 0xfe00) == 0xfc00
                || (seg[0] & 0xffc0) == 0xfe80
                || (seg[0] == 0x2001 && seg[1] == 0x0db8)
                || (seg[0] == 0x64 && seg[1] == 0xff9b))
        }
    }
}

/// The checks every URL and redirect target passes before any connection: `http` or `https`, a
/// host, and, when the host is an address literal, a public one. Names are checked when they
/// resolve (see [`PublicOnlyResolver`]).
pub fn check_url(url: &reqwest::Url) -> Result<(), String> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "refused: only http(s) pages are fetched, not {}:",
            url.scheme()
        ));
    }
    let Some(host) = url.host_str() else {
        return Err("refused: the URL has no host".into());
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = bare.parse::<std::net::IpAddr>() {
        if !is_public(ip) {
            return Err(format!("refused: {ip} is not a public address"));
        }
    }
    let lower = bare.to_ascii_lowercase();
    if lower == "localhost" || lower.ends_with(".localhost") {
        return Err(format!("refused: {bare} is not a public host"));
    }
    Ok(())
}

/// A refusal by the resolver or the redirect check surfaces as a plain error naming why; other
/// errors are classified as usual (transient or permanent).
fn refusal_or(e: reqwest::Error) -> LlmError {
    let mut source: Option<&dyn std::error::Error> = Some(&e);
    while let Some(err) = source {
        let text = err.to_string();
        if text.starts_with("refused:") || text == "too many redirects" {
            return LlmError::NotFetched(text);
        }
        source = err.source();
    }
    LlmError::from_reqwest(e)
}

/// Resolves names with the system resolver and keeps only public addresses, so a name that points
/// inside the network (or is re-pointed there between checks) is never connected to.
struct PublicOnlyResolver;

impl reqwest::dns::Resolve for PublicOnlyResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(async move {
            let host = name.as_str().to_string();
            let addrs: Vec<std::net::SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| is_public(a.ip()))
                .collect();
            if addrs.is_empty() {
                return Err(format!("refused: {host} resolves to no public address").into());
            }
            let addrs: reqwest::dns::Addrs = Box::new(addrs.into_iter());
            Ok(addrs)
        })
    }
}

#[async_trait]
impl Scraper for PlainFetch {
    fn name(&self) -> &str {
        "fetch"
    }

    async fn scrape(&self, url: &str) -> Result<String, LlmError> {
        let parsed = reqwest::Url::parse(url)
            .map_err(|e| LlmError::NotFetched(format!("not a URL: {e}")))?;
        check_url(&parsed).map_err(LlmError::NotFetched)?;
        let mut resp = self.client.get(parsed).send().await.map_err(refusal_or)?;
        if !resp.status().is_success() {
            return Err(LlmError::InvalidResponse(format!(
                "the page answered {}",
                resp.status()
            )));
        }
        let mut body: Vec<u8> = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(LlmError::from_reqwest)? {
            let room = MAX_PAGE_BYTES - body.len();
            body.extend_from_slice(&chunk[..chunk.len().min(room)]);
            if body.len() >= MAX_PAGE_BYTES {
                break;
            }
        }
        Ok(page_text(&body))
    }
}

/// A fetched page as plain text, by the maintained `html2text` crate (an HTML5 parser): script,
/// style and JSON-LD contents never reach the brief, and entities are decoded. A page the parser
/// cannot read gives no text.
pub fn page_text(html: &[u8]) -> String {
    html2text::config::plain()
        .no_link_wrapping()
        .string_from_read(html, 10_000)
        // Never the raw page: its scripts would reach the brief.
        .unwrap_or_default()
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

impl WebResearch {
    /// Web research for one run as the settings ask for it (`WEB_RESEARCH`), sharing the
    /// process-wide `limiter`; `None` when it is off.
    pub fn configured(
        settings: &crate::llm::LlmSettings,
        limiter: Arc<DefaultDirectRateLimiter>,
        store: Option<Arc<dyn Store>>,
    ) -> Option<WebResearch> {
        let scraper: Arc<dyn Scraper> = match settings.web.as_deref()? {
            "firecrawl" => Arc::new(Firecrawl {
                base_url: settings
                    .base_url("firecrawl")
                    .unwrap_or_default()
                    .to_string(),
                api_key: settings
                    .key("firecrawl")
                    .cloned()
                    .unwrap_or_else(|| secrecy::SecretString::from("")),
                client: settings.client(),
            }),
            _ => Arc::new(PlainFetch::new(settings.timeout)),
        };
        Some(WebResearch::new(
            scraper,
            limiter,
            store,
            settings.budget.run_scrapes,
        ))
    }

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

    /// The page as fetched within the cache's lifetime (7 days), if it was.
    async fn cached(&self, url: &str) -> Option<String> {
        match self
            .store
            .as_ref()?
            .cache_get(CacheSpace::CompanyPage, url)
            .await
        {
            Ok(text) => text,
            Err(e) => {
                tracing::warn!(error = %e, "could not read the page cache");
                None
            }
        }
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
            let space = CacheSpace::CompanyPage;
            if let Err(e) = store.cache_put(space, url, &text, space.ttl()).await {
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
