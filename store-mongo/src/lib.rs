//! The MongoDB backend: jobintel on the original stack's database, unchanged. Jobs stay in
//! `level-2` as the original stores them and are only ever updated with `$set` on named fields
//! (never replaced, never stripped of a field jobintel does not know); runs, events, costs,
//! sessions, caches and settings live in collections of their own (`jobintel_*`), with indexes made
//! at start. The queue claim is one `findOneAndUpdate` with a lease, so several instances on one
//! replica set never run one job twice.
//!
//! The mapping and the query builders are pure ([`mapping`], [`query`]) and tested without a
//! server; the conformance suite runs against a real server when `MONGODB_URI` is set.

pub mod mapping;
pub mod query;

use async_trait::async_trait;
use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;
use mapping::*;
use mongodb::options::{FindOneAndUpdateOptions, IndexOptions, ReturnDocument};
use mongodb::{Client, Collection, Database, IndexModel};
use store::{
    ids, CacheSpace, CostRecord, Duplicate, EnqueueOutcome, Error, ImportReport, JobArchive,
    LeaseState, Result, Run, RunArchive, RunEvent, RunStatus, RunSummary, SessionRecord, Store,
};
use time::OffsetDateTime;
use types::job::{Job, JobPage, JobQuery, JobSort, JobStatus, NewJob, StatusChange, StatusFilter};
use types::{CandidateProfile, DocKind, DocVersion, NewVersion};

pub struct MongoStore {
    db: Database,
}

/// The store's error for a driver error: a duplicate key is a conflict, anything else a store
/// failure (the driver's text never names a password; the URI is not in it).
fn db(e: mongodb::error::Error) -> Error {
    if is_duplicate(&e) {
        Error::Conflict("a record with this key".into())
    } else {
        Error::Store(e.to_string())
    }
}

fn is_duplicate(e: &mongodb::error::Error) -> bool {
    use mongodb::error::{ErrorKind, WriteFailure};
    match &*e.kind {
        ErrorKind::Write(WriteFailure::WriteError(w)) => w.code == 11000,
        ErrorKind::InsertMany(m) => m
            .write_errors
            .as_ref()
            .is_some_and(|w| w.iter().any(|x| x.code == 11000)),
        _ => e.to_string().contains("E11000"),
    }
}

fn bad(e: impl std::fmt::Display) -> Error {
    Error::Store(e.to_string())
}

trait Db<T> {
    fn db(self) -> Result<T>;
}

impl<T> Db<T> for std::result::Result<T, mongodb::error::Error> {
    fn db(self) -> Result<T> {
        self.map_err(db)
    }
}

fn now() -> OffsetDateTime {
    ids::now()
}

fn lease_until(lease: std::time::Duration) -> bson::DateTime {
    to_date(now() + time::Duration::try_from(lease).unwrap_or(time::Duration::seconds(30)))
}

/// The database a URI names (its path), else `MONGODB_DB`'s value, else `jobs`.
pub fn database_name(uri: &str, fallback: Option<&str>) -> String {
    let path = uri
        .split_once("://")
        .map(|(_, rest)| rest)
        .and_then(|rest| rest.split_once('/'))
        .map(|(_, path)| path.split('?').next().unwrap_or(""))
        .unwrap_or("");
    if !path.is_empty() {
        path.to_string()
    } else {
        fallback
            .filter(|f| !f.is_empty())
            .unwrap_or("jobs")
            .to_string()
    }
}

impl MongoStore {
    /// Connects to the server a `mongodb://` or `mongodb+srv://` URI names, and makes the indexes.
    pub async fn open(uri: &str, database: &str) -> Result<Self> {
        let client = Client::with_uri_str(uri)
            .await
            .map_err(|e| Error::invalid(format!("MONGODB_URI is not usable: {e}")))?;
        let store = MongoStore {
            db: client.database(database),
        };
        store.ping().await?;
        store.make_indexes().await;
        store.fill_search_fields().await?;
        Ok(store)
    }

    fn coll(&self, name: &str) -> Collection<Document> {
        self.db.collection(name)
    }

    /// Indexes are made at every start (creating an existing one is a no-op). One the original
    /// database already has under another name, or that its data does not allow (duplicate
    /// `dedupeKey`s), is logged, not fatal.
    async fn make_indexes(&self) {
        let unique = || IndexOptions::builder().unique(true).build();
        let partial = |field: &str| {
            IndexOptions::builder()
                .unique(true)
                .partial_filter_expression(doc! { field: { "$type": "string" } })
                .build()
        };
        let wanted: Vec<(&str, Document, Option<IndexOptions>)> = vec![
            (JOBS, doc! { "dedupeKey": 1 }, Some(unique())),
            (JOBS, doc! { F_CONTENT: 1 }, Some(partial(F_CONTENT))),
            (JOBS, doc! { F_CREATED: -1, "_id": -1 }, None),
            (JOBS, doc! { "status": 1, F_CREATED: -1 }, None),
            (JOBS, doc! { F_FIT: -1, F_CREATED: -1 }, None),
            (JOBS, doc! { F_WORDS: 1 }, None),
            (HISTORY, doc! { "job_id": 1, "at": 1 }, None),
            (RUNS, doc! { "status": 1, "created_at": 1 }, None),
            (RUNS, doc! { "job_id": 1, "created_at": -1 }, None),
            (RUNS, doc! { "active_job": 1 }, Some(partial("active_job"))),
            (EVENTS, doc! { "run_id": 1, "seq": 1 }, None),
            (COSTS, doc! { "at": 1 }, None),
            (COSTS, doc! { "run_id": 1 }, None),
            (SESSIONS, doc! { "expires_at": 1 }, None),
            (CACHE, doc! { "expires_at": 1 }, None),
            (
                VERSIONS,
                doc! { "owner": 1, "kind": 1, "version": -1 },
                None,
            ),
        ];
        for (coll, keys, options) in wanted {
            let model = IndexModel::builder().keys(keys).options(options).build();
            if let Err(e) = self.coll(coll).create_index(model).await {
                tracing::warn!(collection = coll, error = %e, "index not created");
            }
        }
    }

