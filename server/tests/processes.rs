//! Real `jobintel` processes sharing one store: a job never runs twice, and a run whose process was
//! killed with SIGKILL resumes from its last finished layer in the next process.

use serde_json::Value;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "process-test-secret-0123";

struct Proc {
    child: Child,
    base: String,
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start(dir: &std::path::Path, llm: &MockServer, slow_layer: &str) -> Proc {
    start_with(dir, llm, slow_layer, &[], Stdio::null()).await
}

/// As [`start`], with more (or overriding) settings and the server's log sent to `stderr`.
async fn start_with(
    dir: &std::path::Path,
    llm: &MockServer,
    slow_layer: &str,
    extra: &[(&str, &str)],
    stderr: Stdio,
) -> Proc {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_jobintel"))
        .arg("serve")
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/shared.db", dir.display()),
        )
        .env("APPLICATIONS_DIR", dir.join("applications"))
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LOGIN_PASSWORD", "process-test-password")
        .env("RUNNER_API_SECRET", SECRET)
        .env("RUN_LEASE_SECONDS", "2")
        .env("MAX_CONCURRENCY", "2")
        .env("LLM_LAYERS", format!("{slow_layer}=openai:gpt-4o-mini"))
        .env("OPENAI_API_KEY", "sk-test")
        .env("OPENAI_BASE_URL", format!("{}/v1", llm.uri()))
        .env("LLM_MAX_RETRIES", "0")
        .env("LOG_LEVEL", "warn")
        .envs(extra.iter().copied())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .unwrap();
    let p = Proc {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let client = reqwest::Client::new();
    let started = Instant::now();
    while !client
        .get(format!("{}/health", p.base))
        .send()
        .await
        .map(|r| r.status().is_success())
        .unwrap_or(false)
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "server did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    p
}

async fn api(
    p: &Proc,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut rb = reqwest::Client::new()
        .request(method, format!("{}{path}", p.base))
        .bearer_auth(SECRET);
    if let Some(b) = body {
        rb = rb.json(&b);
    }
    rb.send().await.unwrap()
}

async fn slow_llm(delay: Duration) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"choices": [{"message": {"content": "{\"rationale\": \"ok\"}"}}], "usage": {"prompt_tokens": 1, "completion_tokens": 1}}))
                .set_delay(delay),
        )
        .mount(&server)
        .await;
    server
}

async fn events(p: &Proc, run: &str) -> Vec<Value> {
    api(
        p,
        reqwest::Method::GET,
        &format!("/api/runs/{run}/events"),
        None,
    )
    .await
    .json()
    .await
    .unwrap()
}

