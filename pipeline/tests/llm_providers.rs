//! Every provider against a local fake server speaking its real wire format: usage and costs,
//! 429 with Retry-After, 5xx, timeouts, permanent errors, truncated JSON, JSON in prose or fences,
//! budgets, and the quality gate catching what a model invents.

mod common;

use common::*;
use pipeline::layers::JobInput;
use pipeline::llm::{LlmEngine, LlmSettings};
use pipeline::run::{run, RunOptions, Silent};
use pipeline::store::Store;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use store_sqlite::SqliteStore;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

fn settings(pairs: &[(&str, String)]) -> LlmSettings {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let mut s = LlmSettings::from_source(&map).unwrap();
    s.min_backoff = Duration::from_millis(5);
    s
}

fn openai_settings(server: &MockServer, extra: &[(&str, String)]) -> LlmSettings {
    let mut pairs = vec![
        ("LLM_PROVIDER", "openai".to_string()),
        ("LLM_MODEL", "gpt-4o-mini".to_string()),
        ("OPENAI_API_KEY", "sk-test-key".to_string()),
        ("OPENAI_BASE_URL", format!("{}/v1", server.uri())),
    ];
    pairs.extend(extra.iter().cloned());
    settings(&pairs)
}

async fn store() -> (tempfile::TempDir, Arc<dyn Store>) {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStore::open(&format!("sqlite://{}/llm.db", dir.path().display()))
        .await
        .unwrap();
    (dir, Arc::new(s))
}

fn openai_reply(content: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500}
    }))
}

fn user_prompt(req: &Request) -> String {
    let body: Value = serde_json::from_slice(&req.body).unwrap();
    let messages = body["messages"].as_array().unwrap();
    messages.last().unwrap()["content"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Answers each layer's prompt the way a well-behaved model would, quoting the posting it was sent.
struct LayerAwareModel {
    cover_letter: String,
}

impl Respond for LayerAwareModel {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let user = user_prompt(req);
        let content = if user.contains("pain points (problems to solve") {
            let posting = user.split("POSTING:\n").nth(1).unwrap_or("");
            let quotes: Vec<Value> = posting
                .lines()
                .map(|l| l.trim_start_matches("- "))
                .filter(|l| l.len() > 30)
                .take(6)
                .map(|l| json!({"quote": l}))
                .collect();
            json!({"pain_points": quotes, "strategic_needs": [], "success_metrics": []}).to_string()
        } else if user.contains("Score how well each achievement") {
            // Score every pair the prompt lists as relevant.
            let ids: Vec<String> = user
                .split("\"star_id\":\"")
                .skip(1)
                .map(|s| s.split('"').next().unwrap().to_string())
                .collect();
            let scores: Vec<Value> = ids
                .iter()
                .map(|id| json!({"pain_point": "pp-1", "star_id": id, "score": 6}))
                .collect();
            format!("```json\n{}\n```", json!({"scores": scores}))
        } else if user.contains("best describe the company") {
            let posting = user.split("POSTING:\n").nth(1).unwrap_or("");
            let first = posting
                .lines()
                .find(|l| l.len() > 30)
                .unwrap_or("")
                .to_string();
            format!("Here you go: {}", json!({"summary": [first]}))
        } else if user.contains("rationale for a fit score") {
            json!({"rationale": "Strong overlap on the must-haves; some gaps remain."}).to_string()
        } else if user.contains("Draft outreach") {
            let n: usize = user
                .split("For each of the ")
                .nth(1)
                .and_then(|r| r.split(' ').next())
                .and_then(|n| n.parse().ok())
                .unwrap();
            let contacts: Vec<Value> = (0..n)
                .map(|_| json!({"role": "x", "linkedin_note": "Hi, I applied and would value a chat.", "email_subject": "Application", "email_body": "Dear team, I applied."}))
                .collect();
            json!({"contacts": contacts}).to_string()
        } else if user.contains("Review this tailored CV") {
            // Three rewrites of the CV's first bullet: one grounded, one with an invented number,
            // one of a line the CV does not have.
            let cv = user.split("\nCV:\n").nth(1).unwrap_or("");
            let bullet = cv
                .lines()
                .find(|l| l.starts_with("- ") && l.len() > 40)
                .unwrap()
                .trim_start_matches("- ")
                .to_string();
            json!({"suggestions": [
                {"original": bullet, "rewrite": format!("{bullet} (end to end)"), "why": "names the scope"},
                {"original": bullet, "rewrite": format!("{bullet}, saving 93% of costs"), "why": "adds a result"},
                {"original": "Invented a time machine at Globex", "rewrite": "Built a time machine", "why": "?"}
            ]})
            .to_string()
        } else if user.contains("Write a cover letter") {
            json!({"cover_letter": self.cover_letter}).to_string()
        } else {
            "{}".to_string()
        };
        openai_reply(&content)
    }
}

/// A posting the fixture candidate is advised to apply to: a model writes only a letter of
/// application (a pack advised against asks first, or drafts none).
fn job() -> JobInput {
    let jobs = corpus_jobs();
    let within_reach = jobs
        .iter()
        .find(|j| {
            j.title
                .starts_with("Staff Software Engineer: Physical AI Solutions")
        })
        .expect("the Archetype AI posting is in the corpus");
    JobInput::from(within_reach)
}

const GROUNDED_LETTER: &str = "Dear hiring team,\n\nI led a team of 6 engineers that rebuilt shipment tracking on Kafka and Kubernetes.\n\nKind regards,\nAlex Morgan";

#[tokio::test]
async fn a_model_does_not_turn_a_pack_advised_against_into_an_application() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(LayerAwareModel {
            cover_letter: GROUNDED_LETTER.into(),
        })
        .mount(&server)
        .await;
    let engine = LlmEngine::new(openai_settings(&server, &[]), None, None, 0.0);
    let opts = RunOptions {
        llm: Some(engine),
        ..RunOptions::default()
    };
    // The first corpus posting, a Head of Engineering for teams of 30 in London.
    let far = JobInput::from(&corpus_jobs()[0]);
    let out = run(&far, &fixture_candidate(), &opts, &Silent)
        .await
        .unwrap();
    assert_eq!(out.fit.advice, pipeline::layers::fit::Advice::Skip);
    assert_ne!(
        out.generated.letter,
        pipeline::layers::generate::LetterKind::Application
    );
    assert!(
        !out.generated
            .cover_letter
            .contains("I led a team of 6 engineers that rebuilt"),
        "{}",
        out.generated.cover_letter
    );
}

