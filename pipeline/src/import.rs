//! Turning uploaded `level-2` JSON (one document or an array) and pasted text into validated [`NewJob`]s.
//!
//! Every document is validated before anything is written, so an import either adds all its new jobs
//! or none, and the error names the document and the field.

use crate::ids;
use crate::job::{JobStatus, NewJob};
use crate::{Error, Result};
use serde_json::{Map, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Largest accepted job description. Real postings run to ~15k characters; anything far beyond is
/// a mistake (a whole web page, a binary) and would only slow every later layer.
pub const MAX_DESCRIPTION_BYTES: usize = 512 * 1024;
/// Largest accepted title, company or location.
pub const MAX_SHORT_FIELD_BYTES: usize = 1_000;
/// Largest accepted upload: room for tens of thousands of ordinary postings.
pub const MAX_UPLOAD_BYTES: usize = 64 * 1024 * 1024;

/// Fields mapped to columns; every other field of a document goes to `extra`.
const KNOWN_FIELDS: [&str; 13] = [
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
    "createdAt",
    "score",
    "status",
];

/// Parses an uploaded file: UTF-8 JSON holding one `level-2` document or an array of them.
pub fn parse_upload(bytes: &[u8]) -> Result<Vec<NewJob>> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(Error::invalid(format!(
            "the file is {}, over the {} upload limit; nothing was imported",
            human_bytes(bytes.len()),
            human_bytes(MAX_UPLOAD_BYTES)
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::invalid(format!(
            "the file is not UTF-8 text (invalid byte at offset {}); save it as UTF-8 JSON",
            e.valid_up_to()
        ))
    })?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(Error::invalid("the file is empty"));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        Error::invalid(format!(
            "the file is not valid JSON: {} (line {}, column {})",
            json_error_kind(&e),
            e.line(),
            e.column()
        ))
    })?;
    let docs = match value {
        Value::Array(items) => items,
        obj @ Value::Object(_) => vec![obj],
        _ => {
            return Err(Error::invalid(
                "the file must hold a job document (a JSON object) or an array of them",
            ))
        }
    };
    if docs.is_empty() {
        return Err(Error::invalid(
            "the file holds an empty array: no jobs to import",
        ));
    }
    let now = ids::now();
    docs.into_iter()
        .enumerate()
        .map(|(i, doc)| {
            document_to_job(doc, now).map_err(|msg| {
                Error::invalid(format!(
                    "document {} of the file: {msg}; nothing was imported",
                    i + 1
                ))
            })
        })
        .collect()
}

/// A job typed or pasted by the user.
#[derive(Debug, Clone, Default)]
pub struct PastedJob {
    pub title: String,
    pub company: String,
    pub location: String,
    pub url: String,
    pub description: String,
}

/// Validates a pasted job and gives it an id and a dedupe key.
pub fn pasted_job(p: PastedJob) -> Result<NewJob> {
    let mut doc = Map::new();
    doc.insert("title".into(), Value::String(p.title));
    doc.insert("company".into(), Value::String(p.company));
    doc.insert("location".into(), Value::String(p.location));
    doc.insert("jobURL".into(), Value::String(p.url));
    doc.insert("job_description".into(), Value::String(p.description));
    doc.insert("source".into(), Value::String("manual".into()));
    document_to_job(Value::Object(doc), ids::now()).map_err(Error::invalid)
}

pub use types::job::content_key;

/// The original system's dedupe key: `company|title|location|source`, lower-cased.
pub fn dedupe_key(company: &str, title: &str, location: &str, source: &str) -> String {
    [company, title, location, source]
        .iter()
        .map(|s| s.trim().to_lowercase())
        .collect::<Vec<_>>()
        .join("|")
}

