//! Company research from the web against a fake Firecrawl: quotes from the company's site join the
//! brief with their source, pages are cached, and the per-run scrape cap holds.

use pipeline::layers::{company, jd, JobInput};
use pipeline::llm::LlmSettings;
use pipeline::research::WebResearch;
use pipeline::store::Store;
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use store_sqlite::SqliteStore;
use wiremock::matchers::{body_partial_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn job() -> JobInput {
    JobInput {
        id: "w1".into(),
        title: "Platform Lead".into(),
        company: "Quayside".into(),
        location: "Hamburg".into(),
        description: "About usQuayside builds port logistics software. Learn more at https://quayside.example/about. Apply via https://www.linkedin.com/jobs/1.Requirements* Kubernetes* Go".into(),
        criteria: String::new(),
        url: String::new(),
    }
}

fn settings(server: &MockServer, extra: &[(&str, &str)]) -> LlmSettings {
    let mut map: HashMap<String, String> = HashMap::from([
        ("FIRECRAWL_API_KEY".to_string(), "fc-test".to_string()),
        ("FIRECRAWL_BASE_URL".to_string(), server.uri()),
    ]);
    for (k, v) in extra {
        map.insert(k.to_string(), v.to_string());
    }
    LlmSettings::from_source(&map).unwrap()
}

#[test]
fn the_company_site_is_found_and_job_boards_are_not() {
    assert_eq!(
        pipeline::research::company_site(&job()).as_deref(),
        Some("https://quayside.example/about")
    );
    let mut only_board = job();
    only_board.description = "Apply at https://boards.greenhouse.io/x".into();
    assert_eq!(pipeline::research::company_site(&only_board), None);
}

#[tokio::test]
async fn firecrawl_pages_enrich_the_brief_and_are_cached() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/scrape"))
        .and(header("authorization", "Bearer fc-test"))
        .and(body_partial_json(json!({"url": "https://quayside.example/about"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "data": {"markdown": "# About\n\nQuayside was founded in Hamburg and serves 40 ports. We raised a Series A in 2025.", "metadata": {"title": "About"}}
        })))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(&format!("sqlite://{}/w.db", dir.path().display()))
            .await
            .unwrap(),
    );
    let s = settings(&server, &[]);
    let limiter = pipeline::research::limiter(s.scrape_per_minute);
    let j = job();
    let analysis = jd::analyse(&j);

    let web = WebResearch::configured(&s, limiter.clone(), Some(store.clone())).unwrap();
    let brief = web.enrich(&j, company::research(&j, &analysis)).await;
    let from_site: Vec<_> = brief
        .summary
        .iter()
        .filter(|q| q.source == "https://quayside.example/about")
        .collect();
    assert!(
        from_site.iter().any(|q| q.text.contains("serves 40 ports")),
        "{:?}",
        brief.summary
    );
    assert!(brief
        .signals
        .iter()
        .any(|s| s.kind == "funding" && s.text.contains("Series A")));
    assert!(brief.engine.engine.ends_with("+web:firecrawl"));
    assert!(brief.sources.iter().any(|s| s.contains("quayside.example")));

    // A second run within 7 days reads the cache.
    let web = WebResearch::configured(&s, limiter, Some(store.clone())).unwrap();
    web.enrich(&j, company::research(&j, &analysis)).await;
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn the_scrape_cap_and_failures_keep_the_postings_brief() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let j = job();
    let analysis = jd::analyse(&j);
    let offline = company::research(&j, &analysis);

    let capped = settings(&server, &[("BUDGET_RUN_SCRAPES", "0")]);
    let web = WebResearch::configured(&capped, pipeline::research::limiter(100), None).unwrap();
    let brief = web.enrich(&j, offline.clone()).await;
    assert!(brief.engine.fallback_reason.unwrap().contains("scrape cap"));
    assert_eq!(brief.summary, offline.summary);
    assert_eq!(server.received_requests().await.unwrap().len(), 0);

    let failing = settings(&server, &[]);
    let web = WebResearch::configured(&failing, pipeline::research::limiter(100), None).unwrap();
    let brief = web.enrich(&j, offline.clone()).await;
    assert!(brief.engine.fallback_reason.unwrap().contains("HTTP 500"));
    assert_eq!(brief.signals, offline.signals);
}

