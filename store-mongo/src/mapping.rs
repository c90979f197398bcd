//! Records ↔ BSON documents, as pure functions: a job is the original stack's `level-2` document
//! (its field names, an ObjectId `_id`, BSON dates) plus fields of jobintel's own, all prefixed
//! `jobintel_` so they never collide with the original's; every field jobintel does not know is kept
//! in [`NewJob::extra`] and never written back.

use bson::{doc, oid::ObjectId, Bson, Document};
use std::collections::BTreeMap;
use time::OffsetDateTime;
use types::job::{content_key, Job, JobStatus, JobSummary, NewJob};
use types::{
    CostRecord, DocKind, DocVersion, EventKind, Finding, Layer, Run, RunEvent, RunStatus,
    VersionOrigin,
};

/// The original's collection of postings.
pub const JOBS: &str = "level-2";
pub const HISTORY: &str = "jobintel_status_history";
pub const RUNS: &str = "jobintel_runs";
pub const EVENTS: &str = "jobintel_events";
pub const COUNTERS: &str = "jobintel_counters";
pub const COSTS: &str = "jobintel_costs";
pub const SETTINGS: &str = "jobintel_settings";
pub const SESSIONS: &str = "jobintel_sessions";
pub const CACHE: &str = "jobintel_cache";
pub const PROFILE: &str = "jobintel_profile";
pub const VERSIONS: &str = "jobintel_versions";

/// jobintel's fields on a job document.
pub const F_OUTPUTS: &str = "jobintel_outputs";
pub const F_FIT: &str = "jobintel_fit_score";
/// The folded words of title, company and location: what a search matches word prefixes in.
pub const F_WORDS: &str = "jobintel_words";
pub const F_CONTENT: &str = "jobintel_content_key";
/// The original's own names for the times it keeps.
pub const F_CREATED: &str = "createdAt";
pub const F_UPDATED: &str = "updatedAt";

/// Fields of the original document that map to [`NewJob`]'s own fields.
const KNOWN: [&str; 14] = [
    "_id",
    "dedupeKey",
    "title",
    "company",
    "location",
    "job_description",
    "job_criteria",
    "jobURL",
    "url",
    "source",
    F_CREATED,
    "score",
    "status",
    F_UPDATED,
];

/// The fields jobintel writes under the original's names after a run (see
/// [`original_fields`]): on a job jobintel processed they are its copies, not unknown fields.
pub const ORIGINAL_RESULT_FIELDS: [&str; 21] = [
    "pipeline_run_id",
    "pipeline_status",
    "pipeline_started_at",
    "pipeline_updated_at",
    "pipeline_completed_at",
    "artifact_urls",
    "pain_points",
    "strategic_needs",
    "success_metrics",
    "fit_score",
    "fit_rationale",
    "fit_category",
    "primary_contacts",
    "secondary_contacts",
    "company_research",
    "selected_stars",
    "star_to_pain_mapping",
    "cover_letter",
    "cv_path",
    "cv_text",
    "cv_reasoning",
];

/// A job id as the `_id` it is stored under: 24 hex digits are an ObjectId (the original's ids),
/// anything else a string.
pub fn id_to_bson(id: &str) -> Bson {
    match ObjectId::parse_str(id) {
        Ok(oid) if id.len() == 24 => Bson::ObjectId(oid),
        _ => Bson::String(id.to_string()),
    }
}

pub fn id_from_bson(b: &Bson) -> Option<String> {
    match b {
        Bson::ObjectId(o) => Some(o.to_hex()),
        Bson::String(s) => Some(s.clone()),
        Bson::Int32(n) => Some(n.to_string()),
        Bson::Int64(n) => Some(n.to_string()),
        _ => None,
    }
}

pub fn to_date(t: OffsetDateTime) -> bson::DateTime {
    bson::DateTime::from_millis((t.unix_timestamp_nanos() / 1_000_000) as i64)
}

pub fn from_date(d: bson::DateTime) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(d.timestamp_millis()) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// A time however a document holds it: a BSON date, RFC 3339 text or milliseconds.
fn time_of(b: Option<&Bson>) -> Option<OffsetDateTime> {
    match b? {
        Bson::DateTime(d) => Some(from_date(*d)),
        Bson::String(s) => {
            OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
        }
        Bson::Int64(ms) => Some(from_date(bson::DateTime::from_millis(*ms))),
        _ => None,
    }
}

