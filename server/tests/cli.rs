//! The `jobintel` binary as a user runs it: import, configuration errors, JSON logs.

use std::process::Command;

fn jobintel(dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jobintel"));
    cmd.current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", format!("sqlite://{}/cli.db", dir.display()));
    cmd
}

fn corpus_path() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/jobs-dev.json"
    )
    .to_string()
}

#[test]
fn import_reports_counts_and_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let out = jobintel(dir.path())
        .args(["import", &corpus_path()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().next().unwrap(),
        "152 documents read, 141 jobs imported, 11 duplicates skipped",
        "the corpus holds 11 postings twice or more under other ids"
    );
    let again = jobintel(dir.path())
        .args(["import", &corpus_path()])
        .output()
        .unwrap();
    let stdout = String::from_utf8(again.stdout).unwrap();
    assert!(stdout.starts_with("152 documents read, 0 jobs imported, 152 duplicates skipped"));
}

#[test]
fn a_closed_stdout_ends_the_summary_quietly() {
    // `jobintel eval | head -3`: the reader is gone before the summary is written.
    let dir = tempfile::tempdir().unwrap();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = jobintel(dir.path())
        .args(["import", &corpus_path()])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn import_of_bad_input_exits_2_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, b"[{\"title\": \"x\"").unwrap();
    let out = jobintel(dir.path())
        .arg("import")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("import failed: the file is not valid JSON"),
        "{stderr}"
    );
    let missing = jobintel(dir.path())
        .args(["import", "nope.json"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn bad_configuration_stops_with_one_line_naming_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    let out = jobintel(dir.path())
        .env("MAX_CONCURRENCY", "zero")
        .arg("serve")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.trim(),
        "configuration error: MAX_CONCURRENCY must be a whole number, got \"zero\""
    );
}