/// The plain fetch never reaches this machine or its network: a page served on 127.0.0.1 is
/// refused before any request, by address and by name, and so are metadata and private addresses
/// and other schemes.
#[tokio::test]
async fn plain_fetch_refuses_internal_addresses() {
    use pipeline::research::{PlainFetch, Scraper};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<p>internal secret</p>"))
        .mount(&server)
        .await;
    let fetch = PlainFetch::new(std::time::Duration::from_secs(5));
    let port = server.address().port();
    for url in [
        server.uri(),
        format!("http://localhost:{port}/"),
        format!("http://[::1]:{port}/"),
        "http://169.254.169.254/latest/meta-data/".to_string(),
        "http://10.0.0.1/".to_string(),
        "http://192.168.1.1/".to_string(),
        "http://[::ffff:127.0.0.1]/".to_string(),
        "file:///etc/passwd".to_string(),
    ] {
        let err = fetch.scrape(&url).await.expect_err(&url);
        assert!(err.to_string().contains("refused"), "{url}: {err}");
    }
    assert!(
        server
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty(),
        "no request reached the internal server"
    );
}

/// A name that resolves only to internal addresses is refused when it is resolved, which is also
/// where every redirect target is resolved.
#[tokio::test]
async fn plain_fetch_refuses_names_that_resolve_inside() {
    use pipeline::research::{PlainFetch, Scraper};
    let fetch = PlainFetch::new(std::time::Duration::from_secs(5));
    // The machine's own host name passes the name check (it is not "localhost") and resolves to
    // a loopback address through /etc/hosts: the resolver must drop it.
    use std::net::ToSocketAddrs;
    let host = std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_default();
    let inside = (host.as_str(), 80)
        .to_socket_addrs()
        .map(|mut a| a.all(|a| !pipeline::research::is_public(a.ip())))
        .unwrap_or(false);
    assert!(
        inside,
        "this test needs the host name {host:?} to resolve to this machine"
    );
    let server = MockServer::start().await;
    let url = format!("http://{host}:{}/", server.address().port());
    let err = fetch.scrape(&url).await.unwrap_err();
    assert!(err.to_string().contains("refused"), "{err}");
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

#[test]
fn public_and_internal_addresses_are_told_apart() {
    use pipeline::research::is_public;
    for internal in [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.0.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:10.0.0.1",
    ] {
        assert!(!is_public(internal.parse().unwrap()), "{internal}");
    }
    for public in ["93.184.216.34", "8.8.8.8", "2606:4700::1111"] {
        assert!(is_public(public.parse().unwrap()), "{public}");
    }
}

#[test]
fn redirect_targets_are_checked_like_the_first_url() {
    use pipeline::research::check_url;
    let ok = reqwest::Url::parse("https://example.com/about").unwrap();
    assert!(check_url(&ok).is_ok());
    for bad in [
        "http://127.0.0.1:8080/",
        "gopher://example.com/",
        "http://[fd00::1]/",
        "http://LOCALHOST/",
    ] {
        let u = reqwest::Url::parse(bad).unwrap();
        assert!(check_url(&u).is_err(), "{bad}");
    }
}

#[test]
fn fetched_pages_lose_their_scripts_styles_and_json_ld() {
    let html = br#"<html><head><title>Acme</title>
        <style>body { color: red } .secret-css {}</style>
        <script type="application/ld+json">{"@type": "Organization", "name": "LD-JSON-NAME"}</script>
        <script>var trackingId = "SCRIPT-CONTENT";</script></head>
        <body><h1>About Acme</h1><p>We build logistics software &amp; ship it daily.</p>
        </body></html>"#;
    let text = pipeline::research::page_text(html);
    assert!(
        text.contains("We build logistics software & ship it daily."),
        "{text}"
    );
    for hidden in ["LD-JSON-NAME", "SCRIPT-CONTENT", "secret-css", "color: red"] {
        assert!(!text.contains(hidden), "{hidden} leaked: {text}");
    }
}