/// Text of a field: a string as it is, absent or null as empty, anything else as its JSON.
fn text(d: &Document, key: &str) -> String {
    match d.get(key) {
        None | Some(Bson::Null) => String::new(),
        Some(Bson::String(s)) => s.clone(),
        Some(other) => other.clone().into_relaxed_extjson().to_string(),
    }
}

/// Lower-cased, diacritics removed: "Münchén" and "munchen" are one word to a search.
pub fn fold(s: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The distinct folded words of title, company and location, as a search matches them.
pub fn search_words_of(title: &str, company: &str, location: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for w in fold(&format!("{title} {company} {location}"))
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !words.iter().any(|x| x == w) {
            words.push(w.to_string());
        }
    }
    words
}

fn json_to_bson(v: &serde_json::Value) -> Bson {
    Bson::try_from(v.clone()).unwrap_or_else(|_| Bson::String(v.to_string()))
}

/// A new job as the document the original would hold, with jobintel's search words and content
/// key. `status` is written even for "not processed", which the original leaves absent.
pub fn job_to_document(job: &NewJob) -> Document {
    let mut d = doc! {
        "_id": id_to_bson(&job.id),
        "dedupeKey": &job.dedupe_key,
        "title": &job.title,
        "company": &job.company,
        "location": &job.location,
        "job_description": &job.job_description,
        "source": &job.source,
        F_CREATED: to_date(job.created_at),
        "status": job.status.as_str(),
    };
    for (key, value) in [
        ("job_criteria", &job.job_criteria),
        ("jobURL", &job.job_url),
        ("url", &job.url),
    ] {
        if !value.is_empty() {
            d.insert(key, value);
        }
    }
    // The original's score is a number in most documents and text in some: an integer stays one.
    if let Some(score) = &job.score {
        match score.parse::<i64>() {
            Ok(n) if n.to_string() == *score => match i32::try_from(n) {
                Ok(small) => d.insert("score", small),
                Err(_) => d.insert("score", n),
            },
            _ => d.insert("score", score),
        };
    }
    for (k, v) in &job.extra {
        if !d.contains_key(k) {
            d.insert(k.clone(), json_to_bson(v));
        }
    }
    d.insert(
        F_WORDS,
        search_words_of(&job.title, &job.company, &job.location),
    );
    if let Some(key) = content_key(&job.company, &job.job_description) {
        d.insert(F_CONTENT, key);
    }
    d
}

/// A stored document as a job, whatever the original left out: no `status` is "not processed",
/// `description` stands in for `job_description`, `jobUrl` for `jobURL`, and a missing
/// `createdAt` is the ObjectId's time. Unknown fields go to `extra` untouched.
pub fn job_from_document(d: &Document) -> Result<Job, String> {
    let id = d
        .get("_id")
        .and_then(id_from_bson)
        .ok_or("a job document without a usable _id")?;
    let description = match text(d, "job_description") {
        t if t.is_empty() => text(d, "description"),
        t => t,
    };
    let job_url = match text(d, "jobURL") {
        t if t.is_empty() => text(d, "jobUrl"),
        t => t,
    };
    let created_at = time_of(d.get(F_CREATED))
        .or_else(|| match d.get("_id") {
            Some(Bson::ObjectId(o)) => Some(from_date(o.timestamp())),
            _ => None,
        })
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let status = match d.get("status") {
        Some(Bson::String(s)) => JobStatus::parse(s).unwrap_or(JobStatus::NotProcessed),
        _ => JobStatus::NotProcessed,
    };
    let score = match d.get("score") {
        None | Some(Bson::Null) => None,
        Some(Bson::String(s)) => Some(s.clone()),
        Some(other) => Some(other.clone().into_relaxed_extjson().to_string()),
    };
    let processed = d.contains_key(F_OUTPUTS);
    let mut extra = serde_json::Map::new();
    for (k, v) in d {
        let ours = k.starts_with("jobintel_")
            || KNOWN.contains(&k.as_str())
            || (processed && ORIGINAL_RESULT_FIELDS.contains(&k.as_str()))
            || (k == "description" && text(d, "job_description").is_empty())
            || (k == "jobUrl" && text(d, "jobURL").is_empty());
        if !ours {
            extra.insert(k.clone(), v.clone().into_relaxed_extjson());
        }
    }
    let outputs: BTreeMap<String, serde_json::Value> = match d.get(F_OUTPUTS) {
        Some(Bson::Document(o)) => o
            .iter()
            .map(|(k, v)| (k.clone(), v.clone().into_relaxed_extjson()))
            .collect(),
        _ => BTreeMap::new(),
    };
    let fit_score = match d.get(F_FIT) {
        Some(Bson::Int32(n)) => Some((*n).clamp(0, 100) as u8),
        Some(Bson::Int64(n)) => Some((*n).clamp(0, 100) as u8),
        _ => None,
    };
    Ok(Job {
        doc: NewJob {
            id,
            dedupe_key: text(d, "dedupeKey"),
            title: text(d, "title"),
            company: text(d, "company"),
            location: text(d, "location"),
            job_description: description,
            job_criteria: text(d, "job_criteria"),
            job_url,
            url: text(d, "url"),
            source: text(d, "source"),
            created_at,
            score,
            status,
            extra,
        },
        fit_score,
        outputs,
        updated_at: time_of(d.get(F_UPDATED)).unwrap_or(created_at),
    })
}