async fn wait_finished(p: &Proc, run: &str, within: Duration) -> Value {
    let start = Instant::now();
    loop {
        let r: Value = api(p, reqwest::Method::GET, &format!("/api/runs/{run}"), None)
            .await
            .json()
            .await
            .unwrap();
        if !matches!(r["status"].as_str(), Some("queued" | "running")) {
            return r;
        }
        assert!(
            start.elapsed() < within,
            "run {run} still {} after {within:?}",
            r["status"]
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_share_the_queue_and_never_run_a_job_twice() {
    let llm = slow_llm(Duration::from_millis(300)).await;
    let dir = tempfile::tempdir().unwrap();
    let a = start(dir.path(), &llm, "fit").await;
    let b = start(dir.path(), &llm, "fit").await;
    let docs: Vec<Value> = (0..10)
        .map(|i| serde_json::json!({"_id": format!("pj{i}"), "title": format!("SRE {i}"), "company": format!("Shared {i}"),
            "job_description": "Responsibilities* Run Kubernetes on AWS* Lead incident response Requirements* Go and Terraform"}))
        .collect();
    assert_eq!(
        api(
            &a,
            reqwest::Method::POST,
            "/api/jobs",
            Some(Value::Array(docs))
        )
        .await
        .status()
        .as_u16(),
        201
    );
    let mut runs = Vec::new();
    for i in 0..10 {
        // Half through each process: both enqueue into the one store.
        let p = if i % 2 == 0 { &a } else { &b };
        let r: Value = api(
            p,
            reqwest::Method::POST,
            &format!("/api/jobs/pj{i}/process"),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
        runs.push(r["run_id"].as_str().unwrap().to_string());
    }
    let mut owners = std::collections::BTreeSet::new();
    for run in &runs {
        let r = wait_finished(&a, run, Duration::from_secs(60)).await;
        assert_eq!(r["status"], "succeeded", "{r}");
        // The `finished` event follows the status change by a moment.
        let mut evs = events(&b, run).await;
        for _ in 0..50 {
            if evs.iter().any(|e| e["kind"] == "finished") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
            evs = events(&b, run).await;
        }
        let starts: Vec<&Value> = evs.iter().filter(|e| e["kind"] == "started").collect();
        assert_eq!(
            starts.len(),
            1,
            "run {run} was started {} times",
            starts.len()
        );
        owners.insert(starts[0]["data"]["owner"].as_str().unwrap().to_string());
        assert_eq!(evs.iter().filter(|e| e["kind"] == "finished").count(), 1);
    }
    assert_eq!(
        owners.len(),
        2,
        "both processes took work from the shared queue"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_process_run_resumes_from_its_last_finished_layer() {
    // The STAR layer waits 3 s on the model, so the run is mid-way when the process dies.
    let llm = slow_llm(Duration::from_secs(3)).await;
    let dir = tempfile::tempdir().unwrap();
    let mut first = start(dir.path(), &llm, "stars").await;
    let accepted: Value = api(
        &first,
        reqwest::Method::POST,
        "/api/jobs/demo00000000000000000001/process",
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let run = accepted["run_id"].as_str().unwrap().to_string();
    let start_wait = Instant::now();
    loop {
        let evs = events(&first, &run).await;
        if evs
            .iter()
            .any(|e| e["kind"] == "layer_finished" && e["layer"] == "pain_points")
        {
            break;
        }
        assert!(
            start_wait.elapsed() < Duration::from_secs(15),
            "no progress"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    first.child.kill().unwrap(); // SIGKILL: no shutdown, no cleanup
    first.child.wait().unwrap();

    let second = start(dir.path(), &llm, "stars").await;
    let r = wait_finished(&second, &run, Duration::from_secs(30)).await;
    assert_eq!(r["status"], "succeeded", "{r}");
    let evs = events(&second, &run).await;
    let starts: Vec<&Value> = evs.iter().filter(|e| e["kind"] == "started").collect();
    assert_eq!(starts.len(), 2);
    assert_eq!(starts[1]["data"]["resumed"], true);
    let after_resume: Vec<&Value> = evs
        .iter()
        .skip_while(|e| e["seq"] != starts[1]["seq"])
        .collect();
    let reused = |layer: &str| {
        after_resume.iter().any(|e| {
            e["kind"] == "layer_finished" && e["layer"] == layer && e["data"]["resumed"] == true
        })
    };
    assert!(
        reused("jd") && reused("pain_points"),
        "finished layers were not recomputed"
    );
    assert!(!reused("cv"), "unfinished layers ran again");
    let seqs: Vec<u64> = evs.iter().map(|e| e["seq"].as_u64().unwrap()).collect();
    assert_eq!(seqs, (1..=seqs.len() as u64).collect::<Vec<_>>());
    drop(second);
}

/// A subscriber on one instance follows, live and to its end, a run executing on another: the
/// events come through the shared store, in order, none missing or doubled.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscriber_on_one_instance_follows_a_run_on_another() {
    let llm = slow_llm(Duration::from_millis(1500)).await;
    let dir = tempfile::tempdir().unwrap();
    let b = start(dir.path(), &llm, "fit").await;
    let doc = serde_json::json!({"_id": "xj1", "title": "Platform Engineer", "company": "Shared",
        "job_description": "Responsibilities* Run Kubernetes on AWS* Lead incident response Requirements* Go and Terraform"});
    assert_eq!(
        api(&b, reqwest::Method::POST, "/api/jobs", Some(doc))
            .await
            .status()
            .as_u16(),
        201
    );
    let r: Value = api(&b, reqwest::Method::POST, "/api/jobs/xj1/process", None)
        .await
        .json()
        .await
        .unwrap();
    let run = r["run_id"].as_str().unwrap().to_string();
    // Running on B before A exists, so A's runner cannot be the one executing it.
    let started = Instant::now();
    while !events(&b, &run)
        .await
        .iter()
        .any(|e| e["kind"] == "started")
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "run never started"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let a = start(dir.path(), &llm, "fit").await;
    let stream = reqwest::Client::new()
        .get(format!("{}/api/runs/{run}/events", a.base))
        .bearer_auth(SECRET)
        .header("accept", "text/event-stream")
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status().as_u16(), 200);
    let body = tokio::time::timeout(Duration::from_secs(60), stream.text())
        .await
        .expect("the stream ends with the run")
        .unwrap();
    let seqs: Vec<u64> = body
        .lines()
        .filter_map(|l| l.strip_prefix("id: ").or_else(|| l.strip_prefix("id:")))
        .map(|s| s.trim().parse().unwrap())
        .collect();
    let kinds: Vec<&str> = body
        .lines()
        .filter_map(|l| {
            l.strip_prefix("event: ")
                .or_else(|| l.strip_prefix("event:"))
        })
        .map(str::trim)
        .collect();
    assert_eq!(seqs, (1..=seqs.len() as u64).collect::<Vec<_>>(), "{body}");
    assert_eq!(kinds.last(), Some(&"finished"), "{body}");
    assert!(kinds.contains(&"layer_finished"));
    // What A streamed is what B stored.
    assert_eq!(events(&b, &run).await.len(), seqs.len());
    let finished = wait_finished(&a, &run, Duration::from_secs(5)).await;
    assert_eq!(finished["status"], "succeeded");
}

/// With `LOG_FORMAT=json`, every line logged inside a run names the run and the job, every line
/// inside a layer names the layer, and a provider key set in the environment appears nowhere.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_name_run_job_and_layer_and_never_a_key() {
    const KEY: &str = "sk-live-very-secret-key-0123456789";
    let llm = slow_llm(Duration::from_millis(10)).await;
    let dir = tempfile::tempdir().unwrap();
    let log = std::fs::File::create(dir.path().join("server.log")).unwrap();
    let p = start_with(
        dir.path(),
        &llm,
        "fit",
        &[
            ("OPENAI_API_KEY", KEY),
            ("LOG_FORMAT", "json"),
            ("LOG_LEVEL", "debug"),
        ],
        Stdio::from(log),
    )
    .await;
    let r: Value = api(
        &p,
        reqwest::Method::POST,
        "/api/jobs/demo00000000000000000001/process",
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let run = r["run_id"].as_str().unwrap().to_string();
    let done = wait_finished(&p, &run, Duration::from_secs(60)).await;
    assert_eq!(done["status"], "succeeded");
    drop(p);
    let text = std::fs::read_to_string(dir.path().join("server.log")).unwrap();
    assert!(!text.contains(KEY), "the provider key was logged");
    let mut in_run = 0;
    let mut in_layer = 0;
    for line in text.lines() {
        let v: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        let spans = v["spans"].as_array().cloned().unwrap_or_default();
        let run_span = spans.iter().find(|s| s["name"] == "run");
        let layer_span = spans.iter().find(|s| s["name"] == "layer");
        if let Some(s) = run_span {
            in_run += 1;
            assert_eq!(s["run_id"], run.as_str(), "{line}");
            assert_eq!(s["job_id"], "demo00000000000000000001", "{line}");
        }
        if let Some(s) = layer_span {
            in_layer += 1;
            assert!(run_span.is_some(), "a layer line outside its run: {line}");
            assert!(s["layer"].as_str().is_some_and(|l| !l.is_empty()), "{line}");
        }
    }
    assert!(
        in_run >= 8 && in_layer >= 8,
        "{in_run} run lines, {in_layer} layer lines"
    );
}
