//! The store conformance suite against a real MongoDB server (`make test-mongo`, which needs
//! `MONGODB_URI`). Each case gets a database of its own, dropped by the next run's start.
#![cfg(feature = "live")]

use std::sync::Arc;
use store::Store;
use store_mongo::MongoStore;

fn uri() -> String {
    std::env::var("MONGODB_URI").expect("make test-mongo needs MONGODB_URI")
}

async fn fresh_store() -> Arc<dyn Store> {
    let db = format!("jobintel_test_{}", store::ids::new_id());
    Arc::new(MongoStore::open(&uri(), &db).await.unwrap())
}

mod conformance_cases {
    use super::fresh_store;
    store::conformance_suite!(fresh_store());
}

/// An original document as the Python stack left it (ObjectId, BSON date, no status, unknown
/// fields) is listed, opened, updated in place, and keeps every field it had.
#[tokio::test]
async fn an_original_document_is_updated_in_place_and_keeps_its_fields() {
    use bson::doc;
    let db_name = format!("jobintel_test_{}", store::ids::new_id());
    let client = mongodb::Client::with_uri_str(uri()).await.unwrap();
    let jobs = client
        .database(&db_name)
        .collection::<bson::Document>("level-2");
    let oid = bson::oid::ObjectId::new();
    jobs.insert_one(doc! {
        "_id": oid, "title": "Staff Engineer", "company": "Acme", "location": "Berlin",
        "job_description": "We build things.", "createdAt": bson::DateTime::now(),
        "is_ai_job": true, "ai_categories": ["genai"],
    })
    .await
    .unwrap();
    let store = MongoStore::open(&uri(), &db_name).await.unwrap();
    let id = oid.to_hex();
    let page = store
        .list_jobs(
            &types::job::JobQuery {
                text: "acme".into(),
                ..Default::default()
            }
            .normalised(),
        )
        .await
        .unwrap();
    assert_eq!(page.jobs.len(), 1);
    assert_eq!(page.jobs[0].status, types::job::JobStatus::NotProcessed);
    store
        .save_output(
            &id,
            types::Layer::Fit,
            &serde_json::json!({"fit_score": 70, "tier": "medium", "rationale": "ok"}),
        )
        .await
        .unwrap();
    store.set_fit_score(&id, Some(70)).await.unwrap();
    let raw = jobs.find_one(doc! { "_id": oid }).await.unwrap().unwrap();
    assert!(raw.get_bool("is_ai_job").unwrap());
    assert_eq!(raw.get_i32("fit_score").unwrap(), 70, "the original's name");
    assert_eq!(raw.get_str("fit_rationale").unwrap(), "ok");
    let job = store.get_job(&id).await.unwrap().unwrap();
    assert_eq!(job.fit_score, Some(70));
    assert_eq!(job.doc.extra["ai_categories"], serde_json::json!(["genai"]));
    client.database(&db_name).drop().await.unwrap();
}

/// `jobintel migrate` from SQLite into MongoDB and back gives exactly what SQLite held.
#[tokio::test]
async fn sqlite_to_mongodb_to_sqlite_is_exact() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = |name: &str| {
        let url = format!("sqlite://{}/{name}.db", dir.path().display());
        async move { Arc::new(store_sqlite::SqliteStore::open(&url).await.unwrap()) as Arc<dyn Store> }
    };
    let (a, b) = (sqlite("a").await, sqlite("b").await);
    store::conformance::migrate_round_trip(a, fresh_store().await, b).await;
}

/// Two instances on one database: one claim each way, events written by one read by the other,
/// a session made on one loaded on the other (what a load balancer in front of them needs).
#[tokio::test]
async fn two_instances_share_the_queue_events_and_sessions() {
    let db = format!("jobintel_test_{}", store::ids::new_id());
    let a = MongoStore::open(&uri(), &db).await.unwrap();
    let b = MongoStore::open(&uri(), &db).await.unwrap();
    let job = store::conformance::sample_job(1);
    a.import_jobs(vec![job.clone()]).await.unwrap();
    let queued = match a.enqueue_run(&job.id, 10).await.unwrap() {
        store::EnqueueOutcome::Queued(run) => run,
        other => panic!("{other:?}"),
    };
    let lease = std::time::Duration::from_secs(30);
    let claimed = b.claim_run("instance-b", lease).await.unwrap().unwrap();
    assert_eq!(claimed.id, queued.id);
    assert!(
        a.claim_run("instance-a", lease).await.unwrap().is_none(),
        "one job, one runner"
    );
    for i in 0..3 {
        let event = store::RunEvent {
            seq: 0,
            at: store::ids::now(),
            kind: store::EventKind::Log,
            layer: None,
            message: format!("line {i}"),
            data: serde_json::Value::Null,
        };
        b.append_event(&claimed.id, event, 100).await.unwrap();
    }
    let seen = a.events_after(&claimed.id, 0).await.unwrap();
    assert_eq!(
        seen.iter().map(|e| e.message.as_str()).collect::<Vec<_>>(),
        ["line 0", "line 1", "line 2"]
    );
    let session = store::SessionRecord {
        id: store::ids::new_id(),
        data: b"{}".to_vec(),
        expires_at: store::ids::now() + time::Duration::hours(1),
    };
    assert!(a.create_session(&session).await.unwrap());
    assert_eq!(
        b.load_session(&session.id).await.unwrap().unwrap().data,
        session.data
    );
    mongodb::Client::with_uri_str(uri())
        .await
        .unwrap()
        .database(&db)
        .drop()
        .await
        .unwrap();
}
