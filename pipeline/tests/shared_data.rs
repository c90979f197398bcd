//! The shared corpus and fixtures (outside the project, in `../shared`) go through import and parsing.

mod common;

use common::shared;
use pipeline::job::{JobQuery, StatusFilter};
use pipeline::store::Store;
use store_sqlite::SqliteStore;

#[test]
fn fixture_candidate_parses() {
    let cv = std::fs::read_to_string(shared("fixtures/master-cv.md")).unwrap();
    let kb = std::fs::read_to_string(shared("fixtures/knowledge-base.md")).unwrap();
    let (cv, stars) = pipeline::candidate::validate_profile(&cv, &kb).unwrap();
    assert_eq!(cv.name, "Alex Morgan");
    assert_eq!(cv.roles.len(), 3);
    assert_eq!(cv.roles[0].company, "Northwind Logistics");
    assert_eq!(cv.roles[0].period, "2021-03 – Present");
    assert_eq!(cv.roles[0].location, "Berlin, Germany");
    assert_eq!(cv.roles[0].bullets.len(), 5);
    assert!(cv.all_skills().any(|s| s == "Kubernetes"));
    assert_eq!(cv.education.len(), 2);
    assert_eq!(
        cv.education[0].institution,
        "Technical University of Munich"
    );
    assert!(stars.len() >= 6);
    assert!(stars
        .iter()
        .any(|s| s.id == "star-rag-assistant" && s.metrics.iter().any(|m| m.contains("35%"))));
}

#[tokio::test]
async fn every_corpus_document_imports() {
    let bytes = std::fs::read(shared("corpus/jobs-dev.json")).unwrap();
    let jobs = pipeline::import::parse_upload(&bytes).unwrap();
    assert_eq!(jobs.len(), 152);
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&format!("sqlite://{}/c.db", dir.path().display()))
        .await
        .unwrap();
    let report = store.import_jobs(jobs).await.unwrap();
    // The corpus holds the same posting under several ids (one Romanian lead role five times,
    // scraped hours apart): each is reported once imported, not doubled.
    assert_eq!(report.added + report.duplicates.len() as u64, 152);
    let lead_roles = report
        .duplicates
        .iter()
        .filter(|d| d.title == "AI/ML Python Team Lead")
        .count();
    assert_eq!(lead_roles, 4, "{:?}", report.duplicates);
    assert!(report.duplicates.len() < 20, "{:?}", report.duplicates);
    // A second import of the same file adds nothing.
    let again = store
        .import_jobs(pipeline::import::parse_upload(&bytes).unwrap())
        .await
        .unwrap();
    assert_eq!((again.added, again.duplicates.len()), (0, 152));
    assert_eq!(store.count_jobs().await.unwrap(), report.added);

    let siena = store
        .get_job("6929643c45fa3c355f849d73")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(siena.doc.company, "SIENA AI");
    assert_eq!(siena.doc.title, "Head of Engineering");
    assert_eq!(siena.doc.source, "linkedin");
    assert!(siena.doc.job_description.starts_with("Meet Siena"));
    assert!(siena.doc.job_criteria.contains("SENIORITY LEVEL"));

    let all = store
        .list_jobs(&JobQuery {
            status: StatusFilter::All,
            text: "siena".into(),
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert!(all.total >= 1);
}

/// Crossover's Technical Lead for an AI support product (round 65): the recruiter hears the
/// support assistant the role is about, not the cloud-cost cut that answers one line about AWS and
/// had gone to three recruiters alike.
#[tokio::test]
async fn the_recruiter_of_an_ai_support_role_hears_the_support_assistant() {
    let candidate = common::fixture_candidate();
    let job = common::corpus_jobs()
        .into_iter()
        .find(|j| j.id == "69825fa77d41dc1e8a360e2b")
        .expect("Crossover's posting");
    let opts = pipeline::run::RunOptions {
        this_year: 2026,
        ..pipeline::run::RunOptions::default()
    };
    let out = pipeline::run::run(
        &pipeline::layers::JobInput::from(&job),
        &candidate,
        &opts,
        &pipeline::run::Silent,
    )
    .await
    .unwrap();
    let recruiter = out
        .outreach
        .contacts
        .iter()
        .find(|c| c.role.contains("Recruiter"))
        .map(|c| c.email_body.as_str())
        .unwrap_or_default();
    assert!(
        recruiter.contains("35% of tickets") && !recruiter.contains("spend fell"),
        "{recruiter}"
    );
    // Not the peer's sentence word for word.
    let peer = out
        .outreach
        .contacts
        .iter()
        .find(|c| c.role.contains("senior engineer"))
        .map(|c| c.email_body.as_str())
        .unwrap_or_default();
    assert!(!peer.is_empty());
    let told = |body: &str| {
        body.lines()
            .find(|l| l.contains("retrieval pipeline"))
            .map(|l| l.split(": ").last().unwrap_or(l).to_string())
    };
    assert_ne!(told(recruiter), told(peer), "{recruiter}\n{peer}");
}