#[tokio::test]
async fn the_whole_pipeline_runs_through_a_fake_openai_server_and_records_costs() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .and(header("authorization", "Bearer sk-test-key"))
        .respond_with(LayerAwareModel {
            cover_letter: GROUNDED_LETTER.into(),
        })
        .mount(&server)
        .await;
    let (_dir, store) = store().await;
    let engine = LlmEngine::new(
        openai_settings(&server, &[]),
        Some(store.clone()),
        Some("run-1".into()),
        0.0,
    );
    let out_dir = tempfile::tempdir().unwrap();
    let opts = RunOptions {
        out_dir: Some(out_dir.path().into()),
        llm: Some(engine.clone()),
        ..RunOptions::default()
    };
    let out = run(&job(), &fixture_candidate(), &opts, &Silent)
        .await
        .unwrap();

    for (layer, engine_name) in out.engines() {
        if layer.may_use_llm() {
            assert_eq!(
                engine_name, "llm:openai/gpt-4o-mini",
                "{layer} did not use the LLM"
            );
        }
    }
    assert!(out.pain.pain_points.len() >= 5);
    for p in &out.pain.pain_points {
        assert_eq!(
            &out.jd.clean_text[p.span.start..p.span.end],
            p.text,
            "LLM pain points stay quotes"
        );
    }
    assert!(out.gate.passed, "{:?}", out.gate.violations);
    assert!(out.generated.cover_letter.starts_with("Dear hiring team"));

    // The reviewer's grounded rewrite is kept; the invented number and the unknown line are not.
    let kept = &out.generated.suggestions;
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].rewrite.ends_with("(end to end)"));
    assert!(out.generated.cv_markdown.contains(&kept[0].original));

    let calls = server.received_requests().await.unwrap().len();
    assert_eq!(
        calls, 7,
        "one call per LLM layer, and the CV layer's review"
    );
    // 1200 input + 300 output tokens at $0.15/$0.60 per million, seven times.
    let expected = 7.0 * (1200.0 * 0.15 + 300.0 * 0.60) / 1e6;
    let recorded = store
        .total_cost(time::OffsetDateTime::UNIX_EPOCH, Some("run-1"))
        .await
        .unwrap();
    assert!(
        (recorded - expected).abs() < 1e-12,
        "recorded {recorded}, expected {expected}"
    );
    assert!((engine.budget().spent() - expected).abs() < 1e-12);
}