#[test]
fn json_logs_are_one_object_per_line_without_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let out = jobintel(dir.path())
        .env("LOG_FORMAT", "json")
        .env("LOG_LEVEL", "debug")
        .env("OPENAI_API_KEY", "sk-never-shown-123")
        .args(["import", &corpus_path()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty(), "expected log lines");
    for line in &lines {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        for key in ["timestamp", "level", "target"] {
            assert!(v.get(key).is_some(), "{key} missing: {line}");
        }
    }
    assert!(stderr.contains(r#""message":"applied SQLite migration""#));
    assert!(!stderr.contains("sk-never-shown-123"));
}

fn fixture(name: &str) -> String {
    format!(
        "{}/../../shared/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn first_corpus_job(dir: &std::path::Path) -> std::path::PathBuf {
    let docs: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(corpus_path()).unwrap()).unwrap();
    let file = dir.join("job.json");
    std::fs::write(&file, serde_json::to_vec(&docs[0]).unwrap()).unwrap();
    file
}

#[test]
fn run_writes_the_five_files_offline() {
    let dir = tempfile::tempdir().unwrap();
    let job = first_corpus_job(dir.path());
    let out = jobintel(dir.path())
        .args(["run", "--job"])
        .arg(&job)
        .args([
            "--profile",
            &fixture("master-cv.md"),
            "--kb",
            &fixture("knowledge-base.md"),
            "--out",
            "apps",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("Head of Engineering at SIENA AI: fit "),
        "{stdout}"
    );
    assert!(stdout.contains("ready for applying"), "{stdout}");
    let folder = dir.path().join("apps/SIENA AI/Head of Engineering");
    for f in pipeline::output::ARTIFACT_FILES {
        assert!(folder.join(f).is_file(), "{f} missing");
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("layer pain_points: finished"),
        "plain progress lines off a terminal: {stderr}"
    );
}

#[test]
fn run_by_job_id_saves_outputs_on_the_stored_job() {
    let dir = tempfile::tempdir().unwrap();
    let job = first_corpus_job(dir.path());
    assert!(jobintel(dir.path())
        .arg("import")
        .arg(&job)
        .status()
        .unwrap()
        .success());
    // No profile stored yet: a clear error.
    let out = jobintel(dir.path())
        .args(["run", "--job-id", "6929643c45fa3c355f849d73"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no master CV"));

    let out = jobintel(dir.path())
        .args([
            "run",
            "--job-id",
            "6929643c45fa3c355f849d73",
            "--profile",
            &fixture("master-cv.md"),
            "--kb",
            &fixture("knowledge-base.md"),
            "--out",
            "apps",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        use pipeline::store::Store;
        let store =
            store_sqlite::SqliteStore::open(&format!("sqlite://{}/cli.db", dir.path().display()))
                .await
                .unwrap();
        let job = store
            .get_job("6929643c45fa3c355f849d73")
            .await
            .unwrap()
            .unwrap();
        assert!(job.fit_score.is_some());
        assert_eq!(job.doc.status, pipeline::job::JobStatus::ReadyForApplying);
        for layer in pipeline::layers::Layer::ALL {
            assert!(job.outputs.contains_key(layer.key()), "{layer} not saved");
        }
    });
    let missing = jobintel(dir.path())
        .args(["run", "--job-id", "nope"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[tokio::test]
async fn run_goes_through_a_fake_openai_server_and_records_costs() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "{\"rationale\": \"Good overlap on the must-haves.\"}"}}],
            "usage": {"prompt_tokens": 1000, "completion_tokens": 100}
        })))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let job = first_corpus_job(dir.path());
    let mut cmd = jobintel(dir.path());
    cmd.env("LLM_PROVIDER", "openai")
        .env("LLM_MODEL", "gpt-4o-mini")
        .env("OPENAI_API_KEY", "sk-test")
        .env("OPENAI_BASE_URL", format!("{}/v1", server.uri()))
        .args(["run", "--job"])
        .arg(&job)
        .args([
            "--profile",
            &fixture("master-cv.md"),
            "--kb",
            &fixture("knowledge-base.md"),
            "--out",
            "apps",
        ]);
    let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dossier = std::fs::read_to_string(
        dir.path()
            .join("apps/SIENA AI/Head of Engineering/dossier.txt"),
    )
    .unwrap();
    assert!(dossier.contains("fit: llm:openai/gpt-4o-mini"), "{dossier}");
    assert!(
        dossier.contains("pain_points: offline (fallback:"),
        "a layer whose reply was unusable says why"
    );
    use pipeline::store::Store;
    let store =
        store_sqlite::SqliteStore::open(&format!("sqlite://{}/cli.db", dir.path().display()))
            .await
            .unwrap();
    let cost = store
        .total_cost(time::OffsetDateTime::UNIX_EPOCH, None)
        .await
        .unwrap();
    let calls = server.received_requests().await.unwrap().len() as f64;
    assert!(calls >= 6.0);
    assert!(
        (cost - calls * (1000.0 * 0.15 + 100.0 * 0.60) / 1e6).abs() < 1e-12,
        "cost {cost} for {calls} calls"
    );
}

