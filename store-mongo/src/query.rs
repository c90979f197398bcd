//! Query and update documents, as pure functions so they are tested without a server. User input
//! is only ever a value, never a key or an operator: search words become anchored, escaped regular
//! expressions over the stored folded words, so `{"$gt": ""}` or `.*` finds jobs with those
//! characters in their words and nothing more.

use crate::mapping::{fold, id_to_bson, F_CREATED, F_FIT, F_WORDS};
use bson::{doc, Bson, Document, Regex};
use types::job::{JobSort, JobStatus, StatusFilter};

/// `text` with every regular-expression metacharacter escaped.
pub fn escape_regex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\^$.|?*+()[]{}/-".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The words of a search as the stored words are written (see [`crate::mapping::search_words_of`]).
pub fn query_words(text: &str) -> Vec<String> {
    types::job::search_words(&fold(text))
}

/// Every word must start one of the job's words. `None` when there is no word to look for.
pub fn text_filter(text: &str) -> Option<Document> {
    let words = query_words(text);
    if words.is_empty() {
        return None;
    }
    let patterns: Vec<Bson> = words
        .iter()
        .map(|w| {
            Bson::RegularExpression(Regex {
                pattern: format!("^{}", escape_regex(w)),
                options: String::new(),
            })
        })
        .collect();
    Some(doc! { F_WORDS: { "$all": patterns } })
}

fn hidden() -> Vec<&'static str> {
    JobStatus::HIDDEN_BY_DEFAULT
        .iter()
        .map(|s| s.as_str())
        .collect()
}

/// The statuses a list shows. A document without `status` is "not processed", as in the
/// original.
pub fn status_filter(status: &StatusFilter) -> Document {
    match status {
        StatusFilter::All => Document::new(),
        StatusFilter::Active => doc! { "status": { "$nin": hidden() } },
        StatusFilter::Only(JobStatus::NotProcessed) => doc! {
            "$or": [ { "status": JobStatus::NotProcessed.as_str() }, { "status": null } ]
        },
        StatusFilter::Only(s) => doc! { "status": s.as_str() },
    }
}

/// The jobs the default list hides.
pub fn hidden_filter() -> Document {
    doc! { "status": { "$in": hidden() } }
}

/// Both conditions (either may be empty).
pub fn and(a: Document, b: Document) -> Document {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b,
        (_, true) => a,
        _ => doc! { "$and": [a, b] },
    }
}

/// The list's order; the id breaks ties so pages never overlap.
pub fn sort(sort: JobSort) -> Document {
    match sort {
        JobSort::Newest => doc! { F_CREATED: -1, "_id": -1 },
        JobSort::Oldest => doc! { F_CREATED: 1, "_id": 1 },
        JobSort::FitScore => doc! { F_FIT: -1, F_CREATED: -1, "_id": -1 },
    }
}

/// A page's cursor: its last job's creation time (milliseconds) and id.
pub fn cursor(created_ms: i64, id: &str) -> String {
    format!("{created_ms}.{id}")
}

/// The jobs after a cursor in a date order; `None` for a cursor that cannot be read (it is then
/// ignored, as the store contract says).
pub fn after_filter(sort: JobSort, cursor: &str) -> Option<Document> {
    let (ms, id) = cursor.split_once('.')?;
    let ms: i64 = ms.parse().ok()?;
    if id.is_empty() {
        return None;
    }
    let at = bson::DateTime::from_millis(ms);
    let op = match sort {
        JobSort::Newest => "$lt",
        JobSort::Oldest => "$gt",
        JobSort::FitScore => return None,
    };
    Some(doc! { "$or": [
        { F_CREATED: { op: at } },
        { F_CREATED: at, "_id": { op: id_to_bson(id) } },
    ] })
}

/// The jobs with these ids.
pub fn ids_filter(ids: &[String]) -> Document {
    let ids: Vec<Bson> = ids.iter().map(|i| id_to_bson(i)).collect();
    doc! { "_id": { "$in": ids } }
}

/// A run the queue may hand out: queued, or running under a lease that expired.
pub fn claimable(now: bson::DateTime) -> Document {
    doc! { "$or": [
        { "status": "queued" },
        { "status": "running", "lease_expires": { "$lt": now } },
    ] }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_never_an_operator_or_a_pattern() {
        let f = text_filter(r#"{"$gt": ""} .* a|b"#).unwrap();
        let all = f.get_document(F_WORDS).unwrap().get_array("$all").unwrap();
        let patterns: Vec<&str> = all
            .iter()
            .map(|b| match b {
                Bson::RegularExpression(r) => r.pattern.as_str(),
                other => panic!("{other:?}"),
            })
            .collect();
        // Only word characters survive, each anchored at a word's start.
        assert_eq!(patterns, ["^gt", "^a", "^b"]);
        assert!(f.keys().all(|k| k == F_WORDS));
        assert_eq!(text_filter("%_ \"*"), None);
        assert_eq!(escape_regex("a.b*c"), r"a\.b\*c");
        assert_eq!(query_words("Münch ENG"), ["munch", "eng"]);
    }

    #[test]
    fn status_filters_and_cursors() {
        assert_eq!(
            status_filter(&StatusFilter::Only(JobStatus::NotProcessed)),
            doc! { "$or": [ { "status": "not processed" }, { "status": null } ] }
        );
        assert_eq!(
            status_filter(&StatusFilter::Active),
            doc! { "status": { "$nin": ["discarded", "applied", "interview scheduled"] } }
        );
        assert!(status_filter(&StatusFilter::All).is_empty());
        let c = cursor(1_700_000_000_000, "6929643c45fa3c355f849d73");
        let f = after_filter(JobSort::Newest, &c).unwrap();
        let or = f.get_array("$or").unwrap();
        assert_eq!(or.len(), 2);
        assert!(matches!(
            or[1]
                .as_document()
                .unwrap()
                .get_document("_id")
                .unwrap()
                .get("$lt"),
            Some(Bson::ObjectId(_))
        ));
        assert_eq!(after_filter(JobSort::FitScore, &c), None);
        assert_eq!(after_filter(JobSort::Newest, "garbage"), None);
        assert_eq!(and(Document::new(), doc! {"a": 1}), doc! {"a": 1});
    }
}

/// The change-stream pipeline that passes only new events of one run (the id is a value).
pub fn event_inserts(run_id: &str) -> Vec<Document> {
    vec![doc! { "$match": { "operationType": "insert", "fullDocument.run_id": run_id } }]
}

#[cfg(test)]
mod watch_tests {
    use super::*;

    #[test]
    fn a_run_id_in_the_watch_pipeline_is_only_a_value() {
        let p = event_inserts("{\"$gt\": \"\"}");
        let m = p[0].get_document("$match").unwrap();
        assert_eq!(m.get_str("fullDocument.run_id").unwrap(), "{\"$gt\": \"\"}");
        assert_eq!(m.get_str("operationType").unwrap(), "insert");
    }
}
