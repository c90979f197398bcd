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