#[test]
fn backup_and_restore_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let job = first_corpus_job(dir.path());
    assert!(jobintel(dir.path())
        .arg("import")
        .arg(&job)
        .status()
        .unwrap()
        .success());
    let out = jobintel(dir.path())
        .args(["backup", "--dir", "bk"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let file = stdout
        .trim()
        .strip_prefix("backup written to ")
        .unwrap()
        .to_string();
    assert!(dir.path().join(&file).is_file() || std::path::Path::new(&file).is_file());

    // More jobs, then restore: back to the one job of the backup.
    let out = jobintel(dir.path())
        .arg("import")
        .arg(corpus_path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("140 jobs imported"));
    let out = jobintel(dir.path())
        .args(["restore", &file])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = jobintel(dir.path())
        .arg("import")
        .arg(&job)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("0 jobs imported, 1 duplicates skipped")
    );

    let bad = jobintel(dir.path())
        .args(["restore", "nope.db"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// A job file whose description names the company's site, for the web-research runs.
fn job_with_site(dir: &std::path::Path, site: &str) -> std::path::PathBuf {
    let doc = serde_json::json!({
        "_id": "webresearch0000000000001",
        "title": "Staff Backend Engineer",
        "company": "Quayside",
        "job_description": format!("About us: Quayside builds port logistics software. Learn more at {site} .\nRequirements\n- 8+ years with Go and Kafka\n- Kubernetes in production"),
    });
    let file = dir.join("web-job.json");
    std::fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();
    file
}

/// Runs `cmd` off the async runtime (the fake servers live on it), checks it succeeded and
/// returns the web-research job's dossier.
async fn run_for_dossier(mut cmd: Command, dir: &std::path::Path) -> String {
    let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(dir.join("apps/Quayside/Staff Backend Engineer/dossier.txt")).unwrap()
}

fn run_args(cmd: &mut Command, job: &std::path::Path) {
    cmd.args(["run", "--job"]).arg(job).args([
        "--profile",
        &fixture("master-cv.md"),
        "--kb",
        &fixture("knowledge-base.md"),
        "--out",
        "apps",
    ]);
}

/// `jobintel run` uses web research when it is configured: the company page read through a fake
/// Firecrawl is quoted in the dossier with its source.
#[tokio::test]
async fn a_real_run_quotes_the_company_site_through_firecrawl() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/scrape"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "success": true,
            "data": {"markdown": "# About\n\nQuayside serves 40 ports across Europe."}
        })))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let job = job_with_site(dir.path(), "https://quayside.example/about");
    let mut cmd = jobintel(dir.path());
    cmd.env("FIRECRAWL_API_KEY", "fc-test")
        .env("FIRECRAWL_BASE_URL", server.uri());
    run_args(&mut cmd, &job);
    let dossier = run_for_dossier(cmd, dir.path()).await;
    assert!(dossier.contains("serves 40 ports"), "{dossier}");
    assert!(dossier.contains("+web:firecrawl"), "{dossier}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

/// With `WEB_RESEARCH=fetch` the binary fetches pages itself and refuses internal addresses: a
/// page on 127.0.0.1 gets no request and the dossier says why the brief stayed offline.
#[tokio::test]
async fn a_real_run_refuses_to_fetch_internal_addresses() {
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<p>Quayside internal admin</p>"))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let job = job_with_site(dir.path(), &format!("{}/about", server.uri()));
    let mut cmd = jobintel(dir.path());
    cmd.env("WEB_RESEARCH", "fetch");
    run_args(&mut cmd, &job);
    let dossier = run_for_dossier(cmd, dir.path()).await;
    assert!(
        dossier.contains("web research: not fetched: refused: 127.0.0.1 is not a public address"),
        "{dossier}"
    );
    assert!(!dossier.contains("internal admin"));
    assert!(server.received_requests().await.unwrap().is_empty());
}

type Dump = (
    Vec<pipeline::store::JobArchive>,
    Vec<pipeline::store::RunArchive>,
    Vec<pipeline::store::CostRecord>,
    Option<types::CandidateProfile>,
);

/// Everything a store holds, read through the trait.
async fn dump(s: &dyn pipeline::store::Store) -> Dump {
    (
        s.export_jobs(None, 1000).await.unwrap(),
        s.export_runs(None, 1000).await.unwrap(),
        s.export_costs(0, 1000).await.unwrap(),
        s.get_profile().await.unwrap(),
    )
}

#[tokio::test]
async fn migrate_copies_a_store_exactly_and_a_second_copy_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = jobintel(dir.path())
        .args(["import", &corpus_path()])
        .output()
        .unwrap();
    assert!(out.status.success());
    // A job processed in the source: outputs, fit score, a run with its events.
    let out = jobintel(dir.path())
        .args([
            "run",
            "--job-id",
            "6929643c45fa3c355f849d73",
            "--profile",
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../shared/fixtures/master-cv.md"
            ),
            "--kb",
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../shared/fixtures/knowledge-base.md"
            ),
            "--out",
            &dir.path().join("apps").display().to_string(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let from = format!("sqlite://{}/cli.db", dir.path().display());
    let to = format!("sqlite://{}/copy.db", dir.path().display());
    let migrate = || {
        jobintel(dir.path())
            .args(["migrate", "--from", &from, "--to", &to, "--restart"])
            .output()
            .unwrap()
    };
    let out = migrate();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("copied 141 jobs"), "{stdout}");

    let a = store_sqlite::SqliteStore::open(&from).await.unwrap();
    let b = store_sqlite::SqliteStore::open(&to).await.unwrap();
    let source = dump(&a).await;
    assert!(source.0.iter().any(|j| !j.job.outputs.is_empty()));
    assert_eq!(dump(&b).await, source);

    let out = migrate();
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 new cost records"));
    assert_eq!(dump(&b).await, source);

    // Copying a store onto itself is refused.
    let out = jobintel(dir.path())
        .args(["migrate", "--from", &from, "--to", &from])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
