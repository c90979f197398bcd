//! The admin page over real HTTP: a limit changed in the browser applies to the next run without a
//! restart (a run against a fake provider goes offline at the new cap, then calls it again once the
//! cap is reset), a value out of range is refused and nothing is saved, every change is audited, and
//! the page shows the costs as an SVG chart, the ledger, and a CSV download.

mod common;

use common::*;
use serde_json::Value;
use std::time::{Duration, Instant};

async fn run_to_end(app: &TestApp, job: &str) -> Value {
    let r: Value = bearer(
        app.client
            .post(app.url(&format!("/api/jobs/{job}/process"))),
    )
    .send()
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let id = r["run_id"].as_str().unwrap().to_string();
    let start = Instant::now();
    loop {
        let run: Value = bearer(app.client.get(app.url(&format!("/api/runs/{id}"))))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if !matches!(run["status"].as_str(), Some("queued" | "running")) {
            return run;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "{run}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn fit_engine(run: &Value) -> String {
    run["layers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["name"] == "fit")
        .and_then(|l| l["engine"].as_str())
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_cap_changed_on_the_admin_page_applies_to_the_next_run() {
    let llm = slow_llm(Duration::from_millis(0)).await;
    let app = spawn_runner(&[], Some(&llm)).await;
    app.login().await;

    // A run cap of zero: the next run may not spend anything, so its fit layer runs offline.
    let r = app
        .post_form("/sfn/save_limit", &[("key", "run_usd"), ("value", "0")])
        .await;
    let (_, page) = app.follow(r).await;
    assert!(
        text_of(&page).contains("Cost cap per run set to 0"),
        "{}",
        text_of(&page)
    );
    let run = run_to_end(&app, "demo00000000000000000001").await;
    assert_eq!(run["status"], "succeeded");
    let engine = fit_engine(&run);
    assert!(
        engine.contains("fallback") && engine.contains("cap"),
        "{engine}"
    );
    // (The health check's reachability probe is a GET; a model call is a POST.)
    let posts = || async {
        llm.received_requests()
            .await
            .unwrap()
            .into_iter()
            .filter(|r| r.method.as_str() == "POST")
            .count()
    };
    assert_eq!(posts().await, 0, "no paid call was made");

    // Out of range: refused with the field and the range, nothing saved.
    let r = app
        .post_form(
            "/sfn/save_limit",
            &[("key", "max_concurrency"), ("value", "0")],
        )
        .await;
    let (_, page) = app.follow(r).await;
    let text = text_of(&page);
    assert!(
        text.contains("Runs at once") && text.contains("between 1 and 64"),
        "{text}"
    );

    // Back to the environment's value: the provider is called again.
    let r = app
        .post_form("/sfn/reset_limit", &[("key", "run_usd")])
        .await;
    let (_, page) = app.follow(r).await;
    assert!(text_of(&page).contains("Cost cap per run reset to 0.5"));
    let run = run_to_end(&app, "demo00000000000000000002").await;
    let engine = fit_engine(&run);
    assert!(
        engine.contains("openai") && !engine.contains("fallback"),
        "{engine}"
    );
    assert!(posts().await > 0);

    // A layer routed from the page: offline from the next run, a provider without its key refused,
    // and back on the environment's route.
    let r = app
        .post_form(
            "/sfn/save_route",
            &[("layer", "fit"), ("provider", "offline"), ("model", "")],
        )
        .await;
    let (_, page) = app.follow(r).await;
    assert!(
        text_of(&page).contains("Fit score now runs on offline"),
        "{}",
        text_of(&page)
    );
    let before = posts().await;
    let run = run_to_end(&app, "demo00000000000000000003").await;
    assert_eq!(fit_engine(&run), "offline");
    assert_eq!(posts().await, before, "an offline layer calls nobody");
    let r = app
        .post_form(
            "/sfn/save_route",
            &[
                ("layer", "fit"),
                ("provider", "anthropic"),
                ("model", "claude-x"),
            ],
        )
        .await;
    let (_, page) = app.follow(r).await;
    assert!(
        text_of(&page).contains("is not available"),
        "{}",
        text_of(&page)
    );
    let r = app.post_form("/sfn/reset_route", &[("layer", "fit")]).await;
    let (_, page) = app.follow(r).await;
    assert!(text_of(&page).contains("Fit score is back on openai:gpt-4o-mini"));

    // The provider test: one small call, its latency or the reason it failed.
    let r = app
        .post_form("/sfn/test_provider", &[("layer", "fit")])
        .await;
    let (_, page) = app.follow(r).await;
    assert!(
        text_of(&page).contains("openai:gpt-4o-mini answered in"),
        "{}",
        text_of(&page)
    );
    let r = app
        .post_form("/sfn/test_provider", &[("layer", "jd")])
        .await;
    let (_, page) = app.follow(r).await;
    assert!(text_of(&page).contains("runs offline"));

    // The page: health, limits with their origins, the audit log, the chart and the ledger.
    let (code, page) = app.get_text("/admin").await;
    assert_eq!(code, 200);
    let text = text_of(&page);
    assert!(text.contains("Cost cap per run") && text.contains("BUDGET_RUN_USD"));
    assert!(text.contains("Cost cap per run (reset)"), "audit: {text}");
    let audited = text
        .split("Changes")
        .last()
        .and_then(|t| t.split("__RESOLVED_RESOURCES").next())
        .unwrap_or_default();
    assert_eq!(
        audited.matches("session ").count(),
        4,
        "four audited changes (two limits, two routes): {audited}"
    );
    assert!(
        page.contains("<svg") && page.contains("<rect"),
        "a server-drawn chart"
    );
    assert!(
        text.contains("gpt-4o-mini"),
        "the ledger lists the paid call"
    );
    assert!(text.contains("openai: key set"));
    assert!(
        page.contains("cost-by-layer")
            && text.contains("Staff Backend Engineer (Go) at Parcelpoint"),
        "cost per layer and per job: {text}"
    );
    for dependency in [
        "Database (sqlite)up",
        "(this instance)up",
        "Queueup",
        "Provider openai",
        "Applications folderup",
        "Web researchoff",
    ] {
        assert!(text.contains(dependency), "{dependency}: {text}");
    }

    // The ledger's filters, on the page and in the CSV link.
    let (_, page) = app.get_text("/admin?layer=jd&days=7").await;
    assert!(text_of(&page).contains("No paid call matches."));
    assert!(
        page.contains("/admin/costs.csv?days=7&amp;layer=jd"),
        "the CSV link keeps the filter"
    );
    let (_, page) = app.get_text("/admin?layer=fit&provider=openai").await;
    assert!(text_of(&page).contains("1200 in / 10 out") || text_of(&page).contains("gpt-4o-mini"));

    let r = app.get("/admin/costs.csv").await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = r.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("at,run_id,layer,provider,model"));
    assert!(
        lines.len() >= 2 && lines[1].contains(",fit,openai,gpt-4o-mini,"),
        "{csv}"
    );
    let r = app.get("/admin/costs.csv?days=0").await;
    assert_eq!(r.status().as_u16(), 400);
}

#[tokio::test]
async fn the_admin_page_needs_a_login() {
    let app = spawn_runner(&[], None).await;
    let r = app.get("/admin").await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("/login"));
    let r = app.get("/admin/costs.csv").await;
    assert_eq!(r.status().as_u16(), 303);
}

/// The monthly budget reached: one alert episode, posted once to the webhook however many checks
/// see it, shown on every page until acknowledged, kept on the admin page.
#[tokio::test]
async fn an_alert_reaches_the_webhook_once_and_shows_until_acknowledged() {
    use pipeline::store::Store;
    use wiremock::matchers::{method, path};
    let hook = wiremock::MockServer::start().await;
    wiremock::Mock::given(method("POST"))
        .and(path("/hook"))
        .respond_with(wiremock::ResponseTemplate::new(200))
        .mount(&hook)
        .await;
    let url = format!("{}/hook", hook.uri());
    let app = spawn_runner(
        &[
            ("ALERT_WEBHOOK_URL", url.as_str()),
            ("ALERT_CHECK_SECONDS", "1"),
            ("BUDGET_MONTH_USD", "0.01"),
        ],
        None,
    )
    .await;
    app.store
        .record_cost(&pipeline::store::CostRecord {
            run_id: None,
            layer: pipeline::layers::Layer::Fit,
            provider: "openai".into(),
            model: "gpt-4o-mini".into(),
            input_tokens: 1000,
            output_tokens: 100,
            cost_usd: 0.02,
            latency_ms: 500,
            at: pipeline::ids::now(),
        })
        .await
        .unwrap();
    let posts = || async { hook.received_requests().await.unwrap_or_default() };
    let start = Instant::now();
    while posts().await.is_empty() {
        assert!(start.elapsed() < Duration::from_secs(10), "no alert posted");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Three more checks see the same condition: still one post.
    tokio::time::sleep(Duration::from_millis(3_200)).await;
    let got = posts().await;
    assert_eq!(got.len(), 1, "one post per episode");
    let body: Value = serde_json::from_slice(&got[0].body).unwrap();
    let text = body["text"].as_str().unwrap();
    assert!(text.contains("200% of the $0.01 cap"), "{text}");

    app.login().await;
    let (_, page) = app.get_text("/jobs").await;
    assert!(
        text_of(&page).contains("Alert: this month's LLM spending"),
        "the banner"
    );
    let r = app
        .post_form(
            "/sfn/ack_alert",
            &[("key", "month_budget:100"), ("next", "/jobs")],
        )
        .await;
    assert_eq!(location(&r), "/jobs");
    let (_, page) = app.get_text("/jobs").await;
    assert!(
        !text_of(&page).contains("Alert: "),
        "acknowledged, the banner is gone"
    );
    let (_, page) = app.get_text("/admin").await;
    let text = text_of(&page);
    assert!(
        text.contains("this month's LLM spending") && text.contains("sent"),
        "{text}"
    );
    // A redirect never leaves the site.
    let r = app
        .post_form(
            "/sfn/ack_alert",
            &[("key", "x"), ("next", "//evil.example/")],
        )
        .await;
    assert_eq!(location(&r), "/admin");
}