fn document_to_job(doc: Value, now: OffsetDateTime) -> std::result::Result<NewJob, String> {
    let Value::Object(mut doc) = doc else {
        return Err("it is not a JSON object".into());
    };
    let id = match doc.get("_id") {
        None | Some(Value::Null) => ids::new_id(),
        Some(v) => {
            let id = object_id(v).ok_or("`_id` must be a string or {\"$oid\": \"…\"}")?;
            if !ids::is_valid_id(&id) {
                return Err(format!(
                    "`_id` {:?} may only hold letters, digits, '-' and '_' (at most 64)",
                    truncate(&id, 80)
                ));
            }
            id
        }
    };
    let title = required_text(&doc, "title")?;
    let company = required_text(&doc, "company")?;
    let description = text_field(&doc, "job_description", MAX_DESCRIPTION_BYTES)?;
    if description.trim().is_empty() {
        return Err(format!(
            "`job_description` of {:?} is missing or empty",
            truncate(&title, 80)
        ));
    }
    let location = text_field(&doc, "location", MAX_SHORT_FIELD_BYTES)?;
    let source = text_field(&doc, "source", MAX_SHORT_FIELD_BYTES)?;
    let dedupe = match text_field(&doc, "dedupeKey", MAX_SHORT_FIELD_BYTES)? {
        k if k.trim().is_empty() => dedupe_key(&company, &title, &location, &source),
        k => k,
    };
    let status = match doc.get("status") {
        None | Some(Value::Null) => JobStatus::NotProcessed,
        Some(Value::String(s)) => JobStatus::parse(s)
            .ok_or_else(|| format!("`status` {:?} is not a known status", truncate(s, 40)))?,
        Some(_) => return Err("`status` must be a string".into()),
    };
    let job = NewJob {
        id,
        dedupe_key: dedupe,
        title,
        company,
        location,
        job_description: description,
        job_criteria: text_field(&doc, "job_criteria", MAX_DESCRIPTION_BYTES)?,
        job_url: text_field(&doc, "jobURL", MAX_DESCRIPTION_BYTES)?,
        url: text_field(&doc, "url", MAX_DESCRIPTION_BYTES)?,
        source,
        created_at: created_at(doc.get("createdAt"))?.unwrap_or(now),
        score: match doc.get("score") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            Some(_) => return Err("`score` must be a string or a number".into()),
        },
        status,
        extra: Map::new(),
    };
    for key in KNOWN_FIELDS {
        doc.remove(key);
    }
    Ok(NewJob { extra: doc, ..job })
}

fn object_id(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(m) => m.get("$oid")?.as_str().map(|s| s.trim().to_string()),
        _ => None,
    }
}

fn required_text(doc: &Map<String, Value>, key: &str) -> std::result::Result<String, String> {
    let text = text_field(doc, key, MAX_SHORT_FIELD_BYTES)?;
    if text.trim().is_empty() {
        return Err(format!("`{key}` is missing or empty"));
    }
    Ok(text.trim().to_string())
}

/// A string field (absent or null → empty), refused when it is another type or over `limit` bytes.
fn text_field(
    doc: &Map<String, Value>,
    key: &str,
    limit: usize,
) -> std::result::Result<String, String> {
    match doc.get(key) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) if s.len() > limit => Err(format!(
            "`{key}` is {}, over the {} limit",
            human_bytes(s.len()),
            human_bytes(limit)
        )),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(format!("`{key}` must be a string")),
    }
}

/// `createdAt` as RFC 3339 text or MongoDB extended JSON (`{"$date": "…"}` or `{"$date": millis}`).
fn created_at(v: Option<&Value>) -> std::result::Result<Option<OffsetDateTime>, String> {
    let bad = || "`createdAt` must be an RFC 3339 date such as 2025-11-28T08:58:28Z".to_string();
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => OffsetDateTime::parse(s.trim(), &Rfc3339)
            .map(Some)
            .map_err(|_| bad()),
        Some(Value::Object(m)) => match m.get("$date") {
            Some(Value::String(s)) => OffsetDateTime::parse(s.trim(), &Rfc3339)
                .map(Some)
                .map_err(|_| bad()),
            Some(Value::Number(n)) => n
                .as_i64()
                .and_then(|ms| {
                    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()
                })
                .map(Some)
                .ok_or_else(bad),
            Some(Value::Object(inner)) => inner
                .get("$numberLong")
                .and_then(Value::as_str)
                .and_then(|s| s.parse::<i64>().ok())
                .and_then(|ms| {
                    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()
                })
                .map(Some)
                .ok_or_else(bad),
            _ => Err(bad()),
        },
        Some(_) => Err(bad()),
    }
}

fn json_error_kind(e: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "it ends too early (truncated?)",
        Category::Syntax => "syntax error",
        Category::Data => "unexpected data",
        Category::Io => "read error",
    }
}

fn truncate(s: &str, max_chars: usize) -> String {
    let mut out: String = s.chars().take(max_chars).collect();
    if s.chars().count() > max_chars {
        out.push('…');
    }
    out
}

