//! Test harness: the real application on a random port with a fresh SQLite file, and an HTTP client
//! that keeps cookies and does not follow redirects (so tests see them).

#![allow(dead_code)]

use pipeline::store::Store;
use server::config::Config;
use std::collections::HashMap;
use std::sync::Arc;
use store_sqlite::SqliteStore;

pub const PASSWORD: &str = "correct-horse-battery";

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub store: Arc<SqliteStore>,
    pub runner: Arc<server::runner::Runner>,
    pub dir: tempfile::TempDir,
    pub stop: tokio_util::sync::CancellationToken,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

pub fn client() -> reqwest::Client {
    // A request that never gets its answer fails the test with its address, instead of holding
    // the whole suite (one did, once, on a loaded machine).
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(120))
        .build()
        .unwrap()
}

pub async fn spawn() -> TestApp {
    spawn_with(&[]).await
}

pub async fn spawn_with(extra: &[(&str, &str)]) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/test.db", dir.path().display());
    let apps = format!("{}/applications", dir.path().display());
    let backups = format!("{}/backups", dir.path().display());
    let mut env: HashMap<&str, &str> = HashMap::new();
    env.insert("DATABASE_URL", &url);
    env.insert("APPLICATIONS_DIR", &apps);
    env.insert("BACKUP_DIR", &backups);
    env.insert("LOGIN_PASSWORD", PASSWORD);
    for (k, v) in extra {
        env.insert(k, v);
    }
    let config = Config::from_source(&env).unwrap();
    let store = Arc::new(SqliteStore::open(&url).await.unwrap());
    let built = server::app::build_with_store(config, store.clone() as Arc<dyn Store>)
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(server::app::serve(
        listener,
        built.router,
        built.stop.clone(),
    ));
    TestApp {
        base: format!("http://{addr}"),
        client: client(),
        store,
        runner: built.runner,
        dir,
        stop: built.stop,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        (r.status().as_u16(), r.text().await.unwrap())
    }

    pub async fn post_form(&self, path: &str, body: &[(&str, &str)]) -> reqwest::Response {
        let encoded: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(body)
            .finish();
        self.client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            // As a browser posting a form without JavaScript: server functions then redirect.
            .header("accept", "text/html,application/xhtml+xml")
            .body(encoded)
            .send()
            .await
            .unwrap()
    }

    pub async fn login_with(&self, password: &str) -> reqwest::Response {
        self.post_form("/login", &[("password", password), ("next", "/jobs")])
            .await
    }

    pub async fn login(&self) {
        let r = self.login_with(PASSWORD).await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(location(&r), "/jobs");
    }

    pub async fn upload(&self, bytes: Vec<u8>) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name("jobs.json")
            .mime_str("application/json")
            .unwrap();
        let form = reqwest::multipart::Form::new().part("file", part);
        self.client
            .post(self.url("/import/upload"))
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    /// Follows one redirect and returns the page it leads to.
    pub async fn follow(&self, r: reqwest::Response) -> (u16, String) {
        assert!(
            r.status().is_redirection(),
            "expected a redirect, got {}",
            r.status()
        );
        self.get_text(&location(&r)).await
    }

    pub async fn job_count(&self) -> u64 {
        self.store.count_jobs().await.unwrap()
    }
}

pub fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

pub fn corpus() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/jobs-dev.json"
    ))
    .unwrap()
}

/// Leptos marks text nodes with comments; this strips tags so assertions read as the user reads.
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

pub const SECRET: &str = "api-secret-for-tests-0123";

pub fn bearer(rb: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
    rb.header("authorization", format!("Bearer {SECRET}"))
}

/// A fake OpenAI that answers the fit layer after `delay`.
pub async fn slow_llm(delay: std::time::Duration) -> wiremock::MockServer {
    let server = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::method("POST"))
        .respond_with(
            wiremock::ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": "{\"rationale\": \"A fair match.\"}"}}],
                    "usage": {"prompt_tokens": 100, "completion_tokens": 10}
                }))
                .set_delay(delay),
        )
        .mount(&server)
        .await;
    server
}

pub async fn spawn_runner(extra: &[(&str, &str)], llm: Option<&wiremock::MockServer>) -> TestApp {
    let base = llm.map(|s| format!("{}/v1", s.uri()));
    let mut env: Vec<(&str, &str)> = vec![("RUNNER_API_SECRET", SECRET)];
    if let Some(b) = &base {
        env.extend([
            ("LLM_LAYERS", "fit=openai:gpt-4o-mini"),
            ("OPENAI_API_KEY", "sk-test"),
            ("OPENAI_BASE_URL", b.as_str()),
            ("LLM_MAX_RETRIES", "0"),
        ]);
    }
    env.extend_from_slice(extra);
    spawn_with(&env).await
}