    /// Gives documents the original wrote (or wrote since) their search words and content key:
    /// `$set` of jobintel's own fields only.
    async fn fill_search_fields(&self) -> Result<()> {
        let jobs = self.coll(JOBS);
        let mut cursor = jobs
            .find(doc! { F_WORDS: { "$exists": false } })
            .projection(doc! { "title": 1, "company": 1, "location": 1, "job_description": 1, "description": 1 })
            .await
            .db()?;
        while let Some(d) = cursor.try_next().await.db()? {
            let Some(id) = d.get("_id").cloned() else {
                continue;
            };
            let get = |k: &str| d.get_str(k).unwrap_or_default().to_string();
            let description = match get("job_description") {
                t if t.is_empty() => get("description"),
                t => t,
            };
            let mut set = doc! {
                F_WORDS: search_words_of(&get("title"), &get("company"), &get("location")),
            };
            let key = types::job::content_key(&get("company"), &description);
            if let Some(key) = &key {
                // Another document with the same content keeps the key: this one goes without.
                let taken = jobs
                    .count_documents(doc! { F_CONTENT: key })
                    .limit(1)
                    .await
                    .db()?;
                if taken == 0 {
                    set.insert(F_CONTENT, key);
                }
            }
            jobs.update_one(doc! { "_id": id }, doc! { "$set": set })
                .await
                .db()?;
        }
        Ok(())
    }

    async fn find_all(
        &self,
        coll: &str,
        filter: Document,
        sort: Document,
        limit: Option<i64>,
    ) -> Result<Vec<Document>> {
        let c = self.coll(coll);
        let mut find = c.find(filter).sort(sort);
        if let Some(l) = limit {
            find = find.limit(l);
        }
        find.await.db()?.try_collect().await.db()
    }

    async fn history_of(&self, id: &str) -> Result<Vec<StatusChange>> {
        let docs = self
            .find_all(
                HISTORY,
                doc! { "job_id": id },
                doc! { "at": 1, "_id": 1 },
                None,
            )
            .await?;
        docs.iter()
            .map(|d| {
                Ok(StatusChange {
                    status: JobStatus::parse(d.get_str("status").unwrap_or_default())
                        .unwrap_or(JobStatus::NotProcessed),
                    at: d
                        .get_datetime("at")
                        .map(|t| from_date(*t))
                        .unwrap_or(OffsetDateTime::UNIX_EPOCH),
                    note: d.get_str("note").unwrap_or_default().to_string(),
                })
            })
            .collect()
    }

    async fn add_history(
        &self,
        job_id: &str,
        status: JobStatus,
        at: OffsetDateTime,
        note: &str,
    ) -> Result<()> {
        self.coll(HISTORY)
            .insert_one(doc! { "job_id": job_id, "status": status.as_str(), "at": to_date(at), "note": note })
            .await
            .db()?;
        Ok(())
    }

    /// Removes the documents of `coll` whose `expires_at` has passed (cache rows, sessions).
    async fn delete_expired(&self, coll: &str) -> Result<u64> {
        Ok(self
            .coll(coll)
            .delete_many(doc! { "expires_at": { "$lte": to_date(now()) } })
            .await
            .db()?
            .deleted_count)
    }

    async fn count(&self, coll: &str, filter: Document) -> Result<u64> {
        self.coll(coll).count_documents(filter).await.db()
    }

    async fn one_run(&self, filter: Document) -> Result<Option<Run>> {
        match self.coll(RUNS).find_one(filter).await.db()? {
            Some(d) => Ok(Some(run_from_document(&d).map_err(bad)?)),
            None => Ok(None),
        }
    }

    /// The job's `pipeline_*` fields, as the original set them for its frontend.
    async fn mark_job(&self, job_id: &str, set: Document) {
        let mut set = set;
        set.insert("pipeline_updated_at", to_date(now()));
        if let Err(e) = self
            .coll(JOBS)
            .update_one(doc! { "_id": id_to_bson(job_id) }, doc! { "$set": set })
            .await
        {
            tracing::warn!(job_id, error = %e, "pipeline fields not set on the job");
        }
    }
}

#[async_trait]
impl Store for MongoStore {
    async fn ping(&self) -> Result<()> {
        self.db.run_command(doc! { "ping": 1 }).await.db()?;
        Ok(())
    }