/// `1.5 MB`-style sizes for messages.
pub fn human_bytes(n: usize) -> String {
    const KIB: f64 = 1024.0;
    let n = n as f64;
    if n >= KIB * KIB {
        format!("{:.1} MiB", n / (KIB * KIB))
    } else if n >= KIB {
        format!("{:.0} KiB", n / KIB)
    } else {
        format!("{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(extra: &str) -> String {
        format!(
            r#"{{"title":"Staff Engineer","company":"Acme","job_description":"Build things."{extra}}}"#
        )
    }

    #[test]
    fn single_document_and_array_both_import() {
        assert_eq!(parse_upload(doc("").as_bytes()).unwrap().len(), 1);
        let arr = format!("[{},{}]", doc(""), doc(r#","location":"Berlin""#));
        assert_eq!(parse_upload(arr.as_bytes()).unwrap().len(), 2);
    }

    #[test]
    fn object_id_forms_are_accepted() {
        let a =
            parse_upload(doc(r#","_id":{"$oid":"6929643c45fa3c355f849d73"}"#).as_bytes()).unwrap();
        assert_eq!(a[0].id, "6929643c45fa3c355f849d73");
        let b = parse_upload(doc(r#","_id":"abc123""#).as_bytes()).unwrap();
        assert_eq!(b[0].id, "abc123");
    }

    #[test]
    fn id_with_path_characters_is_refused() {
        let err = parse_upload(doc(r#","_id":"../../etc""#).as_bytes()).unwrap_err();
        assert!(err.to_string().contains("`_id`"), "{err}");
    }

    #[test]
    fn dedupe_key_is_derived_like_the_original_when_missing() {
        let jobs =
            parse_upload(doc(r#","location":"Berlin, Germany","source":"LinkedIn""#).as_bytes())
                .unwrap();
        assert_eq!(
            jobs[0].dedupe_key,
            "acme|staff engineer|berlin, germany|linkedin"
        );
    }

    #[test]
    fn truncated_json_names_the_problem() {
        let err = parse_upload(br#"[{"title":"a","company""#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("truncated"), "{err}");
        assert!(err.contains("line 1"), "{err}");
    }

    #[test]
    fn non_utf8_is_refused_with_offset() {
        let mut bytes = doc("").into_bytes();
        bytes.insert(5, 0xff);
        let err = parse_upload(&bytes).unwrap_err().to_string();
        assert!(
            err.contains("not UTF-8") && err.contains("offset 5"),
            "{err}"
        );
    }

    #[test]
    fn oversized_description_rejects_the_whole_file() {
        let big = "x".repeat(10 * 1024 * 1024);
        let file = format!(
            r#"[{},{{"title":"T","company":"C","job_description":"{big}"}}]"#,
            doc("")
        );
        let err = parse_upload(file.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("document 2") && err.contains("limit"), "{err}");
        assert!(err.contains("nothing was imported"), "{err}");
    }

    #[test]
    fn missing_title_and_empty_description_are_named() {
        let err = parse_upload(br#"{"company":"C","job_description":"d"}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("`title`"), "{err}");
        let err = parse_upload(br#"{"title":"T","company":"C","job_description":"  "}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("`job_description`"), "{err}");
    }

    #[test]
    fn unknown_fields_are_kept_and_status_is_read() {
        let jobs =
            parse_upload(doc(r#","status":"applied","is_ai_job":true,"score":"85""#).as_bytes())
                .unwrap();
        assert_eq!(jobs[0].status, JobStatus::Applied);
        assert_eq!(jobs[0].score.as_deref(), Some("85"));
        assert_eq!(jobs[0].extra.get("is_ai_job"), Some(&Value::Bool(true)));
        let err = parse_upload(doc(r#","status":"archived""#).as_bytes()).unwrap_err();
        assert!(err.to_string().contains("`status`"));
    }

    #[test]
    fn mongo_extended_dates_parse() {
        let jobs =
            parse_upload(doc(r#","createdAt":{"$date":"2025-11-28T08:58:28.548Z"}"#).as_bytes())
                .unwrap();
        assert_eq!(jobs[0].created_at.year(), 2025);
        let jobs = parse_upload(doc(r#","createdAt":{"$date":1764320308548}"#).as_bytes()).unwrap();
        assert_eq!(jobs[0].created_at.year(), 2025);
        assert!(parse_upload(doc(r#","createdAt":"yesterday""#).as_bytes()).is_err());
    }

    #[test]
    fn wrong_top_level_shapes_are_refused() {
        assert!(parse_upload(b"42").is_err());
        assert!(parse_upload(b"[]").is_err());
        assert!(parse_upload(b"").is_err());
        assert!(parse_upload(b"[1]")
            .unwrap_err()
            .to_string()
            .contains("not a JSON object"));
    }

    #[test]
    fn pasted_job_requires_title_company_and_text() {
        let ok = pasted_job(PastedJob {
            title: "Lead".into(),
            company: "Acme".into(),
            description: "<script>alert(1)</script> We build.".into(),
            ..PastedJob::default()
        })
        .unwrap();
        assert_eq!(ok.source, "manual");
        assert!(
            ok.job_description.contains("<script>"),
            "text is stored as given"
        );
        assert!(pasted_job(PastedJob {
            title: "Lead".into(),
            ..PastedJob::default()
        })
        .is_err());
    }
}
