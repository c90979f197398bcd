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
