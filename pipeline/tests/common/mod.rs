//! Shared fixtures of the pipeline tests: the shared corpus and the fictional candidate.

#![allow(dead_code)]

use pipeline::candidate::Candidate;
use pipeline::job::NewJob;
use std::path::PathBuf;

pub fn shared(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared")
        .join(path)
}

pub fn fixture_candidate() -> Candidate {
    let cv = std::fs::read_to_string(shared("fixtures/master-cv.md")).unwrap();
    let kb = std::fs::read_to_string(shared("fixtures/knowledge-base.md")).unwrap();
    Candidate::from_texts(&cv, &kb).unwrap()
}

pub fn corpus_jobs() -> Vec<NewJob> {
    pipeline::import::parse_upload(&std::fs::read(shared("corpus/jobs-dev.json")).unwrap()).unwrap()
}

/// A posting at Gamma, for the tests that write one to the point.
pub fn posting(
    id: &str,
    title: &str,
    location: &str,
    description: &str,
) -> pipeline::layers::JobInput {
    pipeline::layers::JobInput {
        id: id.into(),
        title: title.into(),
        company: "Gamma".into(),
        location: location.into(),
        description: description.into(),
        criteria: String::new(),
        url: String::new(),
    }
}

/// A run for the fixtures' candidate in 2026, nothing written.
pub async fn run_for_the_fixture(
    job: &pipeline::layers::JobInput,
) -> pipeline::layers::publish::PipelineOutput {
    let opts = pipeline::run::RunOptions {
        this_year: 2026,
        ..pipeline::run::RunOptions::default()
    };
    pipeline::run::run(job, &fixture_candidate(), &opts, &pipeline::run::Silent)
        .await
        .unwrap()
}