    fn backend(&self) -> &'static str {
        "mongodb"
    }

    async fn backup_to(&self, _dest: &std::path::Path) -> Result<()> {
        // The server backs a MongoDB store up as a SQLite snapshot (`server::backend::backup`).
        Err(Error::invalid(
            "a MongoDB store has no file copy of its own: jobintel backs it up into a SQLite file with migrate, or use mongodump",
        ))
    }

    async fn import_jobs(&self, jobs: Vec<NewJob>) -> Result<ImportReport> {
        let coll = self.coll(JOBS);
        let mut report = ImportReport::default();
        let at = now();
        for job in jobs {
            let mut d = job_to_document(&job);
            d.insert(F_UPDATED, to_date(at));
            let duplicate = Duplicate {
                title: job.title.clone(),
                company: job.company.clone(),
                dedupe_key: job.dedupe_key.clone(),
            };
            match coll.insert_one(d).await {
                Ok(_) => {
                    self.add_history(&job.id, job.status, at, "imported")
                        .await?;
                    report.added += 1;
                }
                Err(e) if is_duplicate(&e) => report.duplicates.push(duplicate),
                Err(e) => return Err(db(e)),
            }
        }
        Ok(report)
    }

    async fn get_job(&self, id: &str) -> Result<Option<Job>> {
        match self
            .coll(JOBS)
            .find_one(doc! { "_id": id_to_bson(id) })
            .await
            .db()?
        {
            Some(d) => Ok(Some(job_from_document(&d).map_err(bad)?)),
            None => Ok(None),
        }
    }

    async fn list_jobs(&self, q: &JobQuery) -> Result<JobPage> {
        let q = q.clone().normalised();
        let empty = |total| JobPage {
            jobs: Vec::new(),
            total,
            total_exact: true,
            hidden: 0,
            page: q.page,
            per_page: q.per_page,
            next: None,
        };
        let text = query::text_filter(&q.text);
        if !q.text.is_empty() && text.is_none() {
            return Ok(empty(0));
        }
        let filter = query::and(
            query::status_filter(&q.status),
            text.clone().unwrap_or_default(),
        );
        let cap = JobPage::COUNT_CAP.max(q.offset() + u64::from(q.per_page) + 1);
        let (total, total_exact) = if text.is_some() {
            let n = self
                .coll(JOBS)
                .count_documents(filter.clone())
                .limit(cap)
                .await
                .db()?;
            (n, n < cap)
        } else {
            (self.count(JOBS, filter.clone()).await?, true)
        };
        let after = q
            .after
            .as_deref()
            .and_then(|c| query::after_filter(q.sort, c));
        let page_filter = match &after {
            Some(a) => query::and(filter, a.clone()),
            None => filter,
        };
        let jobs_coll = self.coll(JOBS);
        let mut find = jobs_coll
            .find(page_filter)
            .sort(query::sort(q.sort))
            .projection(doc! { "job_description": 0, "description": 0, F_OUTPUTS: 0 })
            .limit(i64::from(q.per_page) + 1);
        if after.is_none() {
            find = find.skip(q.offset());
        }
        let mut docs: Vec<Document> = find.await.db()?.try_collect().await.db()?;
        let more = docs.len() > q.per_page as usize;
        docs.truncate(q.per_page as usize);
        let jobs = docs
            .iter()
            .map(|d| summary_from_document(d).map_err(bad))
            .collect::<Result<Vec<_>>>()?;
        let next = (q.sort != JobSort::FitScore && more)
            .then(|| {
                jobs.last()
                    .map(|j| query::cursor(to_date(j.created_at).timestamp_millis(), &j.id))
            })
            .flatten();
        let hidden = if q.status == StatusFilter::Active {
            self.count(JOBS, query::hidden_filter()).await?
        } else {
            0
        };
        Ok(JobPage {
            jobs,
            total,
            total_exact,
            hidden,
            page: q.page,
            per_page: q.per_page,
            next,
        })
    }

    async fn count_jobs(&self) -> Result<u64> {
        self.count(JOBS, Document::new()).await
    }

    async fn set_status(&self, ids: &[String], status: JobStatus, note: &str) -> Result<u64> {
        let at = now();
        let mut changed = 0;
        for id in ids {
            let r = self
                .coll(JOBS)
                .update_one(
                    doc! { "_id": id_to_bson(id), "status": { "$ne": status.as_str() } },
                    doc! { "$set": { "status": status.as_str(), F_UPDATED: to_date(at) } },
                )
                .await
                .db()?;
            if r.modified_count > 0 {
                self.add_history(id, status, at, note).await?;
                changed += 1;
            }
        }
        Ok(changed)
    }

    async fn status_history(&self, id: &str) -> Result<Vec<StatusChange>> {
        self.history_of(id).await
    }

    async fn delete_jobs(&self, ids: &[String]) -> Result<u64> {
        let r = self
            .coll(JOBS)
            .delete_many(query::ids_filter(ids))
            .await
            .db()?;
        self.coll(HISTORY)
            .delete_many(doc! { "job_id": { "$in": ids } })
            .await
            .db()?;
        self.coll(VERSIONS)
            .delete_many(doc! { "owner": { "$in": ids } })
            .await
            .db()?;
        Ok(r.deleted_count)
    }

    async fn save_output(
        &self,
        job_id: &str,
        layer: types::Layer,
        output: &serde_json::Value,
    ) -> Result<()> {
        let r = self
            .coll(JOBS)
            .update_one(
                doc! { "_id": id_to_bson(job_id) },
                doc! { "$set": output_update(layer, output, now()) },
            )
            .await
            .db()?;
        if r.matched_count == 0 {
            return Err(Error::NotFound("job".into()));
        }
        Ok(())
    }

    async fn set_fit_score(&self, job_id: &str, score: Option<u8>) -> Result<()> {
        let set = match score {
            Some(s) => doc! { "$set": { F_FIT: i32::from(s), F_UPDATED: to_date(now()) } },
            None => doc! { "$unset": { F_FIT: "" }, "$set": { F_UPDATED: to_date(now()) } },
        };
        self.coll(JOBS)
            .update_one(doc! { "_id": id_to_bson(job_id) }, set)
            .await
            .db()?;
        Ok(())
    }

    async fn get_profile(&self) -> Result<Option<CandidateProfile>> {
        let Some(d) = self.coll(PROFILE).find_one(doc! { "_id": 1 }).await.db()? else {
            return Ok(None);
        };
        Ok(Some(CandidateProfile {
            master_cv: d.get_str("master_cv").unwrap_or_default().to_string(),
            knowledge_base: d.get_str("knowledge_base").unwrap_or_default().to_string(),
            updated_at: d
                .get_datetime("updated_at")
                .map(|t| from_date(*t))
                .unwrap_or(OffsetDateTime::UNIX_EPOCH),
        }))
    }

    async fn put_profile(&self, p: &CandidateProfile) -> Result<()> {
        self.coll(PROFILE)
            .replace_one(
                doc! { "_id": 1 },
                doc! { "_id": 1, "master_cv": &p.master_cv, "knowledge_base": &p.knowledge_base, "updated_at": to_date(p.updated_at) },
            )
            .upsert(true)
            .await
            .db()?;
        Ok(())
    }

    async fn create_run(&self, job_id: &str) -> Result<Run> {
        let run = Run {
            id: ids::new_id(),
            job_id: job_id.to_string(),
            status: RunStatus::Queued,
            created_at: now(),
            started_at: None,
            finished_at: None,
            error: None,
            layers: Default::default(),
            cancel_requested: false,
        };
        self.coll(RUNS)
            .insert_one(run_to_document(&run))
            .await
            .db()?;
        Ok(run)
    }

    async fn enqueue_run(&self, job_id: &str, max_queued: u64) -> Result<EnqueueOutcome> {
        let active = doc! { "job_id": job_id, "status": { "$in": ["queued", "running"] } };
        if let Some(run) = self.one_run(active.clone()).await? {
            return Ok(EnqueueOutcome::AlreadyActive(run));
        }
        let queued = self.count(RUNS, doc! { "status": "queued" }).await?;
        if queued >= max_queued {
            return Ok(EnqueueOutcome::QueueFull { queued });
        }
        let run = Run {
            id: ids::new_id(),
            job_id: job_id.to_string(),
            status: RunStatus::Queued,
            created_at: now(),
            started_at: None,
            finished_at: None,
            error: None,
            layers: Default::default(),
            cancel_requested: false,
        };
        let mut d = run_to_document(&run);
        // Unique while the run is queued or running: a second instance enqueueing the same job at
        // the same moment gets the first one's run.
        d.insert("active_job", job_id);
        match self.coll(RUNS).insert_one(d).await {
            Ok(_) => {
                self.mark_job(
                    job_id,
                    doc! { "pipeline_run_id": &run.id, "pipeline_status": "queued" },
                )
                .await;
                Ok(EnqueueOutcome::Queued(run))
            }
            Err(e) if is_duplicate(&e) => match self.one_run(active).await? {
                Some(run) => Ok(EnqueueOutcome::AlreadyActive(run)),
                None => Err(Error::Conflict("a run of this job".into())),
            },
            Err(e) => Err(db(e)),
        }
    }

    async fn claim_run(&self, owner: &str, lease: std::time::Duration) -> Result<Option<Run>> {
        let at = now();
        let opts = FindOneAndUpdateOptions::builder()
            .sort(doc! { "created_at": 1 })
            .return_document(ReturnDocument::After)
            .build();
        let Some(d) = self
            .coll(RUNS)
            .find_one_and_update(
                query::claimable(to_date(at)),
                doc! { "$set": { "status": "running", "lease_owner": owner, "lease_expires": lease_until(lease) } },
            )
            .with_options(opts)
            .await
            .db()?
        else {
            return Ok(None);
        };
        let mut run = run_from_document(&d).map_err(bad)?;
        if run.started_at.is_none() {
            run.started_at = Some(at);
            self.coll(RUNS)
                .update_one(
                    doc! { "_id": &run.id, "started_at": null },
                    doc! { "$set": { "started_at": to_date(at) } },
                )
                .await
                .db()?;
        }
        self.mark_job(
            &run.job_id,
            doc! { "pipeline_run_id": &run.id, "pipeline_status": "running", "pipeline_started_at": to_date(run.started_at.unwrap_or(at)) },
        )
        .await;
        Ok(Some(run))
    }

    async fn renew_lease(
        &self,
        run_id: &str,
        owner: &str,
        lease: std::time::Duration,
    ) -> Result<LeaseState> {
        let d = self
            .coll(RUNS)
            .find_one_and_update(
                doc! { "_id": run_id, "lease_owner": owner, "status": "running" },
                doc! { "$set": { "lease_expires": lease_until(lease) } },
            )
            .return_document(ReturnDocument::After)
            .await
            .db()?;
        Ok(match d {
            Some(d) => LeaseState {
                held: true,
                cancel_requested: d.get_bool("cancel_requested").unwrap_or(false),
            },
            None => LeaseState {
                held: false,
                cancel_requested: false,
            },
        })
    }

    async fn finish_run(
        &self,
        run_id: &str,
        owner: &str,
        status: RunStatus,
        error: Option<&str>,
    ) -> Result<bool> {
        let at = now();
        let d = self
            .coll(RUNS)
            .find_one_and_update(
                doc! { "_id": run_id, "lease_owner": owner, "status": "running" },
                doc! {
                    "$set": { "status": status.as_str(), "error": error, "finished_at": to_date(at) },
                    "$unset": { "active_job": "", "lease_owner": "", "lease_expires": "" },
                },
            )
            .await
            .db()?;
        let Some(d) = d else { return Ok(false) };
        if let Ok(job_id) = d.get_str("job_id") {
            let word = if status == RunStatus::Succeeded {
                "completed"
            } else {
                "failed"
            };
            self.mark_job(
                job_id,
                doc! { "pipeline_status": word, "pipeline_completed_at": to_date(at) },
            )
            .await;
        }
        Ok(true)
    }

    async fn request_cancel(&self, run_id: &str) -> Result<Option<Run>> {
        let at = now();
        self.coll(RUNS)
            .update_one(
                doc! { "_id": run_id, "status": "queued" },
                doc! {
                    "$set": { "status": "cancelled", "finished_at": to_date(at) },
                    "$unset": { "active_job": "" },
                },
            )
            .await
            .db()?;
        self.coll(RUNS)
            .update_one(
                doc! { "_id": run_id, "status": "running" },
                doc! { "$set": { "cancel_requested": true } },
            )
            .await
            .db()?;
        self.get_run(run_id).await
    }

    async fn run_counts(&self) -> Result<Vec<(RunStatus, u64)>> {
        let mut out = Vec::new();
        let mut cursor = self
            .coll(RUNS)
            .aggregate(vec![
                doc! { "$group": { "_id": "$status", "n": { "$sum": 1 } } },
            ])
            .await
            .db()?;
        while let Some(d) = cursor.try_next().await.db()? {
            if let (Some(s), Ok(n)) = (
                d.get_str("_id").ok().and_then(RunStatus::parse),
                d.get_i32("n").map(i64::from).or_else(|_| d.get_i64("n")),
            ) {
                out.push((s, n as u64));
            }
        }
        Ok(out)
    }

    async fn get_run(&self, id: &str) -> Result<Option<Run>> {
        self.one_run(doc! { "_id": id }).await
    }

    async fn update_run(&self, run: &Run) -> Result<()> {
        let mut set = run_to_document(run);
        set.remove("_id");
        set.remove("cancel_requested");
        self.coll(RUNS)
            .update_one(doc! { "_id": &run.id }, doc! { "$set": set })
            .await
            .db()?;
        Ok(())
    }

    async fn list_runs(&self, job_id: Option<&str>, limit: u32) -> Result<Vec<Run>> {
        let filter = job_id.map_or_else(Document::new, |j| doc! { "job_id": j });
        let docs = self
            .find_all(
                RUNS,
                filter,
                doc! { "created_at": -1, "_id": -1 },
                Some(i64::from(limit)),
            )
            .await?;
        docs.iter()
            .map(|d| run_from_document(d).map_err(bad))
            .collect()
    }

    async fn list_run_summaries(
        &self,
        job_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<RunSummary>> {
        let runs = self.list_runs(job_id, limit).await?;
        let job_ids: Vec<String> = runs.iter().map(|r| r.job_id.clone()).collect();
        let jobs = self
            .find_all(JOBS, query::ids_filter(&job_ids), Document::new(), None)
            .await?;
        let names: std::collections::HashMap<String, (String, String)> = jobs
            .iter()
            .filter_map(|d| {
                let id = d.get("_id").and_then(id_from_bson)?;
                Some((
                    id,
                    (
                        d.get_str("title").unwrap_or_default().to_string(),
                        d.get_str("company").unwrap_or_default().to_string(),
                    ),
                ))
            })
            .collect();
        let run_ids: Vec<&str> = runs.iter().map(|r| r.id.as_str()).collect();
        let mut costs: std::collections::HashMap<String, f64> = Default::default();
        let mut cursor = self
            .coll(COSTS)
            .aggregate(vec![
                doc! { "$match": { "run_id": { "$in": run_ids } } },
                doc! { "$group": { "_id": "$run_id", "usd": { "$sum": "$cost_usd" } } },
            ])
            .await
            .db()?;
        while let Some(d) = cursor.try_next().await.db()? {
            if let (Ok(id), Ok(usd)) = (d.get_str("_id"), d.get_f64("usd")) {
                costs.insert(id.to_string(), usd);
            }
        }
        Ok(runs
            .into_iter()
            .map(|run| RunSummary {
                job: names.get(&run.job_id).cloned(),
                cost_usd: costs.get(&run.id).copied().unwrap_or(0.0),
                run,
            })
            .collect())
    }

    async fn append_event(&self, run_id: &str, event: RunEvent, keep: u64) -> Result<u64> {
        // The next number comes from one atomic increment: instances never hand out one twice.
        let counter = self
            .coll(COUNTERS)
            .find_one_and_update(
                doc! { "_id": format!("events:{run_id}") },
                doc! { "$inc": { "n": 1_i64 } },
            )
            .upsert(true)
            .return_document(ReturnDocument::After)
            .await
            .db()?
            .ok_or_else(|| Error::Store("event counter missing".into()))?;
        let seq = counter.get_i64("n").map_err(bad)? as u64;
        self.coll(EVENTS)
            .insert_one(event_to_document(run_id, seq, &event))
            .await
            .db()?;
        let drop_to = seq.saturating_sub(keep.max(1)) as i64;
        self.coll(EVENTS)
            .delete_many(doc! { "run_id": run_id, "seq": { "$lte": drop_to } })
            .await
            .db()?;
        Ok(seq)
    }

    async fn events_after(&self, run_id: &str, after: u64) -> Result<Vec<RunEvent>> {
        let docs = self
            .find_all(
                EVENTS,
                doc! { "run_id": run_id, "seq": { "$gt": after as i64 } },
                doc! { "seq": 1 },
                None,
            )
            .await?;
        docs.iter()
            .map(|d| event_from_document(d).map_err(bad))
            .collect()
    }

    async fn event_notifications(&self, run_id: &str) -> Option<tokio::sync::mpsc::Receiver<()>> {
        // A standalone server has no change streams: the subscriber then polls.
        let mut changes = match self
            .coll(EVENTS)
            .watch()
            .pipeline(query::event_inserts(run_id))
            .await
        {
            Ok(stream) => stream,
            Err(e) => {
                tracing::debug!(error = %e, "no change stream; run events are polled");
                return None;
            }
        };
        let (tx, rx) = tokio::sync::mpsc::channel(16);
        tokio::spawn(async move {
            use futures_util::StreamExt;
            loop {
                tokio::select! {
                    next = changes.next() => match next {
                        Some(Ok(_)) => {
                            // A full channel already holds a wake-up; one is enough.
                            let _ = tx.try_send(());
                        }
                        _ => return,
                    },
                    _ = tx.closed() => return,
                }
            }
        });
        Some(rx)
    }

    async fn record_cost(&self, cost: &CostRecord) -> Result<()> {
        self.coll(COSTS)
            .insert_one(cost_to_document(cost))
            .await
            .db()?;
        Ok(())
    }

    async fn total_cost(&self, since: OffsetDateTime, run_id: Option<&str>) -> Result<f64> {
        let mut filter = doc! { "at": { "$gte": to_date(since) } };
        if let Some(r) = run_id {
            filter.insert("run_id", r);
        }
        let mut cursor = self
            .coll(COSTS)
            .aggregate(vec![
                doc! { "$match": filter },
                doc! { "$group": { "_id": null, "usd": { "$sum": "$cost_usd" } } },
            ])
            .await
            .db()?;
        Ok(match cursor.try_next().await.db()? {
            Some(d) => d.get_f64("usd").unwrap_or(0.0),
            None => 0.0,
        })
    }

    async fn recent_costs(&self, since: OffsetDateTime, limit: u32) -> Result<Vec<CostRecord>> {
        let docs = self
            .find_all(
                COSTS,
                doc! { "at": { "$gte": to_date(since) } },
                doc! { "at": -1, "_id": -1 },
                Some(i64::from(limit)),
            )
            .await?;
        docs.iter()
            .map(|d| cost_from_document(d).map_err(bad))
            .collect()
    }

    async fn cache_get(&self, namespace: CacheSpace, key: &str) -> Result<Option<String>> {
        let d = self
            .coll(CACHE)
            .find_one(doc! { "_id": format!("{}:{key}", namespace.as_str()), "expires_at": { "$gt": to_date(now()) } })
            .await
            .db()?;
        Ok(d.and_then(|d| d.get_str("value").ok().map(str::to_string)))
    }

    async fn cache_put(
        &self,
        namespace: CacheSpace,
        key: &str,
        value: &str,
        ttl: time::Duration,
    ) -> Result<()> {
        let id = format!("{}:{key}", namespace.as_str());
        self.coll(CACHE)
            .replace_one(
                doc! { "_id": &id },
                doc! { "_id": &id, "value": value, "expires_at": to_date(now() + ttl) },
            )
            .upsert(true)
            .await
            .db()?;
        Ok(())
    }

    async fn purge_expired_cache(&self) -> Result<u64> {
        self.delete_expired(CACHE).await
    }

    async fn get_setting(&self, key: &str) -> Result<Option<String>> {
        let d = self
            .coll(SETTINGS)
            .find_one(doc! { "_id": key })
            .await
            .db()?;
        Ok(d.and_then(|d| d.get_str("value").ok().map(str::to_string)))
    }

    async fn put_setting(&self, key: &str, value: &str) -> Result<()> {
        self.coll(SETTINGS)
            .replace_one(doc! { "_id": key }, doc! { "_id": key, "value": value })
            .upsert(true)
            .await
            .db()?;
        Ok(())
    }

    async fn delete_setting(&self, key: &str) -> Result<()> {
        self.coll(SETTINGS)
            .delete_one(doc! { "_id": key })
            .await
            .db()?;
        Ok(())
    }

    async fn export_jobs(&self, after: Option<&str>, limit: u32) -> Result<Vec<JobArchive>> {
        // MongoDB compares ids only within one type: string ids first, in order, then ObjectIds.
        let string_ids = |from: Bson| doc! { "_id": { "$type": "string", "$gt": from } };
        let object_ids = |from: Option<Bson>| match from {
            Some(b) => doc! { "_id": { "$gt": b } },
            None => doc! { "_id": { "$type": "objectId" } },
        };
        let mut docs = match after.map(id_to_bson) {
            Some(oid @ Bson::ObjectId(_)) => {
                self.find_all(
                    JOBS,
                    object_ids(Some(oid)),
                    doc! { "_id": 1 },
                    Some(i64::from(limit)),
                )
                .await?
            }
            from => {
                let from = from.unwrap_or(Bson::String(String::new()));
                let mut docs = self
                    .find_all(
                        JOBS,
                        string_ids(from),
                        doc! { "_id": 1 },
                        Some(i64::from(limit)),
                    )
                    .await?;
                let room = i64::from(limit) - docs.len() as i64;
                if room > 0 {
                    docs.extend(
                        self.find_all(JOBS, object_ids(None), doc! { "_id": 1 }, Some(room))
                            .await?,
                    );
                }
                docs
            }
        };
        docs.truncate(limit as usize);
        let mut out = Vec::with_capacity(docs.len());
        for d in &docs {
            let job = job_from_document(d).map_err(bad)?;
            let history = self.history_of(&job.doc.id).await?;
            out.push(JobArchive { job, history });
        }
        Ok(out)
    }

    async fn restore_job(&self, a: &JobArchive) -> Result<()> {
        let j = &a.job;
        let mut set = job_to_document(&j.doc);
        set.remove("_id");
        set.insert(F_UPDATED, to_date(j.updated_at));
        let outputs: Document = j
            .outputs
            .iter()
            .map(|(k, v)| (k.clone(), Bson::try_from(v.clone()).unwrap_or(Bson::Null)))
            .collect();
        let mut update = doc! { "$set": set };
        let mut unset = Document::new();
        if outputs.is_empty() {
            unset.insert(F_OUTPUTS, "");
        } else {
            update
                .get_document_mut("$set")
                .map_err(bad)?
                .insert(F_OUTPUTS, outputs);
        }
        match j.fit_score {
            Some(s) => {
                update
                    .get_document_mut("$set")
                    .map_err(bad)?
                    .insert(F_FIT, i32::from(s));
            }
            None => {
                unset.insert(F_FIT, "");
            }
        }
        if !unset.is_empty() {
            update.insert("$unset", unset);
        }
        self.coll(JOBS)
            .update_one(doc! { "_id": id_to_bson(&j.doc.id) }, update)
            .upsert(true)
            .await
            .db()?;
        self.coll(HISTORY)
            .delete_many(doc! { "job_id": &j.doc.id })
            .await
            .db()?;
        for h in &a.history {
            self.add_history(&j.doc.id, h.status, h.at, &h.note).await?;
        }
        Ok(())
    }

    async fn export_runs(&self, after: Option<&str>, limit: u32) -> Result<Vec<RunArchive>> {
        let docs = self
            .find_all(
                RUNS,
                doc! { "_id": { "$gt": after.unwrap_or("") } },
                doc! { "_id": 1 },
                Some(i64::from(limit)),
            )
            .await?;
        let mut out = Vec::with_capacity(docs.len());
        for d in &docs {
            let run = run_from_document(d).map_err(bad)?;
            let events = self.events_after(&run.id, 0).await?;
            out.push(RunArchive { run, events });
        }
        Ok(out)
    }

    async fn restore_run(&self, a: &RunArchive) -> Result<()> {
        let r = &a.run;
        let mut d = run_to_document(r);
        if matches!(r.status, RunStatus::Queued | RunStatus::Running) {
            d.insert("active_job", &r.job_id);
        }
        self.coll(RUNS)
            .replace_one(doc! { "_id": &r.id }, d)
            .upsert(true)
            .await
            .db()?;
        self.coll(EVENTS)
            .delete_many(doc! { "run_id": &r.id })
            .await
            .db()?;
        for e in &a.events {
            self.coll(EVENTS)
                .insert_one(event_to_document(&r.id, e.seq, e))
                .await
                .db()?;
        }
        let last = a.events.iter().map(|e| e.seq).max().unwrap_or(0) as i64;
        self.coll(COUNTERS)
            .replace_one(
                doc! { "_id": format!("events:{}", r.id) },
                doc! { "n": last },
            )
            .upsert(true)
            .await
            .db()?;
        Ok(())
    }

    async fn export_costs(&self, offset: u64, limit: u32) -> Result<Vec<CostRecord>> {
        let docs: Vec<Document> = self
            .coll(COSTS)
            .find(Document::new())
            .sort(doc! { "at": 1, "_id": 1 })
            .skip(offset)
            .limit(i64::from(limit))
            .await
            .db()?
            .try_collect()
            .await
            .db()?;
        docs.iter()
            .map(|d| cost_from_document(d).map_err(bad))
            .collect()
    }

    async fn restore_costs(&self, costs: &[CostRecord]) -> Result<u64> {
        let mut added = 0;
        for c in costs {
            let d = cost_to_document(c);
            let r = self
                .coll(COSTS)
                .update_one(d.clone(), doc! { "$setOnInsert": d })
                .upsert(true)
                .await
                .db()?;
            if r.upserted_id.is_some() {
                added += 1;
            }
        }
        Ok(added)
    }

    async fn add_version(&self, v: &NewVersion) -> Result<DocVersion> {
        // The next number after the newest; the `_id` holds it, so when another instance took it
        // first the insert fails on the key and the next number is tried.
        for _ in 0..20 {
            let newest = self
                .list_versions(&v.owner, v.kind, 1)
                .await?
                .first()
                .map_or(0, |n| n.version);
            let stored = DocVersion {
                owner: v.owner.clone(),
                kind: v.kind,
                version: newest + 1,
                text: v.text.clone(),
                origin: v.origin,
                note: v.note.clone(),
                findings: v.findings.clone(),
                confirmed: false,
                created_at: from_date(to_date(now())),
            };
            match self
                .coll(VERSIONS)
                .insert_one(version_to_document(&stored))
                .await
            {
                Ok(_) => return Ok(stored),
                Err(e) if is_duplicate(&e) => continue,
                Err(e) => return Err(db(e)),
            }
        }
        Err(Error::Conflict(
            "a version number (too many saves at once)".into(),
        ))
    }

    async fn list_versions(
        &self,
        owner: &str,
        kind: DocKind,
        limit: u32,
    ) -> Result<Vec<DocVersion>> {
        let docs: Vec<Document> = self
            .coll(VERSIONS)
            .find(doc! { "owner": owner, "kind": kind.as_str() })
            .sort(doc! { "version": -1 })
            .limit(i64::from(limit))
            .await
            .db()?
            .try_collect()
            .await
            .db()?;
        docs.iter()
            .map(|d| version_from_document(d).map_err(bad))
            .collect()
    }

    async fn get_version(
        &self,
        owner: &str,
        kind: DocKind,
        version: u32,
    ) -> Result<Option<DocVersion>> {
        let d = self
            .coll(VERSIONS)
            .find_one(doc! { "_id": version_id(owner, kind, version) })
            .await
            .db()?;
        d.as_ref()
            .map(|d| version_from_document(d).map_err(bad))
            .transpose()
    }

    async fn confirm_version(&self, owner: &str, kind: DocKind, version: u32) -> Result<bool> {
        let r = self
            .coll(VERSIONS)
            .update_one(
                doc! { "_id": version_id(owner, kind, version) },
                doc! { "$set": { "confirmed": true } },
            )
            .await
            .db()?;
        Ok(r.matched_count == 1)
    }

    async fn export_versions(&self, offset: u64, limit: u32) -> Result<Vec<DocVersion>> {
        let docs: Vec<Document> = self
            .coll(VERSIONS)
            .find(Document::new())
            .sort(doc! { "owner": 1, "kind": 1, "version": 1 })
            .skip(offset)
            .limit(i64::from(limit))
            .await
            .db()?
            .try_collect()
            .await
            .db()?;
        docs.iter()
            .map(|d| version_from_document(d).map_err(bad))
            .collect()
    }

    async fn restore_versions(&self, versions: &[DocVersion]) -> Result<u64> {
        let mut added = 0;
        for v in versions {
            let d = version_to_document(v);
            let r = self
                .coll(VERSIONS)
                .update_one(
                    doc! { "_id": version_id(&v.owner, v.kind, v.version) },
                    doc! { "$setOnInsert": d },
                )
                .upsert(true)
                .await
                .db()?;
            if r.upserted_id.is_some() {
                added += 1;
            }
        }
        Ok(added)
    }

    async fn load_session(&self, id: &str) -> Result<Option<SessionRecord>> {
        let d = self
            .coll(SESSIONS)
            .find_one(doc! { "_id": id, "expires_at": { "$gt": to_date(now()) } })
            .await
            .db()?;
        Ok(d.and_then(|d| {
            let data = match d.get("data") {
                Some(Bson::Binary(b)) => b.bytes.clone(),
                _ => return None,
            };
            Some(SessionRecord {
                id: id.to_string(),
                data,
                expires_at: d.get_datetime("expires_at").map(|t| from_date(*t)).ok()?,
            })
        }))
    }

    async fn save_session(&self, s: &SessionRecord) -> Result<()> {
        self.coll(SESSIONS)
            .replace_one(doc! { "_id": &s.id }, session_document(s))
            .upsert(true)
            .await
            .db()?;
        Ok(())
    }

    async fn create_session(&self, s: &SessionRecord) -> Result<bool> {
        match self.coll(SESSIONS).insert_one(session_document(s)).await {
            Ok(_) => Ok(true),
            Err(e) if is_duplicate(&e) => Ok(false),
            Err(e) => Err(db(e)),
        }
    }

    async fn delete_session(&self, id: &str) -> Result<()> {
        self.coll(SESSIONS)
            .delete_one(doc! { "_id": id })
            .await
            .db()?;
        Ok(())
    }

    async fn delete_expired_sessions(&self) -> Result<u64> {
        self.delete_expired(SESSIONS).await
    }
}

fn session_document(s: &SessionRecord) -> Document {
    doc! {
        "_id": &s.id,
        "data": bson::Binary { subtype: bson::spec::BinarySubtype::Generic, bytes: s.data.clone() },
        "expires_at": to_date(s.expires_at),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_database_comes_from_the_uri_then_the_setting_then_jobs() {
        use super::database_name;
        assert_eq!(
            database_name("mongodb://u:p@h:27017/level?authSource=admin", None),
            "level"
        );
        assert_eq!(database_name("mongodb://h:27017/", Some("other")), "other");
        assert_eq!(
            database_name("mongodb+srv://cluster.example.net", None),
            "jobs"
        );
    }
}