#[tokio::test]
async fn seeded_hallucinations_are_caught_by_the_gate() {
    let seeded = [
        (
            "employer",
            "Dear team,\n\nAt Google I led search infrastructure.\n\nAlex Morgan",
        ),
        (
            "degree",
            "Dear team,\n\nMy PhD in physics taught me rigour.\n\nAlex Morgan",
        ),
        (
            "number",
            "Dear team,\n\nI cut costs by 73% in one quarter.\n\nAlex Morgan",
        ),
        (
            "skill",
            "Dear team,\n\nI have written COBOL... and Haskell for banks.\n\nAlex Morgan",
        ),
    ];
    for (kind, letter) in seeded {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v1/chat/completions"))
            .respond_with(LayerAwareModel {
                cover_letter: letter.into(),
            })
            .mount(&server)
            .await;
        let engine = LlmEngine::new(openai_settings(&server, &[]), None, None, 0.0);
        let out_dir = tempfile::tempdir().unwrap();
        let opts = RunOptions {
            out_dir: Some(out_dir.path().into()),
            llm: Some(engine),
            ..RunOptions::default()
        };
        let out = run(&job(), &fixture_candidate(), &opts, &Silent)
            .await
            .unwrap();
        assert!(!out.gate.passed, "{kind} was not caught");
        assert!(
            out.gate
                .violations
                .iter()
                .any(|v| v.kind == kind && v.document == "cover_letter"),
            "{kind}: {:?}",
            out.gate.violations
        );
        assert_eq!(
            out.published.unwrap().status,
            pipeline::job::JobStatus::NeedsReview
        );
    }
}

/// Runs the pain-point layer alone against `server`.
async fn pain_points_via(
    server: &MockServer,
    extra: &[(&str, String)],
) -> pipeline::layers::pain_points::PainPoints {
    let jd = pipeline::layers::jd::analyse(&job());
    let offline = pipeline::layers::pain_points::mine(&jd);
    let engine = LlmEngine::new(openai_settings(server, extra), None, None, 0.0);
    engine
        .refine(
            &pipeline::layers::pain_points::PainPointsAsk { jd: &jd },
            offline,
        )
        .await
}

fn quotes_reply(req: &Request) -> String {
    let user = user_prompt(req);
    let posting = user.split("POSTING:\n").nth(1).unwrap_or("").to_string();
    let quotes: Vec<Value> = posting
        .lines()
        .filter(|l| l.len() > 30)
        .take(5)
        .map(|l| json!({"quote": l.trim_start_matches("- ")}))
        .collect();
    json!({"pain_points": quotes}).to_string()
}

/// One scripted reply; the last one repeats.
type Step = Box<dyn Fn(&Request) -> ResponseTemplate + Send>;

struct Script(std::sync::Mutex<Vec<Step>>);

impl Respond for Script {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut steps = self.0.lock().unwrap();
        let step = if steps.len() > 1 {
            steps.remove(0)
        } else {
            steps.pop().unwrap()
        };
        let resp = step(req);
        if steps.is_empty() {
            steps.push(step);
        }
        resp
    }
}

fn script(steps: Vec<Step>) -> Script {
    Script(std::sync::Mutex::new(steps))
}

