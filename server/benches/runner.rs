//! Runner load script: `cargo bench -p server --bench runner`.
//!
//! 1. Event latency from the pipeline to websocket clients: 100 subscribers follow one run; for
//!    every event each receives live, latency = arrival time − the event's timestamp. Prints p50/p99.
//! 2. Throughput: 30 jobs queued against a fake provider with a fixed 200 ms latency (one LLM layer),
//!    `MAX_CONCURRENCY=3`, compared with the ideal 30 / 3 × one job's time.

use futures_util::StreamExt;
use std::time::{Duration, Instant};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "bench-secret-0123456789";

#[path = "../tests/common/mod.rs"]
mod common;

use common::TestApp as App;

async fn spawn(extra: &[(&str, &str)]) -> App {
    let mut env = vec![("RUNNER_API_SECRET", SECRET), ("LOG_LEVEL", "error")];
    env.extend_from_slice(extra);
    common::spawn_with(&env).await
}

fn client() -> reqwest::Client {
    reqwest::Client::new()
}

async fn post(app: &App, path: &str, body: Option<serde_json::Value>) -> serde_json::Value {
    let mut rb = client()
        .post(format!("{}{path}", app.base))
        .bearer_auth(SECRET);
    if let Some(b) = body {
        rb = rb.json(&b);
    }
    rb.send().await.unwrap().json().await.unwrap()
}

async fn wait_done(app: &App, run: &str) {
    loop {
        let r: serde_json::Value = client()
            .get(format!("{}/api/runs/{run}", app.base))
            .bearer_auth(SECRET)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if !matches!(r["status"].as_str(), Some("queued" | "running")) {
            assert_eq!(r["status"], "succeeded");
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn fake_provider(latency: Duration) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({
                    "choices": [{"message": {"content": "{\"rationale\": \"ok\"}"}}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1}
                }))
                .set_delay(latency),
        )
        .mount(&server)
        .await;
    server
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

async fn event_latency() {
    // Each LLM layer waits 50 ms, so the run emits events over time while 100 clients listen.
    let llm = fake_provider(Duration::from_millis(50)).await;
    let base = format!("{}/v1", llm.uri());
    let app = spawn(&[
        (
            "LLM_LAYERS",
            "pain_points=openai:m,stars=openai:m,fit=openai:m,contacts=openai:m,cv=openai:m",
        ),
        ("OPENAI_API_KEY", "sk-bench"),
        ("OPENAI_BASE_URL", base.as_str()),
        ("LLM_MAX_RETRIES", "0"),
        ("MAX_CONCURRENCY", "1"),
    ])
    .await;
    // A first run occupies the only slot while the subscribers connect to the second.
    let blocker = post(&app, "/api/jobs/demo00000000000000000001/process", None).await;
    let target = post(&app, "/api/jobs/demo00000000000000000002/process", None).await;
    let run = target["run_id"].as_str().unwrap().to_string();
    let ws_url = format!(
        "{}/api/runs/{run}/events",
        app.base.replace("http://", "ws://")
    );
    let mut handles = Vec::new();
    for _ in 0..100 {
        let mut req =
            tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(
                ws_url.as_str(),
            )
            .unwrap();
        req.headers_mut()
            .insert("authorization", format!("Bearer {SECRET}").parse().unwrap());
        let (mut ws, _) = tokio_tungstenite::connect_async(req).await.unwrap();
        handles.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let connected = time::OffsetDateTime::now_utc();
            while let Some(Ok(msg)) = ws.next().await {
                if let tokio_tungstenite::tungstenite::Message::Text(t) = msg {
                    let now = time::OffsetDateTime::now_utc();
                    let v: serde_json::Value = serde_json::from_str(&t).unwrap();
                    let at = time::OffsetDateTime::parse(
                        v["at"].as_str().unwrap(),
                        &time::format_description::well_known::Rfc3339,
                    )
                    .unwrap();
                    if at > connected {
                        lat.push((now - at).as_seconds_f64() * 1000.0);
                    }
                }
            }
            lat
        }));
    }
    wait_done(&app, blocker["run_id"].as_str().unwrap()).await;
    wait_done(&app, &run).await;
    let mut all: Vec<f64> = Vec::new();
    for h in handles {
        all.extend(h.await.unwrap());
    }
    all.sort_by(|a, b| a.total_cmp(b));
    println!(
        "event latency, 100 websocket subscribers: {} live events, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len(),
        percentile(&all, 0.5),
        percentile(&all, 0.99),
        all.last().copied().unwrap_or(0.0)
    );
}

async fn throughput() {
    let llm = fake_provider(Duration::from_millis(200)).await;
    let base = format!("{}/v1", llm.uri());
    let app = spawn(&[
        ("LLM_LAYERS", "fit=openai:m"),
        ("OPENAI_API_KEY", "sk-bench"),
        ("OPENAI_BASE_URL", base.as_str()),
        ("LLM_MAX_RETRIES", "0"),
        ("MAX_CONCURRENCY", "3"),
    ])
    .await;
    let docs: Vec<serde_json::Value> = (0..31)
        .map(|i| {
            serde_json::json!({"_id": format!("tp{i}"), "title": format!("Data Engineer {i}"), "company": format!("Tp {i}"),
            "job_description": "Responsibilities* Build Airflow and dbt pipelines on PostgreSQL* Model Kafka events Requirements* Python and SQL"})
        })
        .collect();
    post(&app, "/api/jobs", Some(serde_json::Value::Array(docs))).await;
    let single_start = Instant::now();
    let one = post(&app, "/api/jobs/tp30/process", None).await;
    wait_done(&app, one["run_id"].as_str().unwrap()).await;
    let single = single_start.elapsed();

    let start = Instant::now();
    let mut runs = Vec::new();
    for i in 0..30 {
        let r = post(&app, &format!("/api/jobs/tp{i}/process"), None).await;
        runs.push(r["run_id"].as_str().unwrap().to_string());
    }
    for r in &runs {
        wait_done(&app, r).await;
    }
    let wall = start.elapsed();
    let ideal = single.as_secs_f64() * 30.0 / 3.0;
    println!(
        "throughput, 30 jobs, MAX_CONCURRENCY=3, 200 ms fake provider: one job {:.0} ms, all {:.2} s, ideal {:.2} s, ratio {:.2}, peak concurrency {}",
        single.as_secs_f64() * 1000.0,
        wall.as_secs_f64(),
        ideal,
        wall.as_secs_f64() / ideal,
        app.runner.peak()
    );
}

fn main() {
    // `cargo test --benches` runs this without `--bench`: skip the load then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        event_latency().await;
        throughput().await;
    });
}
