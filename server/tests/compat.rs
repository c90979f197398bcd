//! The original runner's API replayed against jobintel: its calls, with its bodies, and every field
//! of its answers; its error shapes; its status words; its log stream ending with `event: end`;
//! and a script written for it (`scripts/runner_client.py`) running a job to the end.

mod common;

use common::*;
use pipeline::store::Store;
use serde_json::Value;
use std::time::Duration;

const DEMO_JOB: &str = "demo00000000000000000001";
const DEMO_JOB_2: &str = "demo00000000000000000002";

async fn post_json(app: &TestApp, path: &str, body: &str) -> reqwest::Response {
    bearer(app.client.post(app.url(path)))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap()
}

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    bearer(app.client.get(app.url(path))).send().await.unwrap()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort();
    k
}

/// The SSE body until the server closes it, as (event, data) pairs.
async fn read_log(app: &TestApp, path: &str) -> Vec<(String, String)> {
    let r = get(app, path).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/event-stream"));
    let body = tokio::time::timeout(Duration::from_secs(60), r.text())
        .await
        .expect("the log stream ends")
        .unwrap();
    let mut out = Vec::new();
    for block in body.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let mut event = "message".to_string();
        let mut data = Vec::new();
        for line in block.lines() {
            if let Some(e) = line.strip_prefix("event: ") {
                event = e.to_string();
            } else if let Some(d) = line.strip_prefix("data: ") {
                data.push(d);
            }
        }
        if !data.is_empty() {
            out.push((event, data.join("\n")));
        }
    }
    out
}