#[tokio::test]
async fn a_429_with_retry_after_is_retried_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(script(vec![
            Box::new(|_| {
                ResponseTemplate::new(429)
                    .insert_header("retry-after", "0")
                    .set_body_string("{\"error\":\"rate\"}")
            }),
            Box::new(|r| openai_reply(&quotes_reply(r))),
        ]))
        .mount(&server)
        .await;
    let out = pain_points_via(&server, &[]).await;
    assert_eq!(
        out.engine.engine, "llm:openai/gpt-4o-mini",
        "{:?}",
        out.engine
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn persistent_5xx_falls_back_to_offline_after_the_retries() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500).set_body_string("boom"))
        .mount(&server)
        .await;
    let out = pain_points_via(&server, &[("LLM_MAX_RETRIES", "2".into())]).await;
    assert_eq!(out.engine.engine, "offline");
    assert!(out
        .engine
        .fallback_reason
        .as_deref()
        .unwrap()
        .contains("HTTP 500"));
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        3,
        "1 try + 2 retries"
    );
    assert!(
        out.pain_points.len() >= 5,
        "the offline engine still answers"
    );
}

#[tokio::test]
async fn permanent_errors_fail_fast() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_string("{\"error\":\"bad key\"}"))
        .mount(&server)
        .await;
    let out = pain_points_via(&server, &[]).await;
    assert!(out
        .engine
        .fallback_reason
        .as_deref()
        .unwrap()
        .contains("HTTP 401"));
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        1,
        "no retry on 401"
    );
}

#[tokio::test]
async fn timeouts_are_retried_then_fall_back() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(openai_reply("{}").set_delay(Duration::from_millis(2500)))
        .mount(&server)
        .await;
    let out = pain_points_via(
        &server,
        &[
            ("LLM_TIMEOUT_SECONDS", "1".into()),
            ("LLM_MAX_RETRIES", "1".into()),
        ],
    )
    .await;
    assert_eq!(out.engine.engine, "offline");
    assert!(
        out.engine
            .fallback_reason
            .as_deref()
            .unwrap()
            .contains("transient"),
        "{:?}",
        out.engine
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn truncated_json_gets_one_repair_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(script(vec![
            Box::new(|_| openai_reply("{\"pain_points\": [{\"quote\": \"unfinished")),
            Box::new(|r| openai_reply(&quotes_reply(r))),
        ]))
        .mount(&server)
        .await;
    let out = pain_points_via(&server, &[]).await;
    assert_eq!(out.engine.engine, "llm:openai/gpt-4o-mini");
    let reqs = server.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 2);
    assert!(
        user_prompt(&reqs[1]).contains("could not be used"),
        "the repair says what was wrong"
    );
}

#[tokio::test]
async fn json_in_prose_and_fences_is_accepted_but_garbage_falls_back() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(script(vec![Box::new(|r| {
            openai_reply(&format!(
                "Sure!\n```json\n{}\n```\nAnything else?",
                quotes_reply(r)
            ))
        })]))
        .mount(&server)
        .await;
    assert_eq!(
        pain_points_via(&server, &[]).await.engine.engine,
        "llm:openai/gpt-4o-mini"
    );

    let garbage = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(openai_reply("I cannot help with that."))
        .mount(&garbage)
        .await;
    let out = pain_points_via(&garbage, &[]).await;
    assert_eq!(out.engine.engine, "offline");
    assert!(out.engine.fallback_reason.unwrap().contains("JSON"));

    // Well-formed JSON whose quotes are not in the posting is refused too: nothing invented gets in.
    let inventive = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(openai_reply(
            &json!({"pain_points": [{"quote": "Must speak fluent Klingon and own a spaceship"}]})
                .to_string(),
        ))
        .mount(&inventive)
        .await;
    let out = pain_points_via(&inventive, &[]).await;
    assert_eq!(out.engine.engine, "offline");
    assert!(out.engine.fallback_reason.unwrap().contains("verbatim"));

    let not_openai = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<html>proxy error</html>"))
        .mount(&not_openai)
        .await;
    assert!(pain_points_via(&not_openai, &[])
        .await
        .engine
        .fallback_reason
        .unwrap()
        .contains("unexpected provider response"));
}

