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
