//! Benchmarks (divan): `cargo bench -p pipeline`.
//!
//! - `offline_per_job`: the whole offline pipeline (without writing files) for corpus postings.
//! - `dag_vs_sum`: a run whose six LLM layers each take a fixed 40 ms from a fake provider; the DAG
//!   overlaps independent layers, so the wall time follows the critical path (about 3 calls), not
//!   the sum (6 calls, 240 ms).
//!
//! The job list's queries are benchmarked on realistic data in `store-sqlite/benches/list.rs`.

use async_trait::async_trait;
use pipeline::candidate::Candidate;
use pipeline::layers::{JobInput, Layer};
use pipeline::llm::{ChatRequest, ChatResponse, LlmEngine, LlmError, LlmSettings, Provider};
use pipeline::run::{run, RunOptions, Silent};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

fn main() {
    divan::main();
}

fn shared(p: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared")
        .join(p)
}

fn candidate() -> &'static Candidate {
    static C: OnceLock<Candidate> = OnceLock::new();
    C.get_or_init(|| {
        let cv = std::fs::read_to_string(shared("fixtures/master-cv.md")).unwrap();
        let kb = std::fs::read_to_string(shared("fixtures/knowledge-base.md")).unwrap();
        Candidate::from_texts(&cv, &kb).unwrap()
    })
}

fn jobs() -> &'static [JobInput] {
    static J: OnceLock<Vec<JobInput>> = OnceLock::new();
    J.get_or_init(|| {
        let docs =
            pipeline::import::parse_upload(&std::fs::read(shared("corpus/jobs-dev.json")).unwrap())
                .unwrap();
        docs.iter().map(JobInput::from).collect()
    })
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Shortest, median and longest postings of the corpus.
#[divan::bench(args = ["shortest", "median", "longest"])]
fn offline_per_job(bencher: divan::Bencher, which: &str) {
    let mut sorted: Vec<&JobInput> = jobs().iter().collect();
    sorted.sort_by_key(|j| j.description.len());
    let job = match which {
        "shortest" => sorted[0],
        "median" => sorted[sorted.len() / 2],
        _ => sorted[sorted.len() - 1],
    };
    let rt = runtime();
    let opts = RunOptions {
        this_year: 2026,
        ..RunOptions::default()
    };
    bencher.bench_local(|| rt.block_on(run(job, candidate(), &opts, &Silent)).unwrap());
}

/// The whole corpus, one run after the other.
#[divan::bench(sample_count = 5)]
fn offline_corpus_152(bencher: divan::Bencher) {
    let rt = runtime();
    let opts = RunOptions {
        this_year: 2026,
        ..RunOptions::default()
    };
    bencher.bench_local(|| {
        for job in jobs() {
            rt.block_on(run(job, candidate(), &opts, &Silent)).unwrap();
        }
    });
}

/// A provider that answers after a fixed delay with JSON no layer accepts, so each layer makes
/// exactly one call and keeps its offline output.
struct SlowProvider(Duration);

#[async_trait]
impl Provider for SlowProvider {
    fn name(&self) -> &str {
        "ollama"
    }
    fn model(&self) -> &str {
        "fixed-latency"
    }
    async fn chat(&self, _req: &ChatRequest) -> Result<ChatResponse, LlmError> {
        tokio::time::sleep(self.0).await;
        Ok(ChatResponse {
            text: "{}".into(),
            input_tokens: 100,
            output_tokens: 10,
        })
    }
}

const CALL: Duration = Duration::from_millis(40);

#[divan::bench(sample_count = 10)]
fn dag_vs_sum(bencher: divan::Bencher) {
    let rt = runtime();
    let settings =
        LlmSettings::from_source(&std::collections::HashMap::<String, String>::new()).unwrap();
    let job = &jobs()[0];
    bencher.bench_local(|| {
        let providers: BTreeMap<Layer, Arc<dyn Provider>> = Layer::llm_capable()
            .map(|l| (l, Arc::new(SlowProvider(CALL)) as Arc<dyn Provider>))
            .collect();
        let engine = LlmEngine::with_providers(providers, settings.clone(), None, None, 0.0);
        let opts = RunOptions {
            this_year: 2026,
            llm: Some(engine),
            ..RunOptions::default()
        };
        rt.block_on(run(job, candidate(), &opts, &Silent)).unwrap()
    });
}

/// The sum of the same six calls made one after the other, for the ratio.
#[divan::bench(sample_count = 10)]
fn dag_sum_of_calls(bencher: divan::Bencher) {
    let rt = runtime();
    let p = SlowProvider(CALL);
    let req = ChatRequest {
        system: String::new(),
        user: String::new(),
        max_tokens: 1,
    };
    bencher.bench_local(|| {
        rt.block_on(async {
            for _ in Layer::llm_capable() {
                p.chat(&req).await.unwrap();
            }
        })
    });
}