/// The list's view of a job document.
pub fn summary_from_document(d: &Document) -> Result<JobSummary, String> {
    let j = job_from_document(d)?;
    Ok(JobSummary {
        id: j.doc.id,
        title: j.doc.title,
        company: j.doc.company,
        location: j.doc.location,
        status: j.doc.status,
        fit_score: j.fit_score,
        created_at: j.doc.created_at,
    })
}

/// The fields to `$set` on a job for one layer's output: jobintel's copy, and the same result under
/// the original's names so its frontend shows it.
pub fn output_update(layer: Layer, output: &serde_json::Value, now: OffsetDateTime) -> Document {
    let mut set = doc! {
        format!("{F_OUTPUTS}.{}", layer.key()): json_to_bson(output),
        F_UPDATED: to_date(now),
    };
    for (k, v) in original_fields(layer, output) {
        set.insert(k, json_to_bson(&v));
    }
    set
}

/// One layer's output under the original's field names (`../shared/docs/ANCHOR-COMPAT.md`).
pub fn original_fields(
    layer: Layer,
    o: &serde_json::Value,
) -> Vec<(&'static str, serde_json::Value)> {
    let texts = |key: &str| -> serde_json::Value {
        o[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|p| p["text"].as_str().or(p.as_str()))
                    .map(|s| serde_json::Value::String(s.to_string()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let has = |key: &str| !o[key].is_null();
    let mut out = Vec::new();
    match layer {
        Layer::PainPoints => {
            out.push(("pain_points", texts("pain_points")));
            out.push(("strategic_needs", texts("strategic_needs")));
            out.push(("success_metrics", texts("success_metrics")));
        }
        Layer::Fit => {
            if has("fit_score") {
                out.push(("fit_score", o["fit_score"].clone()));
            }
            if has("rationale") {
                out.push(("fit_rationale", o["rationale"].clone()));
            }
            if has("tier") {
                out.push(("fit_category", o["tier"].clone()));
            }
        }
        Layer::Stars => {
            out.push(("selected_stars", o["selected"].clone()));
            out.push(("star_to_pain_mapping", o["mapping"].clone()));
        }
        Layer::Company => out.push(("company_research", o.clone())),
        Layer::Contacts => {
            let contacts = o["contacts"].as_array().cloned().unwrap_or_default();
            let (first, rest) = contacts.split_at(contacts.len().min(1));
            out.push(("primary_contacts", serde_json::Value::Array(first.to_vec())));
            out.push((
                "secondary_contacts",
                serde_json::Value::Array(rest.to_vec()),
            ));
        }
        Layer::Cv => {
            if has("cover_letter") {
                out.push(("cover_letter", o["cover_letter"].clone()));
            }
            if has("cv_markdown") {
                out.push(("cv_text", o["cv_markdown"].clone()));
            }
        }
        Layer::Publish => {
            if has("cv_path") {
                out.push(("cv_path", o["cv_path"].clone()));
            }
        }
        Layer::Jd => {}
    }
    out.retain(|(_, v)| !v.is_null());
    out
}

// --- runs, events, costs ---

pub fn run_to_document(r: &Run) -> Document {
    let layers = bson::to_bson(&r.layers).unwrap_or(Bson::Document(Document::new()));
    doc! {
        "_id": &r.id,
        "job_id": &r.job_id,
        "status": r.status.as_str(),
        "created_at": to_date(r.created_at),
        "started_at": r.started_at.map(to_date),
        "finished_at": r.finished_at.map(to_date),
        "error": r.error.clone(),
        "layers": layers,
        "cancel_requested": r.cancel_requested,
    }
}

pub fn run_from_document(d: &Document) -> Result<Run, String> {
    let status = d.get_str("status").map_err(|e| e.to_string())?;
    Ok(Run {
        id: d.get_str("_id").map_err(|e| e.to_string())?.to_string(),
        job_id: d.get_str("job_id").map_err(|e| e.to_string())?.to_string(),
        status: RunStatus::parse(status).ok_or(format!("unknown run status {status:?}"))?,
        created_at: time_of(d.get("created_at")).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        started_at: time_of(d.get("started_at")),
        finished_at: time_of(d.get("finished_at")),
        error: d.get_str("error").ok().map(str::to_string),
        layers: match d.get("layers") {
            Some(b) => bson::from_bson(b.clone()).map_err(|e| format!("run layers: {e}"))?,
            None => BTreeMap::new(),
        },
        cancel_requested: d.get_bool("cancel_requested").unwrap_or(false),
    })
}

pub fn event_to_document(run_id: &str, seq: u64, e: &RunEvent) -> Document {
    doc! {
        "_id": format!("{run_id}:{seq:012}"),
        "run_id": run_id,
        "seq": seq as i64,
        "at": to_date(e.at),
        "kind": e.kind.as_str(),
        "layer": e.layer.map(|l| l.key()),
        "message": &e.message,
        "data": json_to_bson(&e.data),
    }
}

pub fn event_from_document(d: &Document) -> Result<RunEvent, String> {
    let kind = d.get_str("kind").map_err(|e| e.to_string())?;
    Ok(RunEvent {
        seq: d.get_i64("seq").map_err(|e| e.to_string())? as u64,
        at: time_of(d.get("at")).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        kind: EventKind::parse(kind).ok_or(format!("unknown event kind {kind:?}"))?,
        layer: d.get_str("layer").ok().and_then(Layer::from_key),
        message: d.get_str("message").unwrap_or_default().to_string(),
        data: d
            .get("data")
            .cloned()
            .map_or(serde_json::Value::Null, Bson::into_relaxed_extjson),
    })
}

pub fn cost_to_document(c: &CostRecord) -> Document {
    doc! {
        "run_id": c.run_id.clone(),
        "layer": c.layer.key(),
        "provider": &c.provider,
        "model": &c.model,
        "input_tokens": c.input_tokens as i64,
        "output_tokens": c.output_tokens as i64,
        "cost_usd": c.cost_usd,
        "latency_ms": c.latency_ms as i64,
        "at": to_date(c.at),
    }
}

pub fn cost_from_document(d: &Document) -> Result<CostRecord, String> {
    let layer = d.get_str("layer").map_err(|e| e.to_string())?;
    let int = |k: &str| {
        d.get_i64(k)
            .or_else(|_| d.get_i32(k).map(i64::from))
            .unwrap_or(0) as u64
    };
    Ok(CostRecord {
        run_id: d.get_str("run_id").ok().map(str::to_string),
        layer: Layer::from_key(layer).ok_or(format!("unknown layer {layer:?}"))?,
        provider: d.get_str("provider").unwrap_or_default().to_string(),
        model: d.get_str("model").unwrap_or_default().to_string(),
        input_tokens: int("input_tokens"),
        output_tokens: int("output_tokens"),
        cost_usd: d.get_f64("cost_usd").unwrap_or(0.0),
        latency_ms: int("latency_ms"),
        at: time_of(d.get("at")).unwrap_or(OffsetDateTime::UNIX_EPOCH),
    })
}

/// A version's `_id`: one per owner, document and number, so two instances saving at once cannot
/// both take a number.
pub fn version_id(owner: &str, kind: DocKind, version: u32) -> String {
    format!("{owner}:{}:{version}", kind.as_str())
}

pub fn version_to_document(v: &DocVersion) -> Document {
    let findings: Vec<Document> = v
        .findings
        .iter()
        .map(|f| doc! { "kind": &f.kind, "term": &f.term, "detail": &f.detail })
        .collect();
    doc! {
        "_id": version_id(&v.owner, v.kind, v.version),
        "owner": &v.owner,
        "kind": v.kind.as_str(),
        "version": i64::from(v.version),
        "text": &v.text,
        "origin": v.origin.as_str(),
        "note": &v.note,
        "findings": findings,
        "confirmed": v.confirmed,
        "created_at": to_date(v.created_at),
    }
}

pub fn version_from_document(d: &Document) -> Result<DocVersion, String> {
    let kind = d.get_str("kind").map_err(|e| e.to_string())?;
    let origin = d.get_str("origin").map_err(|e| e.to_string())?;
    let findings = d
        .get_array("findings")
        .map(|a| {
            a.iter()
                .filter_map(Bson::as_document)
                .map(|f| Finding {
                    kind: f.get_str("kind").unwrap_or_default().to_string(),
                    term: f.get_str("term").unwrap_or_default().to_string(),
                    detail: f.get_str("detail").unwrap_or_default().to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(DocVersion {
        owner: d.get_str("owner").map_err(|e| e.to_string())?.to_string(),
        kind: DocKind::parse(kind).ok_or(format!("unknown document kind {kind:?}"))?,
        version: d
            .get_i64("version")
            .or_else(|_| d.get_i32("version").map(i64::from))
            .map_err(|e| e.to_string())? as u32,
        text: d.get_str("text").map_err(|e| e.to_string())?.to_string(),
        origin: VersionOrigin::parse(origin).ok_or(format!("unknown version origin {origin:?}"))?,
        note: d.get_str("note").unwrap_or_default().to_string(),
        findings,
        confirmed: d.get_bool("confirmed").unwrap_or(false),
        created_at: time_of(d.get("created_at")).unwrap_or(OffsetDateTime::UNIX_EPOCH),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every posting of the dev corpus, as MongoDB holds it (Extended JSON → BSON), maps to a job
    /// and back without losing or changing a field jobintel does not own.
    #[test]
    fn every_corpus_document_round_trips() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/corpus/jobs-dev.json"
        );
        let docs: Vec<serde_json::Value> =
            serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        assert_eq!(docs.len(), 152);
        for v in docs {
            let Bson::Document(mut original) = Bson::try_from(v).unwrap() else {
                panic!("not a document")
            };
            // As MongoDB holds them: an ObjectId `_id` and a BSON date (the export has text).
            let oid = ObjectId::parse_str(original.get_str("_id").unwrap()).unwrap();
            original.insert("_id", oid);
            let created = OffsetDateTime::parse(
                original.get_str(F_CREATED).unwrap(),
                &time::format_description::well_known::Rfc3339,
            )
            .unwrap();
            original.insert(F_CREATED, to_date(created));
            let job = job_from_document(&original).unwrap();
            assert!(!job.doc.title.is_empty() && !job.doc.job_description.is_empty());
            assert!(matches!(original.get("_id"), Some(Bson::ObjectId(_))));
            assert_eq!(
                id_to_bson(&job.doc.id),
                original.get("_id").cloned().unwrap()
            );
            let written = job_to_document(&job.doc);
            // Every field of the original is there again, with its value.
            for (k, v) in &original {
                let back = written.get(k).unwrap_or_else(|| panic!("{k} dropped"));
                assert_eq!(
                    back.clone().into_relaxed_extjson(),
                    v.clone().into_relaxed_extjson(),
                    "{k}"
                );
            }
            // And the job read back is the same job.
            let again = job_from_document(&written).unwrap();
            assert_eq!(again.doc, job.doc);
        }
    }

    #[test]
    fn a_version_round_trips_with_its_findings() {
        let v = DocVersion {
            owner: "6929643c45fa3c355f849d73".into(),
            kind: DocKind::CoverLetter,
            version: 3,
            text: "Dear team,\n\n{\"$gt\": \"\"} stays text".into(),
            origin: VersionOrigin::Restored,
            note: "restored version 1".into(),
            findings: vec![Finding {
                kind: "number".into(),
                term: "42%".into(),
                detail: "42% is not in the master CV or knowledge base".into(),
            }],
            confirmed: true,
            created_at: OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap(),
        };
        let d = version_to_document(&v);
        assert_eq!(
            d.get_str("_id").unwrap(),
            "6929643c45fa3c355f849d73:cover_letter:3"
        );
        assert_eq!(version_from_document(&d).unwrap(), v);
        let mut broken = d.clone();
        broken.insert("kind", "../cv");
        assert!(version_from_document(&broken).is_err());
    }

    #[test]
    fn a_sparse_original_document_reads_with_defaults() {
        let oid = ObjectId::parse_str("6929643c45fa3c355f849d73").unwrap();
        let d = doc! {"_id": oid, "title": "Engineer", "company": "Acme", "description": "We build.", "jobUrl": "https://x", "legacy": {"a": 1}};
        let j = job_from_document(&d).unwrap();
        assert_eq!(j.doc.id, "6929643c45fa3c355f849d73");
        assert_eq!(j.doc.status, JobStatus::NotProcessed);
        assert_eq!(j.doc.job_description, "We build.");
        assert_eq!(j.doc.job_url, "https://x");
        assert_eq!(j.doc.created_at, from_date(oid.timestamp()));
        assert_eq!(j.doc.extra["legacy"], serde_json::json!({"a": 1}));
        assert!(!j.doc.extra.contains_key("description"));
        assert_eq!(id_to_bson("demo0001"), Bson::String("demo0001".into()));
    }

    #[test]
    fn words_are_folded_and_results_go_under_the_original_names() {
        assert_eq!(
            search_words_of("Ingénieur", "Müller GmbH", "München"),
            ["ingenieur", "muller", "gmbh", "munchen"]
        );
        let fit = serde_json::json!({"fit_score": 72, "tier": "high", "rationale": "Good."});
        let set = output_update(Layer::Fit, &fit, OffsetDateTime::UNIX_EPOCH);
        assert_eq!(set.get_i32("fit_score").unwrap(), 72);
        assert_eq!(set.get_str("fit_rationale").unwrap(), "Good.");
        assert_eq!(set.get_str("fit_category").unwrap(), "high");
        assert!(set.contains_key("jobintel_outputs.fit"));
        let pain = serde_json::json!({"pain_points": [{"text": "Scale the platform"}], "strategic_needs": [], "success_metrics": []});
        let set = output_update(Layer::PainPoints, &pain, OffsetDateTime::UNIX_EPOCH);
        assert_eq!(
            set.get_array("pain_points").unwrap(),
            &vec![Bson::String("Scale the platform".into())]
        );
        // Once jobintel has processed a job, those names are its copies, not unknown fields.
        let mut d = job_to_document(&NewJob {
            id: "j1".into(),
            dedupe_key: "k".into(),
            title: "T".into(),
            company: "C".into(),
            location: String::new(),
            job_description: "D".into(),
            job_criteria: String::new(),
            job_url: String::new(),
            url: String::new(),
            source: String::new(),
            created_at: OffsetDateTime::UNIX_EPOCH,
            score: None,
            status: JobStatus::NotProcessed,
            extra: serde_json::Map::new(),
        });
        d.extend(set);
        d.insert(F_OUTPUTS, doc! {"pain_points": {}});
        let j = job_from_document(&d).unwrap();
        assert!(j.doc.extra.is_empty(), "{:?}", j.doc.extra);
    }

    #[test]
    fn runs_events_and_costs_round_trip() {
        let t = time::macros::datetime!(2025-03-01 10:00 UTC);
        let run = Run {
            id: "r1".into(),
            job_id: "j1".into(),
            status: RunStatus::Running,
            created_at: t,
            started_at: Some(t),
            finished_at: None,
            error: None,
            layers: BTreeMap::new(),
            cancel_requested: true,
        };
        assert_eq!(run_from_document(&run_to_document(&run)).unwrap(), run);
        let ev = RunEvent {
            seq: 3,
            at: t,
            kind: EventKind::LayerFinished,
            layer: Some(Layer::Fit),
            message: "fit finished".into(),
            data: serde_json::json!({"ms": 12}),
        };
        assert_eq!(
            event_from_document(&event_to_document("r1", 3, &ev)).unwrap(),
            ev
        );
        let cost = CostRecord {
            run_id: Some("r1".into()),
            layer: Layer::Fit,
            provider: "openai".into(),
            model: "gpt-4o-mini".into(),
            input_tokens: 100,
            output_tokens: 10,
            cost_usd: 0.001,
            latency_ms: 300,
            at: t,
        };
        assert_eq!(cost_from_document(&cost_to_document(&cost)).unwrap(), cost);
    }
}
