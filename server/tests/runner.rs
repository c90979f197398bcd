//! The runner over real HTTP and websockets: process to completion and download, late subscribers,
//! the concurrency bound, a full queue, timeout, cancel, downloads that try to escape, auth, metrics.

mod common;

use common::*;
use futures_util::StreamExt;
use pipeline::store::Store;
use serde_json::Value;
use std::time::{Duration, Instant};

async fn api_get(app: &TestApp, path: &str) -> reqwest::Response {
    bearer(app.client.get(app.url(path))).send().await.unwrap()
}

async fn api_post(app: &TestApp, path: &str) -> reqwest::Response {
    bearer(app.client.post(app.url(path))).send().await.unwrap()
}

async fn process(app: &TestApp, job_id: &str) -> reqwest::Response {
    api_post(app, &format!("/api/jobs/{job_id}/process")).await
}

async fn run_json(app: &TestApp, run_id: &str) -> Value {
    api_get(app, &format!("/api/runs/{run_id}"))
        .await
        .json()
        .await
        .unwrap()
}

async fn wait_status(app: &TestApp, run_id: &str, done: &[&str], within: Duration) -> Value {
    let start = Instant::now();
    loop {
        let run = run_json(app, run_id).await;
        if done.contains(&run["status"].as_str().unwrap_or("")) {
            return run;
        }
        assert!(
            start.elapsed() < within,
            "run {run_id} still {} after {within:?}",
            run["status"]
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn import_jobs(app: &TestApp, n: usize) -> Vec<String> {
    let docs: Vec<Value> = (0..n)
        .map(|i| serde_json::json!({"_id": format!("bulk{i:03}"), "title": format!("Platform Engineer {i}"), "company": format!("Co {i}"),
            "job_description": "What you'll do* Run our Kubernetes clusters on AWS* Lead incident response and SLOs* Mentor engineers Requirements* 5+ years with Go or Rust* Terraform"}))
        .collect();
    let r = bearer(app.client.post(app.url("/api/jobs")))
        .json(&docs)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    (0..n).map(|i| format!("bulk{i:03}")).collect()
}

#[tokio::test]
async fn a_job_runs_to_completion_and_its_cv_downloads() {
    let app = spawn_runner(&[], None).await;
    let r = process(&app, "demo00000000000000000001").await;
    assert_eq!(r.status().as_u16(), 202);
    let accepted: Value = r.json().await.unwrap();
    let run_id = accepted["run_id"].as_str().unwrap().to_string();
    let run = wait_status(
        &app,
        &run_id,
        &["succeeded", "failed"],
        Duration::from_secs(30),
    )
    .await;
    assert_eq!(run["status"], "succeeded", "{run}");
    assert_eq!(run["progress"], 100);
    assert!(run["layers"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["state"] == "done"));

    let r = api_get(&app, &format!("/api/runs/{run_id}/artifacts/CV.docx")).await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(
        r.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(
        r.headers()["content-disposition"],
        "attachment; filename=\"CV.docx\""
    );
    let paras = pipeline::docx::read_paragraphs(&r.bytes().await.unwrap()).unwrap();
    assert_eq!(paras[0].text, "Sam Rivera");
    let dossier = api_get(&app, &format!("/api/runs/{run_id}/artifacts/dossier.txt")).await;
    assert!(dossier.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    assert!(dossier.text().await.unwrap().contains("Fit score: "));

    let job: Value = api_get(&app, "/api/jobs/demo00000000000000000001")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(job["status"], "ready for applying");
    assert!(job["fit_score"].as_u64().is_some());
    assert!(
        job["outputs"]["pain_points"]["pain_points"]
            .as_array()
            .unwrap()
            .len()
            >= 5
    );

    // A second Process of a finished job queues a new run.
    let again: Value = process(&app, "demo00000000000000000001")
        .await
        .json()
        .await
        .unwrap();
    assert_ne!(again["run_id"], accepted["run_id"]);
}

/// A pack advised against with no letter: the editor says why, a letter the user writes becomes
/// the pack's, and a later run that drafts none keeps it, saying so, instead of showing it as the
/// run's own.
#[tokio::test]
async fn the_letter_editor_says_why_a_run_drafted_no_letter() {
    let app = spawn_runner(&[], None).await;
    app.login().await;
    let job = "sales001";
    let doc = serde_json::json!({"_id": job, "title": "Enterprise Account Executive", "company": "Quotaco",
        "job_description": "About the role: you will own a territory of enterprise accounts and close new business. Requirements* 5+ years of quota-carrying B2B software sales* A track record of exceeding quota* Salesforce CRM* Negotiating and closing six-figure deals"});
    let r = bearer(app.client.post(app.url("/api/jobs")))
        .json(&[doc])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    async fn processed(app: &TestApp, job: &str) {
        let accepted: Value = process(app, job).await.json().await.unwrap();
        let run_id = accepted["run_id"].as_str().unwrap().to_string();
        wait_status(app, &run_id, &["succeeded"], Duration::from_secs(30)).await;
    }
    processed(&app, job).await;
    let editor = format!("/jobs/{job}/edit/cover_letter");
    let (status, page) = app.get_text(&editor).await;
    assert_eq!(status, 200);
    let text = text_of(&page);
    assert!(
        text.contains("No letter was drafted")
            && text.contains("To apply all the same, write a letter here"),
        "{text}"
    );
    let letter =
        "Dear Quotaco team,\n\nI would like to apply all the same.\n\nKind regards,\nAlex Morgan\n";
    let r = bearer(
        app.client
            .post(app.url(&format!("/api/jobs/{job}/documents/cover_letter"))),
    )
    .json(&serde_json::json!({"text": letter}))
    .send()
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let text = text_of(&app.get_text(&editor).await.1);
    assert!(!text.contains("No letter was drafted"), "{text}");
    processed(&app, job).await;
    let text = text_of(&app.get_text(&editor).await.1);
    assert!(
        text.contains("The text below is version 1, from before the latest run"),
        "{text}"
    );
    assert!(
        text.contains("I would like to apply all the same."),
        "{text}"
    );
}

/// Through the REST API: a processed job's CV is saved as a new version with the gate's findings,
/// the job needs review, and the newest file downloads by job; bad saves are refused.
#[tokio::test]
async fn an_edited_cv_is_a_version_through_the_api() {
    let app = spawn_runner(&[], None).await;
    let job = "demo00000000000000000001";
    let accepted: Value = process(&app, job).await.json().await.unwrap();
    let run_id = accepted["run_id"].as_str().unwrap();
    wait_status(&app, run_id, &["succeeded"], Duration::from_secs(30)).await;
    let versions: Value = api_get(&app, &format!("/api/jobs/{job}/documents/cv"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(versions.as_array().unwrap().len(), 1);
    assert_eq!(versions[0]["origin"], "generated");
    let text = versions[0]["text"].as_str().unwrap();
    let edited = text.replacen("\n- ", "\n- Tripled revenue, up 312% in a year. ", 1);
    let post = |body: Value, kind: &str| {
        bearer(
            app.client
                .post(app.url(&format!("/api/jobs/{job}/documents/{kind}"))),
        )
        .json(&body)
        .send()
    };
    let r = post(serde_json::json!({"text": edited}), "cv")
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["version"], 2);
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "number" && f["term"] == "312"),
        "{v}"
    );
    let status: Value = api_get(&app, &format!("/api/jobs/{job}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["status"], "needs review");
    let newest = api_get(&app, &format!("/api/jobs/{job}/files/CV.md")).await;
    assert_eq!(newest.text().await.unwrap(), edited);
    let pdf = api_get(&app, &format!("/api/jobs/{job}/files/CV.pdf")).await;
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));

    let empty = post(serde_json::json!({"text": " "}), "cv").await.unwrap();
    assert_eq!(empty.status().as_u16(), 400);
    let garbage = bearer(
        app.client
            .post(app.url(&format!("/api/jobs/{job}/documents/cv"))),
    )
    .body("{not json")
    .send()
    .await
    .unwrap();
    assert_eq!(garbage.status().as_u16(), 400);
    let profile = post(serde_json::json!({"text": "# A"}), "master_cv")
        .await
        .unwrap();
    assert_eq!(profile.status().as_u16(), 404);
    let escape = api_get(
        &app,
        &format!("/api/jobs/{job}/files/..%2F..%2Fetc%2Fpasswd"),
    )
    .await;
    assert_eq!(escape.status().as_u16(), 404);
    let r = bearer(
        app.client
            .post(app.url("/api/jobs/demo00000000000000000002/documents/cv")),
    )
    .json(&serde_json::json!({"text": "# A"}))
    .send()
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let versions: Value = api_get(&app, &format!("/api/jobs/{job}/documents/cv"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        versions.as_array().unwrap().len(),
        2,
        "refused saves store nothing"
    );
}

#[tokio::test]
async fn a_late_websocket_subscriber_gets_the_whole_history_in_order() {
    let app = spawn_runner(&[], None).await;
    let accepted: Value = process(&app, "demo00000000000000000002")
        .await
        .json()
        .await
        .unwrap();
    let run_id = accepted["run_id"].as_str().unwrap().to_string();
    wait_status(&app, &run_id, &["succeeded"], Duration::from_secs(30)).await;

    let ws_url = format!(
        "{}/api/runs/{run_id}/events",
        app.base.replace("http://", "ws://")
    );
    let mut req = tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(
        ws_url.as_str(),
    )
    .unwrap();
    req.headers_mut()
        .insert("authorization", format!("Bearer {SECRET}").parse().unwrap());
    let (mut ws, _) = tokio_tungstenite::connect_async(req).await.unwrap();
    let mut events = Vec::new();
    while let Some(Ok(msg)) = ws.next().await {
        if let tokio_tungstenite::tungstenite::Message::Text(t) = msg {
            events.push(serde_json::from_str::<Value>(&t).unwrap());
        }
    }
    let seqs: Vec<u64> = events.iter().map(|e| e["seq"].as_u64().unwrap()).collect();
    assert_eq!(
        seqs,
        (1..=seqs.len() as u64).collect::<Vec<_>>(),
        "ordered, no gaps, no duplicates"
    );
    assert_eq!(events[0]["kind"], "queued");
    assert_eq!(events.last().unwrap()["kind"], "finished");
    assert_eq!(events.last().unwrap()["data"]["status"], "succeeded");
    let finished: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] == "layer_finished")
        .map(|e| e["layer"].as_str().unwrap())
        .collect();
    assert_eq!(finished.len(), 8, "{finished:?}");

    // Resuming after the 3rd event gives the rest, over SSE too.
    let r = bearer(
        app.client
            .get(app.url(&format!("/api/runs/{run_id}/events?after=3"))),
    )
    .header("accept", "text/event-stream")
    .send()
    .await
    .unwrap();
    assert_eq!(r.headers()["content-type"], "text/event-stream");
    let body = r.text().await.unwrap();
    let ids: Vec<u64> = body
        .lines()
        .filter_map(|l| l.strip_prefix("id: ").or_else(|| l.strip_prefix("id:")))
        .map(|s| s.trim().parse().unwrap())
        .collect();
    assert_eq!(ids, (4..=seqs.len() as u64).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_live_subscriber_sees_events_as_they_happen() {
    let llm = slow_llm(Duration::from_millis(600)).await;
    let app = spawn_runner(&[], Some(&llm)).await;
    let accepted: Value = process(&app, "demo00000000000000000003")
        .await
        .json()
        .await
        .unwrap();
    let run_id = accepted["run_id"].as_str().unwrap();
    let r = bearer(
        app.client
            .get(app.url(&format!("/api/runs/{run_id}/events"))),
    )
    .header("accept", "text/event-stream")
    .send()
    .await
    .unwrap();
    let mut stream = r.bytes_stream();
    let mut text = String::new();
    let mut saw_running_progress = false;
    while let Some(Ok(chunk)) = stream.next().await {
        text.push_str(&String::from_utf8_lossy(&chunk));
        if !saw_running_progress && text.contains("event: layer_finished") {
            // The run is still going while we already hear about its first layers.
            let run = run_json(&app, run_id).await;
            saw_running_progress = run["status"] == "running";
        }
        if text.contains("event: finished") {
            break;
        }
    }
    assert!(
        saw_running_progress,
        "events arrived only after the run ended"
    );
    let ids: Vec<u64> = text
        .lines()
        .filter_map(|l| l.strip_prefix("id: ").or_else(|| l.strip_prefix("id:")))
        .map(|s| s.trim().parse().unwrap())
        .collect();
    assert_eq!(ids, (1..=ids.len() as u64).collect::<Vec<_>>());
}

#[tokio::test]
async fn twenty_jobs_never_exceed_the_concurrency_limit_and_all_finish() {
    let llm = slow_llm(Duration::from_millis(250)).await;
    let app = spawn_runner(&[("MAX_CONCURRENCY", "3")], Some(&llm)).await;
    let ids = import_jobs(&app, 20).await;
    let mut runs = Vec::new();
    for id in &ids {
        let r = process(&app, id).await;
        assert_eq!(r.status().as_u16(), 202);
        runs.push(
            r.json::<Value>().await.unwrap()["run_id"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    for run in &runs {
        let r = wait_status(
            &app,
            run,
            &["succeeded", "failed", "timed_out"],
            Duration::from_secs(60),
        )
        .await;
        assert_eq!(r["status"], "succeeded", "{r}");
    }
    assert!(app.runner.peak() <= 3, "peak {}", app.runner.peak());
    assert_eq!(app.runner.peak(), 3, "runs did overlap up to the limit");
    // A run's slot is released just after its final status is stored: a busy machine may let
    // the last status be read before that (a CI run failed on it).
    let released = tokio::time::Instant::now() + Duration::from_secs(10);
    while app.runner.active() > 0 && tokio::time::Instant::now() < released {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(app.runner.active(), 0, "every slot was released");
}

#[tokio::test]
async fn a_full_queue_answers_429() {
    let llm = slow_llm(Duration::from_millis(1500)).await;
    let app = spawn_runner(
        &[("MAX_CONCURRENCY", "1"), ("QUEUE_LIMIT", "2")],
        Some(&llm),
    )
    .await;
    let ids = import_jobs(&app, 5).await;
    let mut codes = Vec::new();
    for id in &ids {
        codes.push(process(&app, id).await.status().as_u16());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(codes.contains(&429), "{codes:?}");
    let r = process(&app, &ids[4]).await;
    if r.status().as_u16() == 429 {
        assert_eq!(r.headers()["retry-after"], "30");
        let body: Value = r.json().await.unwrap();
        assert!(body["error"].as_str().unwrap().contains("queue is full"));
    }
}

#[tokio::test]
async fn a_slow_run_times_out() {
    let llm = slow_llm(Duration::from_secs(4)).await;
    let app = spawn_runner(&[("PIPELINE_TIMEOUT_SECONDS", "1")], Some(&llm)).await;
    let accepted: Value = process(&app, "demo00000000000000000004")
        .await
        .json()
        .await
        .unwrap();
    let run = wait_status(
        &app,
        accepted["run_id"].as_str().unwrap(),
        &["timed_out", "succeeded", "failed"],
        Duration::from_secs(20),
    )
    .await;
    assert_eq!(run["status"], "timed_out");
    assert!(run["error"]
        .as_str()
        .unwrap()
        .contains("PIPELINE_TIMEOUT_SECONDS"));
    // The status is stored before the run's slot is released: the slot frees right after.
    let mut active = app.runner.active();
    for _ in 0..50 {
        if active == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        active = app.runner.active();
    }
    assert_eq!(active, 0, "the timed-out run released its slot");
}

#[tokio::test]
async fn cancel_stops_a_running_run_and_a_queued_one() {
    let llm = slow_llm(Duration::from_secs(5)).await;
    let app = spawn_runner(
        &[("RUN_LEASE_SECONDS", "1"), ("MAX_CONCURRENCY", "1")],
        Some(&llm),
    )
    .await;
    let first: Value = process(&app, "demo00000000000000000005")
        .await
        .json()
        .await
        .unwrap();
    let second: Value = process(&app, "demo00000000000000000001")
        .await
        .json()
        .await
        .unwrap();
    let first_id = first["run_id"].as_str().unwrap();
    wait_status(&app, first_id, &["running"], Duration::from_secs(10)).await;

    let r = bearer(app.client.post(app.url(&format!(
        "/api/runs/{}/cancel",
        second["run_id"].as_str().unwrap()
    ))))
    .send()
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 202);
    assert_eq!(
        r.json::<Value>().await.unwrap()["status"],
        "cancelled",
        "a queued run is cancelled at once"
    );

    let r = api_post(&app, &format!("/api/runs/{first_id}/cancel")).await;
    assert_eq!(r.status().as_u16(), 202);
    let run = wait_status(
        &app,
        first_id,
        &["cancelled", "succeeded"],
        Duration::from_secs(5),
    )
    .await;
    assert_eq!(run["status"], "cancelled");
    let again = api_post(&app, &format!("/api/runs/{first_id}/cancel")).await;
    assert_eq!(again.status().as_u16(), 409);

    // Cancelling the cancelled queued run again changes nothing and adds no second `finished`.
    let second_id = second["run_id"].as_str().unwrap();
    let again = api_post(&app, &format!("/api/runs/{second_id}/cancel")).await;
    assert_eq!(again.status().as_u16(), 409);
    let events: Vec<Value> = api_get(&app, &format!("/api/runs/{second_id}/events"))
        .await
        .json()
        .await
        .unwrap();
    let finished = events.iter().filter(|e| e["kind"] == "finished").count();
    assert_eq!(finished, 1, "{events:?}");
    assert_eq!(events.last().unwrap()["kind"], "finished");
}

#[tokio::test]
async fn downloads_never_leave_the_artifact_folder() {
    let app = spawn_runner(&[], None).await;
    let accepted: Value = process(&app, "demo00000000000000000002")
        .await
        .json()
        .await
        .unwrap();
    let run_id = accepted["run_id"].as_str().unwrap().to_string();
    wait_status(&app, &run_id, &["succeeded"], Duration::from_secs(30)).await;
    for name in [
        "..%2F..%2Fetc%2Fpasswd",
        "%2Fetc%2Fpasswd",
        "..",
        "secret.txt",
        "CV.md%00",
        "cv.md",
        "..%5CCV.md",
    ] {
        let r = api_get(&app, &format!("/api/runs/{run_id}/artifacts/{name}")).await;
        assert_eq!(r.status().as_u16(), 404, "{name}");
    }
    let r = api_get(&app, "/api/runs/nope/artifacts/CV.md").await;
    assert_eq!(r.status().as_u16(), 404);
    // A symlink planted in the folder is not followed.
    let job: Value = api_get(&app, "/api/jobs/demo00000000000000000002")
        .await
        .json()
        .await
        .unwrap();
    let dir = std::path::PathBuf::from(job["outputs"]["publish"]["dir"].as_str().unwrap());
    std::fs::remove_file(dir.join("CV.md")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", dir.join("CV.md")).unwrap();
    let r = api_get(&app, &format!("/api/runs/{run_id}/artifacts/CV.md")).await;
    assert_eq!(r.status().as_u16(), 404);
}

#[tokio::test]
async fn the_api_needs_a_token_or_a_session() {
    let app = spawn_runner(&[], None).await;
    assert_eq!(
        app.client
            .get(app.url("/api/jobs"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        401
    );
    let wrong = app
        .client
        .get(app.url("/api/jobs"))
        .header("authorization", "Bearer wrong-secret-0000000")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 401);
    let ok = api_get(&app, "/api/jobs?q=kestrel").await;
    assert_eq!(ok.status().as_u16(), 200);
    let page: Value = ok.json().await.unwrap();
    assert_eq!(page["total"], 1);
    assert_eq!(page["jobs"][0]["id"], "demo00000000000000000005");
    app.login().await;
    assert_eq!(
        app.client
            .get(app.url("/api/jobs"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200,
        "a session works too"
    );
    assert_eq!(process(&app, "no-such-job").await.status().as_u16(), 404);
    let bad = bearer(app.client.post(app.url("/api/jobs")))
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status().as_u16(), 400);
    assert!(bad.json::<Value>().await.unwrap()["error"]
        .as_str()
        .unwrap()
        .contains("not valid JSON"));
}

#[tokio::test]
async fn metrics_health_and_openapi_describe_the_runner() {
    let app = spawn_runner(&[], None).await;
    let accepted: Value = process(&app, "demo00000000000000000001")
        .await
        .json()
        .await
        .unwrap();
    wait_status(
        &app,
        accepted["run_id"].as_str().unwrap(),
        &["succeeded"],
        Duration::from_secs(30),
    )
    .await;
    let r = api_get(&app, "/metrics").await;
    assert_eq!(r.status().as_u16(), 200);
    let m = r.text().await.unwrap();
    assert!(m.contains("jobintel_runs{status=\"succeeded\"} 1"), "{m}");
    assert!(m.contains("jobintel_queue_depth 0"));
    assert!(m.contains("jobintel_active_runs 0"));
    assert!(m.contains("jobintel_layer_duration_seconds_count{layer=\"pain_points\"} 1"));
    assert!(m.contains("jobintel_runs_finished_total{status=\"succeeded\"} 1"));

    let h: Value = app.get("/health").await.json().await.unwrap();
    assert_eq!(h["checks"]["runner"]["status"], "up");
    assert_eq!(h["queue_depth"], 0);
    assert_eq!(h["checks"]["providers"]["status"], "offline");

    let doc: Value = api_get(&app, "/api/openapi.json")
        .await
        .json()
        .await
        .unwrap();
    for path in [
        "/api/jobs",
        "/api/jobs/{id}",
        "/api/jobs/{id}/process",
        "/api/runs/{id}",
        "/api/runs/{id}/events",
        "/api/runs/{id}/cancel",
        "/api/runs/{id}/artifacts/{name}",
        "/metrics",
        "/health",
    ] {
        assert!(
            doc["paths"][path].is_object(),
            "{path} missing from the OpenAPI document"
        );
    }
    let docs = api_get(&app, "/api/docs").await.text().await.unwrap();
    assert!(docs.contains("/api/openapi.json") && !docs.contains("cdn"));
    let _ = app.store.count_jobs().await.unwrap();
}

#[tokio::test]
async fn cross_origin_use_is_limited_to_cors_origins() {
    let app = spawn_runner(&[("CORS_ORIGINS", "https://dash.example")], None).await;
    let preflight = |origin: &'static str| {
        app.client
            .request(reqwest::Method::OPTIONS, app.url("/api/jobs"))
            .header("origin", origin)
            .header("access-control-request-method", "GET")
            .send()
    };
    let ok = preflight("https://dash.example").await.unwrap();
    assert_eq!(
        ok.headers()["access-control-allow-origin"],
        "https://dash.example"
    );
    let other = preflight("https://evil.example").await.unwrap();
    assert!(other.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn the_whole_pack_downloads_as_one_zip_with_its_pdfs() {
    let app = spawn_runner(&[], None).await;
    let accepted: Value = process(&app, "demo00000000000000000002")
        .await
        .json()
        .await
        .unwrap();
    let run_id = accepted["run_id"].as_str().unwrap().to_string();
    wait_status(&app, &run_id, &["succeeded"], Duration::from_secs(30)).await;
    let r = api_get(&app, &format!("/api/runs/{run_id}/pack.zip")).await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "application/zip");
    let bytes = r.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut names: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().to_string())
        .collect();
    names.sort();
    let mut expected: Vec<String> = pipeline::output::ARTIFACT_FILES
        .iter()
        .map(|s| s.to_string())
        .collect();
    expected.sort();
    assert_eq!(names, expected);
    let mut pdf = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name("CV.pdf").unwrap(), &mut pdf).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    // The single file matches the zipped one.
    let single = api_get(&app, &format!("/api/runs/{run_id}/artifacts/CV.pdf")).await;
    assert_eq!(single.headers()["content-type"], "application/pdf");
    assert_eq!(single.bytes().await.unwrap().to_vec(), pdf);
    assert_eq!(
        api_get(&app, "/api/runs/nope/pack.zip")
            .await
            .status()
            .as_u16(),
        404
    );
}