#[tokio::test]
async fn a_spent_budget_makes_no_call() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(openai_reply("{}"))
        .mount(&server)
        .await;
    let out = pain_points_via(&server, &[("BUDGET_RUN_USD", "0.0000001".into())]).await;
    assert_eq!(out.engine.engine, "offline");
    assert!(out
        .engine
        .fallback_reason
        .unwrap()
        .contains("per-run cost cap"));
    assert_eq!(server.received_requests().await.unwrap().len(), 0);
}

#[tokio::test]
async fn anthropic_messages_wire_format() {
    let server = MockServer::start().await;
    struct AnthropicModel;
    impl Respond for AnthropicModel {
        fn respond(&self, req: &Request) -> ResponseTemplate {
            let body: Value = serde_json::from_slice(&req.body).unwrap();
            assert!(body["system"].is_string(), "system prompt goes top-level");
            assert!(body["max_tokens"].as_u64().unwrap() > 0);
            let user = body["messages"][0]["content"].as_str().unwrap().to_string();
            let posting = user.split("POSTING:\n").nth(1).unwrap_or("").to_string();
            let quotes: Vec<Value> = posting
                .lines()
                .filter(|l| l.len() > 30)
                .take(5)
                .map(|l| json!({"quote": l.trim_start_matches("- ")}))
                .collect();
            ResponseTemplate::new(200).set_body_json(json!({
                "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-3-5-haiku-latest",
                "content": [{"type": "text", "text": json!({"pain_points": quotes}).to_string()}],
                "stop_reason": "end_turn",
                "usage": {"input_tokens": 1000, "output_tokens": 200}
            }))
        }
    }
    Mock::given(method("POST"))
        .and(path("/v1/messages"))
        .and(header("x-api-key", "sk-ant-test"))
        .and(header("anthropic-version", "2023-06-01"))
        .respond_with(AnthropicModel)
        .mount(&server)
        .await;
    let s = settings(&[
        (
            "LLM_LAYERS",
            "pain_points=anthropic:claude-3-5-haiku-latest".into(),
        ),
        ("ANTHROPIC_API_KEY", "sk-ant-test".into()),
        ("ANTHROPIC_BASE_URL", server.uri()),
    ]);
    let (_dir, store) = store().await;
    let engine = LlmEngine::new(s, Some(store.clone()), Some("r".into()), 0.0);
    let jd = pipeline::layers::jd::analyse(&job());
    let out = engine
        .refine(
            &pipeline::layers::pain_points::PainPointsAsk { jd: &jd },
            pipeline::layers::pain_points::mine(&jd),
        )
        .await;
    assert_eq!(
        out.engine.engine, "llm:anthropic/claude-3-5-haiku-latest",
        "{:?}",
        out.engine
    );
    let cost = store
        .total_cost(time::OffsetDateTime::UNIX_EPOCH, Some("r"))
        .await
        .unwrap();
    assert!(
        (cost - (1000.0 * 0.8 + 200.0 * 4.0) / 1e6).abs() < 1e-12,
        "{cost}"
    );

    // Anthropic's 529 "overloaded" is transient.
    let busy = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(529).set_body_string("overloaded"))
        .mount(&busy)
        .await;
    let s = settings(&[
        (
            "LLM_LAYERS",
            "pain_points=anthropic:claude-3-5-haiku-latest".into(),
        ),
        ("ANTHROPIC_API_KEY", "sk-ant-test".into()),
        ("ANTHROPIC_BASE_URL", busy.uri()),
        ("LLM_MAX_RETRIES", "1".into()),
    ]);
    let engine = LlmEngine::new(s, None, None, 0.0);
    let out = engine
        .refine(
            &pipeline::layers::pain_points::PainPointsAsk { jd: &jd },
            pipeline::layers::pain_points::mine(&jd),
        )
        .await;
    assert_eq!(out.engine.engine, "offline");
    assert_eq!(busy.received_requests().await.unwrap().len(), 2);
}