#[tokio::test]
async fn the_original_calls_run_a_job_and_answer_in_its_shapes() {
    let app = spawn_runner(&[], None).await;

    // POST /jobs/run needs the bearer, as in the original.
    let r = app
        .client
        .post(app.url("/jobs/run"))
        .json(&serde_json::json!({"job_id": DEMO_JOB}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);

    let r = post_json(
        &app,
        "/jobs/run",
        &format!(r#"{{"job_id": "{DEMO_JOB}", "profile_ref": null, "source": null}}"#),
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let run: Value = r.json().await.unwrap();
    assert_eq!(keys(&run), ["log_stream_url", "run_id", "status_url"]);
    let id = run["run_id"].as_str().unwrap().to_string();
    assert_eq!(run["status_url"], format!("/jobs/{id}/status"));
    assert_eq!(run["log_stream_url"], format!("/jobs/{id}/logs"));

    // The log: lines as they come, then `event: end` with the outcome, then the stream closes.
    let log = read_log(&app, &format!("/jobs/{id}/logs")).await;
    let (last_event, last_data) = log.last().unwrap();
    assert_eq!(
        (last_event.as_str(), last_data.as_str()),
        ("end", "completed")
    );
    let lines: Vec<&str> = log
        .iter()
        .filter(|(e, _)| e == "message")
        .map(|(_, d)| d.as_str())
        .collect();
    assert!(lines.len() >= 10, "{lines:?}");
    assert!(
        lines.iter().any(|l| l.starts_with("[pain_points]")),
        "{lines:?}"
    );
    assert_eq!(log.iter().filter(|(e, _)| e == "end").count(), 1);

    // Status: exactly the original's fields and words; artifacts that download.
    let r = get(&app, &format!("/jobs/{id}/status")).await;
    assert_eq!(r.status().as_u16(), 200);
    let status: Value = r.json().await.unwrap();
    assert_eq!(
        keys(&status),
        [
            "artifacts",
            "job_id",
            "run_id",
            "started_at",
            "status",
            "updated_at"
        ]
    );
    assert_eq!(status["run_id"], id.as_str());
    assert_eq!(status["job_id"], DEMO_JOB);
    assert_eq!(status["status"], "completed");
    let started = time::OffsetDateTime::parse(
        status["started_at"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let updated = time::OffsetDateTime::parse(
        status["updated_at"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert!(updated >= started);
    let artifacts = status["artifacts"].as_object().unwrap();
    assert_eq!(artifacts.len(), 7, "{artifacts:?}");
    for (name, url) in artifacts {
        assert_eq!(url, &format!("/artifacts/{id}/{name}"));
        let r = get(&app, url.as_str().unwrap()).await;
        assert_eq!(r.status().as_u16(), 200, "{name}");
        assert!(!r.bytes().await.unwrap().is_empty(), "{name}");
    }
    let cv = get(&app, &format!("/artifacts/{id}/CV.md"))
        .await
        .text()
        .await
        .unwrap();
    assert!(cv.contains("Alex Morgan") || cv.contains('#'), "{cv}");

    // /health carries the original's fields.
    let health: Value = app.get("/health").await.json().await.unwrap();
    assert_eq!(health["status"], "healthy");
    assert!(health["active_runs"].is_u64());
    assert_eq!(health["max_concurrency"], 3);
    assert!(health["timestamp"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));
}

#[tokio::test]
async fn bad_calls_get_the_originals_errors_and_queue_nothing() {
    let app = spawn_runner(&[], None).await;
    for (body, code) in [
        ("{}", 400),
        (r#"{"job_id": ""}"#, 400),
        ("{not json", 400),
        (r#"{"job_id": "000000000000000000000000"}"#, 404),
        (r#"{"job_id": "../../etc/passwd"}"#, 404),
        (
            &format!(r#"{{"job_id": "{DEMO_JOB}", "profile_ref": "other-cv"}}"#) as &str,
            400,
        ),
    ] {
        let r = post_json(&app, "/jobs/run", body).await;
        assert_eq!(r.status().as_u16(), code, "{body}");
        let v: Value = r.json().await.unwrap();
        assert!(v["detail"].as_str().is_some_and(|d| !d.is_empty()), "{v}");
    }
    let r = get(&app, "/jobs/000000000000000000000000/status").await;
    assert_eq!(r.status().as_u16(), 404);
    assert_eq!(
        r.json::<Value>().await.unwrap(),
        serde_json::json!({"detail": "Run not found"})
    );
    assert_eq!(get(&app, "/jobs/nope/logs").await.status().as_u16(), 404);
    for path in [
        "/artifacts/nope/CV.md",
        "/artifacts/nope/..%2F..%2Fetc%2Fpasswd",
    ] {
        assert_eq!(get(&app, path).await.status().as_u16(), 404, "{path}");
    }

    // Bulk: an unknown id among known ones queues none of them.
    let r = post_json(
        &app,
        "/jobs/run-bulk",
        &format!(r#"{{"job_ids": ["{DEMO_JOB}", "000000000000000000000000"], "profile_ref": null, "source": null}}"#),
    )
    .await;
    assert_eq!(r.status().as_u16(), 404);
    assert!(app
        .store
        .list_run_summaries(None, 10)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        post_json(&app, "/jobs/run-bulk", "{}")
            .await
            .status()
            .as_u16(),
        400
    );

    // Known ids: one run each, in order, with the original's fields.
    let r = post_json(
        &app,
        "/jobs/run-bulk",
        &format!(r#"{{"job_ids": ["{DEMO_JOB}", "{DEMO_JOB_2}"], "profile_ref": null, "source": "script"}}"#),
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let bulk: Value = r.json().await.unwrap();
    let runs = bulk["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 2);
    for (run, job) in runs.iter().zip([DEMO_JOB, DEMO_JOB_2]) {
        assert_eq!(keys(run), ["log_stream_url", "run_id", "status_url"]);
        let s: Value = get(&app, run["status_url"].as_str().unwrap())
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(s["job_id"], job);
        assert!(["queued", "running", "completed"].contains(&s["status"].as_str().unwrap()));
    }
}

#[tokio::test]
async fn a_full_queue_is_429_with_the_runs_already_queued() {
    let llm = slow_llm(Duration::from_millis(1500)).await;
    let app = spawn_runner(
        &[("MAX_CONCURRENCY", "1"), ("QUEUE_LIMIT", "1")],
        Some(&llm),
    )
    .await;
    let ids: Vec<String> = (1..=5).map(|i| format!("demo{i:020}")).collect();
    let body = serde_json::json!({"job_ids": ids, "profile_ref": null, "source": null}).to_string();
    let r = post_json(&app, "/jobs/run-bulk", &body).await;
    assert_eq!(r.status().as_u16(), 429);
    assert_eq!(r.headers()["retry-after"], "30");
    let v: Value = r.json().await.unwrap();
    assert!(
        v["detail"].as_str().unwrap().contains("queue is full"),
        "{v}"
    );
    let queued = v["runs"].as_array().unwrap().len();
    assert!((1..5).contains(&queued), "{v}");
}

#[tokio::test]
async fn reads_are_open_only_when_configured() {
    let closed = spawn_runner(&[], None).await;
    assert_eq!(
        closed
            .get("/jobs/000000000000000000000000/status")
            .await
            .status()
            .as_u16(),
        401
    );
    let open = spawn_runner(&[("COMPAT_PUBLIC_READS", "true")], None).await;
    assert_eq!(
        open.get("/jobs/000000000000000000000000/status")
            .await
            .status()
            .as_u16(),
        404
    );
    let r = open
        .client
        .post(open.url("/jobs/run"))
        .json(&serde_json::json!({"job_id": DEMO_JOB}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401, "writes still need the token");
}

#[tokio::test]
async fn a_script_written_for_the_original_runner_runs_a_job_to_the_end() {
    let app = spawn_runner(&[], None).await;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/runner_client.py");
    let base = app.base.clone();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("python3")
            .args([
                script, "--base", &base, "--token", SECRET, "--job", DEMO_JOB,
            ])
            .output()
            .expect("python3 runs")
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("end completed"), "{stdout}");
    assert!(stdout.contains("status completed"), "{stdout}");
    assert_eq!(stdout.matches("\nartifact ").count(), 7, "{stdout}");
}
