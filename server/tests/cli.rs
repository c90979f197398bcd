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
        "152 documents read, 152 jobs imported, 0 duplicates skipped"
    );
    let again = jobintel(dir.path())
        .args(["import", &corpus_path()])
        .output()
        .unwrap();
    let stdout = String::from_utf8(again.stdout).unwrap();
    assert!(stdout.starts_with("152 documents read, 0 jobs imported, 152 duplicates skipped"));
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
