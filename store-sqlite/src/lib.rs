//! The embedded SQLite backend: one file, WAL journal (readers never block the writer, and the CLI can
//! use the file while the server runs), schema migrations tracked in `PRAGMA user_version`.

use async_trait::async_trait;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow,
    SqliteSynchronous,
};
use sqlx::{QueryBuilder, Row, Sqlite};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;
use store::{
    ids, CacheSpace, CostRecord, Duplicate, EnqueueOutcome, Error, EventKind, ImportReport,
    JobArchive, LeaseState, Result, Run, RunArchive, RunEvent, RunStatus, RunSummary,
    SessionRecord, Store,
};
use time::OffsetDateTime;
use types::job::{
    content_key, Job, JobPage, JobQuery, JobSort, JobStatus, JobSummary, NewJob, StatusChange,
    StatusFilter,
};
use types::{CandidateProfile, DocKind, DocVersion, NewVersion, VersionOrigin};

/// Schema migrations, applied in order; the index + 1 is the `user_version` after each.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_runner.sql"),
    include_str!("../migrations/0003_content_key.sql"),
    include_str!("../migrations/0004_cache.sql"),
    include_str!("../migrations/0005_job_list.sql"),
    include_str!("../migrations/0006_versions.sql"),
    include_str!("../migrations/0007_page_version.sql"),
    include_str!("../migrations/0008_shown_index.sql"),
    include_str!("../migrations/0009_fit_search.sql"),
];

/// Page cache per connection, in KiB.
const CACHE_KIB_PER_CONNECTION: u32 = 2048;

/// Connections: two per core, at least 2 and at most 8. Reads run side by side under WAL, but a
/// query is CPU work: more connections than cores only add page caches and threads (the driver
/// runs one thread per connection).
fn pool_size() -> u32 {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get() as u32);
    (cores * 2).clamp(2, 8)
}

pub struct SqliteStore {
    pool: SqlitePool,
}

/// The store's error for a driver error, by its kind: a unique-key violation is a conflict, a
/// missing row is not found, anything else a store failure.
fn db(e: sqlx::Error) -> Error {
    match e {
        sqlx::Error::RowNotFound => Error::NotFound("row".into()),
        sqlx::Error::Database(d) if d.is_unique_violation() => {
            // The driver's text names tables and columns: logged, never shown.
            tracing::debug!(error = %d.message(), "unique key taken");
            Error::Conflict("a record with this key".into())
        }
        other => Error::Store(other.to_string()),
    }
}

/// `.db()?` on a driver result: [`db`] as a method.
trait Db<T> {
    fn db(self) -> Result<T>;
}

impl<T> Db<T> for std::result::Result<T, sqlx::Error> {
    fn db(self) -> Result<T> {
        self.map_err(db)
    }
}

fn connect_options(url: &str) -> Result<SqliteConnectOptions> {
    SqliteConnectOptions::from_str(url)
        .map_err(|e| Error::invalid(format!("DATABASE_URL is not a valid SQLite URL: {e}")))
}

/// The database file a `sqlite:` URL names, read the way [`SqliteStore::open`] reads it.
pub fn database_file(url: &str) -> Result<std::path::PathBuf> {
    Ok(connect_options(url)?.get_filename().to_path_buf())
}

impl SqliteStore {
    /// Opens (creating if needed) the database at a `sqlite://path` URL and migrates it.
    pub async fn open(url: &str) -> Result<Self> {
        let opts = connect_options(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // Each connection keeps its own page cache: 2 MiB each bounds the server's share of
            // a large database (the OS caches the file as well).
            .pragma("cache_size", format!("-{CACHE_KIB_PER_CONNECTION}"));
        let path = opts.get_filename().to_path_buf();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::Store(format!(
                    "cannot create the data folder {}: {e}",
                    dir.display()
                ))
            })?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(pool_size())
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await
            .db()?;
        let store = SqliteStore { pool };
        store.migrate().await?;
        store.fill_content_keys().await?;
        Ok(store)
    }

    /// Gives jobs imported before content keys existed their key (or '' when another job already
    /// holds it), so later imports recognise them. Runs only while such rows exist.
    async fn fill_content_keys(&self) -> Result<()> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT id, company, job_description FROM jobs WHERE content_key IS NULL",
        )
        .fetch_all(&self.pool)
        .await
        .db()?;
        for (id, company, description) in rows {
            let key = content_key(&company, &description).unwrap_or_default();
            let set = sqlx::query("UPDATE jobs SET content_key = ? WHERE id = ?")
                .bind(&key)
                .bind(&id)
                .execute(&self.pool)
                .await;
            match set {
                Ok(_) => {}
                Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                    sqlx::query("UPDATE jobs SET content_key = '' WHERE id = ?")
                        .bind(&id)
                        .execute(&self.pool)
                        .await
                        .db()?;
                }
                Err(e) => return Err(db(e)),
            }
        }
        Ok(())
    }

    async fn migrate(&self) -> Result<()> {
        let mut conn = self.pool.acquire().await.db()?;
        // IMMEDIATE takes the write lock first, so two processes starting at once migrate one by one.
        sqlx::query("BEGIN IMMEDIATE")
            .execute(&mut *conn)
            .await
            .db()?;
        let outcome: Result<()> = async {
            let version: i64 = sqlx::query_scalar("PRAGMA user_version")
                .fetch_one(&mut *conn)
                .await
                .db()?;
            for (i, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
                sqlx::raw_sql(sql).execute(&mut *conn).await.db()?;
                sqlx::raw_sql(&format!("PRAGMA user_version = {}", i + 1))
                    .execute(&mut *conn)
                    .await
                    .db()?;
                tracing::info!(version = i + 1, "applied SQLite migration");
            }
            Ok(())
        }
        .await;
        let end = if outcome.is_ok() {
            "COMMIT"
        } else {
            "ROLLBACK"
        };
        sqlx::query(end).execute(&mut *conn).await.db()?;
        outcome
    }

    /// A write transaction that takes the write lock at its start (`BEGIN IMMEDIATE`). A deferred
    /// one that reads first (a trigger, a check) and writes later fails at once with
    /// `SQLITE_BUSY_SNAPSHOT` when another connection or process wrote in between; here the wait
    /// for the lock is the busy timeout's.
    async fn write_tx(
        &self,
    ) -> std::result::Result<sqlx::Transaction<'static, Sqlite>, sqlx::Error> {
        self.pool.begin_with("BEGIN IMMEDIATE").await
    }

    /// Closes every connection; later calls fail. Used at shutdown and to test outage handling.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

fn ms(t: OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

fn from_ms(ms: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

fn version_of(row: &sqlx::sqlite::SqliteRow) -> Result<DocVersion> {
    let kind: String = row.try_get("kind").db()?;
    let origin: String = row.try_get("origin").db()?;
    let findings: String = row.try_get("findings").db()?;
    Ok(DocVersion {
        owner: row.try_get("owner").db()?,
        kind: DocKind::parse(&kind).ok_or_else(|| {
            Error::Store(format!("unknown document kind {kind:?} in the database"))
        })?,
        version: row.try_get::<i64, _>("version").db()? as u32,
        text: row.try_get("text").db()?,
        origin: VersionOrigin::parse(&origin).ok_or_else(|| {
            Error::Store(format!("unknown version origin {origin:?} in the database"))
        })?,
        note: row.try_get("note").db()?,
        findings: serde_json::from_str(&findings).map_err(|e| Error::Store(e.to_string()))?,
        confirmed: row.try_get("confirmed").db()?,
        created_at: from_ms(row.try_get("created_ms").db()?),
    })
}

fn status_of(s: &str) -> Result<JobStatus> {
    JobStatus::parse(s).ok_or_else(|| Error::Store(format!("unknown status {s:?} in the database")))
}

fn json_of<T: serde::de::DeserializeOwned>(s: &str, what: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| Error::Store(format!("corrupt {what} JSON: {e}")))
}

/// The FTS5 query for a search: every word as a quoted prefix term, all required. Quoting makes
/// every character literal, so nothing the user types acts as an FTS operator. `None` when the
/// text has no word.
fn fts_query(text: &str) -> Option<String> {
    let words = types::job::search_words(text);
    (!words.is_empty()).then(|| {
        words
            .iter()
            .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

fn job_from_row(row: &SqliteRow) -> Result<Job> {
    Ok(Job {
        doc: NewJob {
            id: row.get("id"),
            dedupe_key: row.get("dedupe_key"),
            title: row.get("title"),
            company: row.get("company"),
            location: row.get("location"),
            job_description: row.get("job_description"),
            job_criteria: row.get("job_criteria"),
            job_url: row.get("job_url"),
            url: row.get("url"),
            source: row.get("source"),
            created_at: from_ms(row.get("created_at_ms")),
            score: row.get("score"),
            status: status_of(row.get("status"))?,
            extra: json_of(row.get("extra"), "extra")?,
        },
        fit_score: row
            .get::<Option<i64>, _>("fit_score")
            .map(|s| s.clamp(0, 100) as u8),
        outputs: json_of(row.get("outputs"), "outputs")?,
        updated_at: from_ms(row.get("updated_at_ms")),
    })
}

/// Cost records from rows of `cost_records`.
fn costs_of(rows: &[SqliteRow]) -> Result<Vec<CostRecord>> {
    rows.iter()
        .map(|r| {
            let layer: String = r.get("layer");
            Ok(CostRecord {
                run_id: r.get("run_id"),
                layer: types::Layer::from_key(&layer)
                    .ok_or_else(|| Error::Store(format!("unknown layer {layer:?}")))?,
                provider: r.get("provider"),
                model: r.get("model"),
                input_tokens: r.get::<i64, _>("input_tokens") as u64,
                output_tokens: r.get::<i64, _>("output_tokens") as u64,
                cost_usd: r.get("cost_usd"),
                latency_ms: r.get::<i64, _>("latency_ms") as u64,
                at: from_ms(r.get("at_ms")),
            })
        })
        .collect()
}

fn run_from_row(row: &SqliteRow) -> Result<Run> {
    let status: String = row.get("status");
    Ok(Run {
        id: row.get("id"),
        job_id: row.get("job_id"),
        status: RunStatus::parse(&status)
            .ok_or_else(|| Error::Store(format!("unknown run status {status:?}")))?,
        created_at: from_ms(row.get("created_at_ms")),
        started_at: row.get::<Option<i64>, _>("started_at_ms").map(from_ms),
        finished_at: row.get::<Option<i64>, _>("finished_at_ms").map(from_ms),
        error: row.get("error"),
        layers: json_of(row.get("layers"), "run layers")?,
        cancel_requested: row.get::<i64, _>("cancel_requested") != 0,
    })
}

/// The statuses a list shows, as an SQL condition on `status`; `hidden` selects the jobs the
/// status filter hides instead (none for an explicit filter).
/// `status IN (…the statuses the default list hides…)`, written exactly as the index
/// `job_list_shown` (migration 0008) is: SQLite uses an index on an expression only for the same
/// expression.
fn hidden_expr() -> String {
    let list = JobStatus::HIDDEN_BY_DEFAULT
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(",");
    format!("status IN ({list})")
}

/// See [`SqliteStore::key_at`].
fn key_at_query(
    status: &StatusFilter,
    newest_first: bool,
    offset: u64,
) -> QueryBuilder<'static, Sqlite> {
    let mut qb = QueryBuilder::<Sqlite>::new("SELECT n FROM job_list WHERE");
    match status {
        StatusFilter::Active => {
            qb.push(format!(" ({}) = 0", hidden_expr()));
        }
        other => push_status(&mut qb, other, false),
    }
    qb.push(if newest_first {
        " ORDER BY n DESC"
    } else {
        " ORDER BY n ASC"
    })
    .push(" LIMIT 1 OFFSET ")
    .push_bind(offset as i64);
    qb
}

fn push_status(qb: &mut QueryBuilder<'_, Sqlite>, status: &StatusFilter, hidden: bool) {
    match (status, hidden) {
        (StatusFilter::Active, false) => {
            qb.push(format!(" NOT {}", hidden_expr()));
        }
        (StatusFilter::Active, true) => {
            qb.push(format!(" {}", hidden_expr()));
        }
        (StatusFilter::Only(s), false) => {
            qb.push(" status = ").push_bind(s.as_str());
        }
        (StatusFilter::All, false) => {
            qb.push(" 1");
        }
        (_, true) => {
            qb.push(" 0");
        }
    }
}

/// The key `job_list` is stored in: creation time first, so its order is the list's date order.
const LIST_KEY_SHIFT: u32 = 20;

/// The columns of a list row, from `job_list` as `l`.
const LIST_COLUMNS: &str =
    "SELECT l.id, l.title, l.company, l.location, l.status, l.fit_score, l.n";

/// `FROM … WHERE …` and `ORDER BY` for a page of the list, by the cheapest plan (measured at
/// 100,000 jobs, see `benches/list.rs`): walk the table or a word index from the right end and
/// stop at the page's end.
/// - by date: the table (or `job_fts`, which returns its matches in the table's order);
/// - by fit: the fit key's index (or `job_fts_fit`, whose row keys are the fit keys).
fn push_page(
    qb: &mut QueryBuilder<'_, Sqlite>,
    fts: Option<&str>,
    status: &StatusFilter,
    sort: JobSort,
    after: Option<i64>,
) {
    let by_date = match sort {
        JobSort::Newest => Some(("DESC", "<")),
        JobSort::Oldest => Some(("ASC", ">")),
        JobSort::FitScore => None,
    };
    match (fts, by_date) {
        (Some(fts), Some((dir, beyond))) => {
            qb.push(" FROM job_fts JOIN job_list l ON l.n = job_fts.rowid WHERE job_fts MATCH ")
                .push_bind(fts.to_string())
                .push(" AND");
            push_status(qb, status, false);
            if let Some(key) = after {
                qb.push(format!(" AND job_fts.rowid {beyond} "))
                    .push_bind(key);
            }
            qb.push(format!(" ORDER BY job_fts.rowid {dir}"));
        }
        (None, Some((dir, beyond))) => {
            qb.push(" FROM job_list l WHERE");
            push_status(qb, status, false);
            if let Some(key) = after {
                qb.push(format!(" AND l.n {beyond} ")).push_bind(key);
            }
            qb.push(format!(" ORDER BY l.n {dir}"));
        }
        (Some(fts), None) => {
            qb.push(
                " FROM job_fts_fit JOIN job_list l ON l.fk = job_fts_fit.rowid WHERE job_fts_fit MATCH ",
            )
            .push_bind(fts.to_string())
            .push(" AND");
            push_status(qb, status, false);
            qb.push(" ORDER BY job_fts_fit.rowid DESC");
        }
        (None, None) => {
            qb.push(" FROM job_list l WHERE");
            push_status(qb, status, false);
            qb.push(" ORDER BY l.fk DESC");
        }
    }
}

impl SqliteStore {
    /// Jobs the default list hides, for its note. For a search this is every job the filter hides,
    /// not only those the words match: intersecting them would walk every match of a common word.
    async fn hidden_total(&self, status: &StatusFilter) -> Result<u64> {
        if *status == StatusFilter::Active {
            self.status_total(status, true).await
        } else {
            Ok(0)
        }
    }

    /// The list key of the job `offset` places into the list in date order under a filter,
    /// stepping over index entries only (`job_list_shown` for the default filter,
    /// `job_list_status` for one status). `None` past the end.
    async fn key_at(
        &self,
        status: &StatusFilter,
        newest_first: bool,
        offset: u64,
    ) -> Result<Option<i64>> {
        key_at_query(status, newest_first, offset)
            .build_query_scalar()
            .fetch_optional(&self.pool)
            .await
            .db()
    }

    /// Jobs with the statuses a filter shows (or, with `hidden`, hides), from the per-status counts
    /// the triggers keep: no rows are counted.
    async fn status_total(&self, status: &StatusFilter, hidden: bool) -> Result<u64> {
        let mut qb =
            QueryBuilder::<Sqlite>::new("SELECT COALESCE(SUM(n), 0) FROM job_counts WHERE");
        push_status(&mut qb, status, hidden);
        let n: i64 = qb.build_query_scalar().fetch_one(&self.pool).await.db()?;
        Ok(n.max(0) as u64)
    }

    /// Jobs a search matches among those the filter shows, counted up to `cap` (the bool says
    /// whether the count is exact), streaming the matches so a common word stops at the cap.
    async fn count_matches(
        &self,
        fts: &str,
        status: &StatusFilter,
        cap: u64,
    ) -> Result<(u64, bool)> {
        let mut qb = QueryBuilder::<Sqlite>::new(
            "SELECT COUNT(*) FROM (SELECT 1 FROM job_fts JOIN job_list ON job_list.n = job_fts.rowid WHERE job_fts MATCH ",
        );
        qb.push_bind(fts.to_string()).push(" AND");
        push_status(&mut qb, status, false);
        qb.push(" LIMIT ").push_bind(cap as i64).push(")");
        let n: i64 = qb.build_query_scalar().fetch_one(&self.pool).await.db()?;
        let n = n.max(0) as u64;
        Ok((n, n < cap))
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await.db()?;
        Ok(())
    }

    fn backend(&self) -> &'static str {
        "sqlite"
    }

    /// `VACUUM INTO`: a consistent, compacted copy while the database is in use.
    async fn backup_to(&self, dest: &std::path::Path) -> Result<()> {
        let dest = dest
            .to_str()
            .ok_or_else(|| Error::invalid("backup path must be valid UTF-8"))?;
        sqlx::query("VACUUM INTO ?")
            .bind(dest)
            .execute(&self.pool)
            .await
            .db()?;
        Ok(())
    }

    async fn import_jobs(&self, jobs: Vec<NewJob>) -> Result<ImportReport> {
        let mut tx = self.write_tx().await.db()?;
        let mut report = ImportReport::default();
        let now = ms(ids::now());
        for job in jobs {
            let extra = serde_json::to_string(&job.extra)
                .map_err(|e| Error::invalid(format!("extra fields: {e}")))?;
            let inserted = sqlx::query(
                "INSERT OR IGNORE INTO jobs (id, dedupe_key, title, company, location, job_description,
                 job_criteria, job_url, url, source, created_at_ms, score, status, extra, updated_at_ms,
                 content_key)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&job.id)
            .bind(&job.dedupe_key)
            .bind(&job.title)
            .bind(&job.company)
            .bind(&job.location)
            .bind(&job.job_description)
            .bind(&job.job_criteria)
            .bind(&job.job_url)
            .bind(&job.url)
            .bind(&job.source)
            .bind(ms(job.created_at))
            .bind(&job.score)
            .bind(job.status.as_str())
            .bind(extra)
            .bind(now)
            .bind(content_key(&job.company, &job.job_description).unwrap_or_default())
            .execute(&mut *tx)
            .await.db()?
            .rows_affected();
            if inserted == 0 {
                report.duplicates.push(Duplicate {
                    title: job.title,
                    company: job.company,
                    dedupe_key: job.dedupe_key,
                });
                continue;
            }
            sqlx::query(
                "INSERT INTO job_status_history (job_id, status, at_ms, note) VALUES (?, ?, ?, 'imported')",
            )
            .bind(&job.id)
            .bind(job.status.as_str())
            .bind(now)
            .execute(&mut *tx)
            .await.db()?;
            report.added += 1;
        }
        tx.commit().await.db()?;
        Ok(report)
    }

    async fn get_job(&self, id: &str) -> Result<Option<Job>> {
        let row = sqlx::query("SELECT * FROM jobs WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .db()?;
        row.as_ref().map(job_from_row).transpose()
    }

    async fn list_jobs(&self, query: &JobQuery) -> Result<JobPage> {
        let q = query.clone().normalised();
        let fts = fts_query(&q.text);
        if !q.text.is_empty() && fts.is_none() {
            // Only punctuation: no word to find, so nothing matches.
            return Ok(JobPage {
                jobs: Vec::new(),
                total: 0,
                total_exact: true,
                hidden: 0,
                page: q.page,
                per_page: q.per_page,
                next: None,
            });
        }
        // Counted far enough to know whether there is a next page, and no further.
        let cap = JobPage::COUNT_CAP.max(q.offset() + u64::from(q.per_page) + 1);
        let (total, total_exact) = match fts.as_deref() {
            Some(fts) => self.count_matches(fts, &q.status, cap).await?,
            None => (self.status_total(&q.status, false).await?, true),
        };
        let by_date = q.sort != JobSort::FitScore;
        let mut after = q
            .after
            .as_deref()
            .and_then(|a| a.parse::<i64>().ok())
            .filter(|_| by_date);
        // A page typed by number, in date order without a search: its first job's key is found
        // in an index, and the page is read from there as a "Next" link would.
        if by_date && fts.is_none() && after.is_none() && q.offset() > 0 {
            let newest_first = q.sort != JobSort::Oldest;
            match self.key_at(&q.status, newest_first, q.offset()).await? {
                // `after` is exclusive: one past the first key takes it in.
                Some(key) if newest_first => after = Some(key + 1),
                Some(key) => after = Some(key - 1),
                None => {
                    return Ok(JobPage {
                        jobs: Vec::new(),
                        total,
                        total_exact,
                        hidden: self.hidden_total(&q.status).await?,
                        page: q.page,
                        per_page: q.per_page,
                        next: None,
                    })
                }
            }
        }
        let mut qb = QueryBuilder::<Sqlite>::new(LIST_COLUMNS);
        push_page(&mut qb, fts.as_deref(), &q.status, q.sort, after);
        // One row more than the page: whether there is a next page, without counting.
        qb.push(" LIMIT ")
            .push_bind(i64::from(q.per_page) + 1)
            .push(" OFFSET ")
            .push_bind(if after.is_some() {
                0
            } else {
                q.offset() as i64
            });
        let mut rows = qb.build().fetch_all(&self.pool).await.db()?;
        let more = rows.len() > q.per_page as usize;
        rows.truncate(q.per_page as usize);
        let next = (by_date && more)
            .then(|| rows.last().map(|r| r.get::<i64, _>("n").to_string()))
            .flatten();
        let jobs = rows
            .iter()
            .map(|row| {
                Ok(JobSummary {
                    id: row.get("id"),
                    title: row.get("title"),
                    company: row.get("company"),
                    location: row.get("location"),
                    status: status_of(row.get("status"))?,
                    fit_score: row
                        .get::<Option<i64>, _>("fit_score")
                        .map(|s| s.clamp(0, 100) as u8),
                    created_at: from_ms(row.get::<i64, _>("n") >> LIST_KEY_SHIFT),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let hidden = self.hidden_total(&q.status).await?;
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

    async fn page_version(&self) -> Result<Option<u64>> {
        let n: i64 = sqlx::query_scalar("SELECT n FROM page_version WHERE id = 1")
            .fetch_one(&self.pool)
            .await
            .db()?;
        Ok(Some(n as u64))
    }

    async fn count_jobs(&self) -> Result<u64> {
        self.status_total(&StatusFilter::All, false).await
    }

    async fn set_status(&self, ids: &[String], status: JobStatus, note: &str) -> Result<u64> {
        let mut tx = self.write_tx().await.db()?;
        let now = ms(ids::now());
        let mut changed = 0;
        for id in ids {
            let n = sqlx::query(
                "UPDATE jobs SET status = ?, updated_at_ms = ? WHERE id = ? AND status != ?",
            )
            .bind(status.as_str())
            .bind(now)
            .bind(id)
            .bind(status.as_str())
            .execute(&mut *tx)
            .await
            .db()?
            .rows_affected();
            if n > 0 {
                sqlx::query(
                    "INSERT INTO job_status_history (job_id, status, at_ms, note) VALUES (?, ?, ?, ?)",
                )
                .bind(id)
                .bind(status.as_str())
                .bind(now)
                .bind(note)
                .execute(&mut *tx)
                .await.db()?;
                changed += 1;
            }
        }
        tx.commit().await.db()?;
        Ok(changed)
    }

    async fn status_history(&self, id: &str) -> Result<Vec<StatusChange>> {
        let rows = sqlx::query(
            "SELECT status, at_ms, note FROM job_status_history WHERE job_id = ? ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await
        .db()?;
        rows.iter()
            .map(|r| {
                Ok(StatusChange {
                    status: status_of(r.get("status"))?,
                    at: from_ms(r.get("at_ms")),
                    note: r.get("note"),
                })
            })
            .collect()
    }

    async fn delete_jobs(&self, ids: &[String]) -> Result<u64> {
        let mut tx = self.write_tx().await.db()?;
        let mut deleted = 0;
        for id in ids {
            deleted += sqlx::query("DELETE FROM jobs WHERE id = ?")
                .bind(id)
                .execute(&mut *tx)
                .await
                .db()?
                .rows_affected();
        }
        tx.commit().await.db()?;
        Ok(deleted)
    }

    async fn save_output(
        &self,
        job_id: &str,
        layer: types::Layer,
        output: &serde_json::Value,
    ) -> Result<()> {
        let n = sqlx::query(
            "UPDATE jobs SET outputs = json_set(outputs, '$.' || json_quote(?), json(?)), updated_at_ms = ? WHERE id = ?",
        )
        .bind(layer.key())
        .bind(output.to_string())
        .bind(ms(ids::now()))
        .bind(job_id)
        .execute(&self.pool)
        .await.db()?
        .rows_affected();
        if n == 0 {
            return Err(Error::NotFound(format!("job {job_id}")));
        }
        Ok(())
    }

    async fn set_fit_score(&self, job_id: &str, score: Option<u8>) -> Result<()> {
        let n = sqlx::query("UPDATE jobs SET fit_score = ?, updated_at_ms = ? WHERE id = ?")
            .bind(score.map(i64::from))
            .bind(ms(ids::now()))
            .bind(job_id)
            .execute(&self.pool)
            .await
            .db()?
            .rows_affected();
        if n == 0 {
            return Err(Error::NotFound(format!("job {job_id}")));
        }
        Ok(())
    }

    async fn get_profile(&self) -> Result<Option<CandidateProfile>> {
        let row = sqlx::query(
            "SELECT master_cv, knowledge_base, updated_at_ms FROM candidate_profile WHERE id = 1",
        )
        .fetch_optional(&self.pool)
        .await
        .db()?;
        Ok(row.map(|r| CandidateProfile {
            master_cv: r.get("master_cv"),
            knowledge_base: r.get("knowledge_base"),
            updated_at: from_ms(r.get("updated_at_ms")),
        }))
    }

    async fn put_profile(&self, p: &CandidateProfile) -> Result<()> {
        sqlx::query(
            "INSERT INTO candidate_profile (id, master_cv, knowledge_base, updated_at_ms) VALUES (1, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET master_cv = excluded.master_cv,
             knowledge_base = excluded.knowledge_base, updated_at_ms = excluded.updated_at_ms",
        )
        .bind(&p.master_cv)
        .bind(&p.knowledge_base)
        .bind(ms(p.updated_at))
        .execute(&self.pool)
        .await.db()?;
        Ok(())
    }

    async fn enqueue_run(&self, job_id: &str, max_queued: u64) -> Result<EnqueueOutcome> {
        let active =
            sqlx::query("SELECT * FROM runs WHERE job_id = ? AND status IN ('queued', 'running')")
                .bind(job_id)
                .fetch_optional(&self.pool)
                .await
                .db()?;
        if let Some(row) = active {
            return Ok(EnqueueOutcome::AlreadyActive(run_from_row(&row)?));
        }
        let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM runs WHERE status = 'queued'")
            .fetch_one(&self.pool)
            .await
            .db()?;
        if queued as u64 >= max_queued {
            return Ok(EnqueueOutcome::QueueFull {
                queued: queued as u64,
            });
        }
        match self.create_run(job_id).await {
            Ok(run) => Ok(EnqueueOutcome::Queued(run)),
            // Another process enqueued the same job in between: the unique index said no.
            Err(Error::Conflict(_)) => {
                let row = sqlx::query(
                    "SELECT * FROM runs WHERE job_id = ? AND status IN ('queued', 'running')",
                )
                .bind(job_id)
                .fetch_one(&self.pool)
                .await
                .db()?;
                Ok(EnqueueOutcome::AlreadyActive(run_from_row(&row)?))
            }
            Err(e) => Err(e),
        }
    }

    async fn claim_run(&self, owner: &str, lease: std::time::Duration) -> Result<Option<Run>> {
        let now = ms(ids::now());
        let until = now + lease.as_millis() as i64;
        // One statement: SQLite runs it under its write lock, so two processes never claim one run.
        let row = sqlx::query(
            "UPDATE runs SET status = 'running', lease_owner = ?, lease_expires_ms = ?,
                 started_at_ms = COALESCE(started_at_ms, ?)
             WHERE id = (SELECT id FROM runs
                         WHERE (status = 'queued' AND cancel_requested = 0)
                            OR (status = 'running' AND lease_expires_ms < ?)
                         ORDER BY created_at_ms, id LIMIT 1)
             RETURNING *",
        )
        .bind(owner)
        .bind(until)
        .bind(now)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .db()?;
        row.as_ref().map(run_from_row).transpose()
    }

    async fn renew_lease(
        &self,
        run_id: &str,
        owner: &str,
        lease: std::time::Duration,
    ) -> Result<LeaseState> {
        let until = ms(ids::now()) + lease.as_millis() as i64;
        let row = sqlx::query(
            "UPDATE runs SET lease_expires_ms = ? WHERE id = ? AND lease_owner = ? AND status = 'running'
             RETURNING cancel_requested",
        )
        .bind(until)
        .bind(run_id)
        .bind(owner)
        .fetch_optional(&self.pool)
        .await.db()?;
        Ok(match row {
            Some(r) => LeaseState {
                held: true,
                cancel_requested: r.get::<i64, _>("cancel_requested") != 0,
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
        let n = sqlx::query(
            "UPDATE runs SET status = ?, error = ?, finished_at_ms = ?, lease_owner = NULL, lease_expires_ms = NULL
             WHERE id = ? AND lease_owner = ? AND status = 'running'",
        )
        .bind(status.as_str())
        .bind(error)
        .bind(ms(ids::now()))
        .bind(run_id)
        .bind(owner)
        .execute(&self.pool)
        .await.db()?
        .rows_affected();
        Ok(n == 1)
    }

    async fn request_cancel(&self, run_id: &str) -> Result<Option<Run>> {
        let now = ms(ids::now());
        sqlx::query(
            "UPDATE runs SET status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
                 finished_at_ms = CASE WHEN status = 'queued' THEN ? ELSE finished_at_ms END,
                 cancel_requested = 1
             WHERE id = ? AND status IN ('queued', 'running')",
        )
        .bind(now)
        .bind(run_id)
        .execute(&self.pool)
        .await
        .db()?;
        self.get_run(run_id).await
    }

    async fn run_counts(&self) -> Result<Vec<(RunStatus, u64)>> {
        let rows = sqlx::query("SELECT status, COUNT(*) AS n FROM runs GROUP BY status")
            .fetch_all(&self.pool)
            .await
            .db()?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let status: String = r.get("status");
                RunStatus::parse(&status).map(|s| (s, r.get::<i64, _>("n") as u64))
            })
            .collect())
    }

    async fn create_run(&self, job_id: &str) -> Result<Run> {
        let run = Run {
            id: ids::new_id(),
            job_id: job_id.to_string(),
            status: RunStatus::Queued,
            created_at: ids::now(),
            started_at: None,
            finished_at: None,
            error: None,
            layers: Default::default(),
            cancel_requested: false,
        };
        sqlx::query(
            "INSERT INTO runs (id, job_id, status, created_at_ms, layers) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&run.id)
        .bind(&run.job_id)
        .bind(run.status.as_str())
        .bind(ms(run.created_at))
        .bind(serde_json::to_string(&run.layers).unwrap_or_else(|_| "{}".into()))
        .execute(&self.pool)
        .await
        .db()?;
        Ok(run)
    }

    async fn get_run(&self, id: &str) -> Result<Option<Run>> {
        let row = sqlx::query("SELECT * FROM runs WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .db()?;
        row.as_ref().map(run_from_row).transpose()
    }

    async fn update_run(&self, run: &Run) -> Result<()> {
        let n = sqlx::query(
            "UPDATE runs SET status = ?, started_at_ms = ?, finished_at_ms = ?, error = ?, layers = ? WHERE id = ?",
        )
        .bind(run.status.as_str())
        .bind(run.started_at.map(ms))
        .bind(run.finished_at.map(ms))
        .bind(&run.error)
        .bind(serde_json::to_string(&run.layers).unwrap_or_else(|_| "{}".into()))
        .bind(&run.id)
        .execute(&self.pool)
        .await.db()?
        .rows_affected();
        if n == 0 {
            return Err(Error::NotFound(format!("run {}", run.id)));
        }
        Ok(())
    }

    async fn list_runs(&self, job_id: Option<&str>, limit: u32) -> Result<Vec<Run>> {
        let mut qb = QueryBuilder::<Sqlite>::new("SELECT * FROM runs");
        if let Some(job) = job_id {
            qb.push(" WHERE job_id = ").push_bind(job);
        }
        qb.push(" ORDER BY created_at_ms DESC, id DESC LIMIT ")
            .push_bind(i64::from(limit));
        let rows = qb.build().fetch_all(&self.pool).await.db()?;
        rows.iter().map(run_from_row).collect()
    }

    async fn list_run_summaries(
        &self,
        job_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<RunSummary>> {
        let mut qb = QueryBuilder::<Sqlite>::new(
            "SELECT r.*, j.title AS job_title, j.company AS job_company,
                    (SELECT COALESCE(SUM(c.cost_usd), 0.0) FROM cost_records c WHERE c.run_id = r.id) AS cost_usd
             FROM runs r LEFT JOIN jobs j ON j.id = r.job_id",
        );
        if let Some(job) = job_id {
            qb.push(" WHERE r.job_id = ").push_bind(job);
        }
        qb.push(" ORDER BY r.created_at_ms DESC, r.id DESC LIMIT ")
            .push_bind(i64::from(limit));
        let rows = qb.build().fetch_all(&self.pool).await.db()?;
        rows.iter()
            .map(|row| {
                let title: Option<String> = row.get("job_title");
                let company: Option<String> = row.get("job_company");
                Ok(RunSummary {
                    run: run_from_row(row)?,
                    job: title.zip(company),
                    cost_usd: row.get("cost_usd"),
                })
            })
            .collect()
    }

    async fn append_event(&self, run_id: &str, event: RunEvent, keep: u64) -> Result<u64> {
        // One statement picks the next number and inserts: atomic under SQLite's write lock, so
        // writers in several processes never collide (a read-then-write transaction could fail
        // with SQLITE_BUSY when another process wrote in between).
        let seq: i64 = sqlx::query_scalar(
            "INSERT INTO run_events (run_id, seq, at_ms, kind, layer, message, data)
             SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM run_events WHERE run_id = ?
             RETURNING seq",
        )
        .bind(run_id)
        .bind(ms(event.at))
        .bind(event.kind.as_str())
        .bind(event.layer.map(|l| l.key()))
        .bind(&event.message)
        .bind(event.data.to_string())
        .bind(run_id)
        .fetch_one(&self.pool)
        .await
        .db()?;
        sqlx::query("DELETE FROM run_events WHERE run_id = ? AND seq <= ?")
            .bind(run_id)
            .bind(seq - keep.max(1) as i64)
            .execute(&self.pool)
            .await
            .db()?;
        Ok(seq as u64)
    }

    async fn events_after(&self, run_id: &str, after: u64) -> Result<Vec<RunEvent>> {
        let rows = sqlx::query(
            "SELECT seq, at_ms, kind, layer, message, data FROM run_events WHERE run_id = ? AND seq > ? ORDER BY seq",
        )
        .bind(run_id)
        .bind(after as i64)
        .fetch_all(&self.pool)
        .await.db()?;
        rows.iter()
            .map(|r| {
                let kind: String = r.get("kind");
                let layer: Option<String> = r.get("layer");
                Ok(RunEvent {
                    seq: r.get::<i64, _>("seq") as u64,
                    at: from_ms(r.get("at_ms")),
                    kind: EventKind::parse(&kind)
                        .ok_or_else(|| Error::Store(format!("unknown event kind {kind:?}")))?,
                    layer: layer.as_deref().and_then(types::Layer::from_key),
                    message: r.get("message"),
                    data: json_of(r.get("data"), "event data")?,
                })
            })
            .collect()
    }

    async fn record_cost(&self, c: &CostRecord) -> Result<()> {
        sqlx::query(
            "INSERT INTO cost_records (run_id, layer, provider, model, input_tokens, output_tokens, cost_usd, latency_ms, at_ms)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&c.run_id)
        .bind(c.layer.key())
        .bind(&c.provider)
        .bind(&c.model)
        .bind(c.input_tokens as i64)
        .bind(c.output_tokens as i64)
        .bind(c.cost_usd)
        .bind(c.latency_ms as i64)
        .bind(ms(c.at))
        .execute(&self.pool)
        .await.db()?;
        Ok(())
    }

    async fn total_cost(&self, since: OffsetDateTime, run_id: Option<&str>) -> Result<f64> {
        let total: f64 = sqlx::query_scalar(
            "SELECT COALESCE(SUM(cost_usd), 0.0) FROM cost_records WHERE at_ms >= ? AND (? IS NULL OR run_id = ?)",
        )
        .bind(ms(since))
        .bind(run_id)
        .bind(run_id)
        .fetch_one(&self.pool)
        .await.db()?;
        Ok(total)
    }

    async fn cache_get(&self, namespace: CacheSpace, key: &str) -> Result<Option<String>> {
        sqlx::query_scalar(
            "SELECT value FROM cache WHERE namespace = ? AND key = ? AND expires_at_ms > ?",
        )
        .bind(namespace.as_str())
        .bind(key)
        .bind(ms(ids::now()))
        .fetch_optional(&self.pool)
        .await
        .db()
    }

    async fn cache_put(
        &self,
        namespace: CacheSpace,
        key: &str,
        value: &str,
        ttl: time::Duration,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO cache (namespace, key, value, expires_at_ms) VALUES (?, ?, ?, ?)
             ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at_ms = excluded.expires_at_ms",
        )
        .bind(namespace.as_str())
        .bind(key)
        .bind(value)
        .bind(ms(ids::now() + ttl))
        .execute(&self.pool)
        .await
        .db()?;
        Ok(())
    }

    async fn purge_expired_cache(&self) -> Result<u64> {
        let done = sqlx::query("DELETE FROM cache WHERE expires_at_ms <= ?")
            .bind(ms(ids::now()))
            .execute(&self.pool)
            .await
            .db()?;
        Ok(done.rows_affected())
    }

    async fn export_jobs(&self, after: Option<&str>, limit: u32) -> Result<Vec<JobArchive>> {
        let rows = sqlx::query("SELECT * FROM jobs WHERE id > ? ORDER BY id LIMIT ?")
            .bind(after.unwrap_or(""))
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .db()?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let job = job_from_row(row)?;
            let history = self.status_history(job.id()).await?;
            out.push(JobArchive { job, history });
        }
        Ok(out)
    }

    async fn restore_job(&self, a: &JobArchive) -> Result<()> {
        let j = &a.job;
        let d = &j.doc;
        let extra = serde_json::to_string(&d.extra)
            .map_err(|e| Error::invalid(format!("extra fields: {e}")))?;
        let outputs = serde_json::to_string(&j.outputs)
            .map_err(|e| Error::invalid(format!("outputs: {e}")))?;
        let mut tx = self.write_tx().await.db()?;
        sqlx::query(
            "INSERT INTO jobs (id, dedupe_key, title, company, location, job_description, job_criteria,
             job_url, url, source, created_at_ms, score, status, fit_score, extra, outputs,
             updated_at_ms, content_key)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET dedupe_key = excluded.dedupe_key, title = excluded.title,
             company = excluded.company, location = excluded.location,
             job_description = excluded.job_description, job_criteria = excluded.job_criteria,
             job_url = excluded.job_url, url = excluded.url, source = excluded.source,
             created_at_ms = excluded.created_at_ms, score = excluded.score, status = excluded.status,
             fit_score = excluded.fit_score, extra = excluded.extra, outputs = excluded.outputs,
             updated_at_ms = excluded.updated_at_ms, content_key = excluded.content_key",
        )
        .bind(&d.id)
        .bind(&d.dedupe_key)
        .bind(&d.title)
        .bind(&d.company)
        .bind(&d.location)
        .bind(&d.job_description)
        .bind(&d.job_criteria)
        .bind(&d.job_url)
        .bind(&d.url)
        .bind(&d.source)
        .bind(ms(d.created_at))
        .bind(&d.score)
        .bind(d.status.as_str())
        .bind(j.fit_score.map(i64::from))
        .bind(extra)
        .bind(outputs)
        .bind(ms(j.updated_at))
        .bind(content_key(&d.company, &d.job_description).unwrap_or_default())
        .execute(&mut *tx)
        .await
        .db()?;
        sqlx::query("DELETE FROM job_status_history WHERE job_id = ?")
            .bind(&d.id)
            .execute(&mut *tx)
            .await
            .db()?;
        for h in &a.history {
            sqlx::query(
                "INSERT INTO job_status_history (job_id, status, at_ms, note) VALUES (?, ?, ?, ?)",
            )
            .bind(&d.id)
            .bind(h.status.as_str())
            .bind(ms(h.at))
            .bind(&h.note)
            .execute(&mut *tx)
            .await
            .db()?;
        }
        tx.commit().await.db()
    }

    async fn export_runs(&self, after: Option<&str>, limit: u32) -> Result<Vec<RunArchive>> {
        let rows = sqlx::query("SELECT * FROM runs WHERE id > ? ORDER BY id LIMIT ?")
            .bind(after.unwrap_or(""))
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .db()?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let run = run_from_row(row)?;
            let events = self.events_after(&run.id, 0).await?;
            out.push(RunArchive { run, events });
        }
        Ok(out)
    }

    async fn restore_run(&self, a: &RunArchive) -> Result<()> {
        let r = &a.run;
        let layers = serde_json::to_string(&r.layers)
            .map_err(|e| Error::invalid(format!("run layers: {e}")))?;
        let mut tx = self.write_tx().await.db()?;
        sqlx::query(
            "INSERT INTO runs (id, job_id, status, created_at_ms, started_at_ms, finished_at_ms, error,
             layers, lease_owner, lease_expires_ms, cancel_requested)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)
             ON CONFLICT (id) DO UPDATE SET job_id = excluded.job_id, status = excluded.status,
             created_at_ms = excluded.created_at_ms, started_at_ms = excluded.started_at_ms,
             finished_at_ms = excluded.finished_at_ms, error = excluded.error,
             layers = excluded.layers, lease_owner = NULL, lease_expires_ms = NULL,
             cancel_requested = excluded.cancel_requested",
        )
        .bind(&r.id)
        .bind(&r.job_id)
        .bind(r.status.as_str())
        .bind(ms(r.created_at))
        .bind(r.started_at.map(ms))
        .bind(r.finished_at.map(ms))
        .bind(&r.error)
        .bind(layers)
        .bind(i64::from(r.cancel_requested))
        .execute(&mut *tx)
        .await
        .db()?;
        sqlx::query("DELETE FROM run_events WHERE run_id = ?")
            .bind(&r.id)
            .execute(&mut *tx)
            .await
            .db()?;
        for e in &a.events {
            sqlx::query(
                "INSERT INTO run_events (run_id, seq, at_ms, kind, layer, message, data)
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&r.id)
            .bind(e.seq as i64)
            .bind(ms(e.at))
            .bind(e.kind.as_str())
            .bind(e.layer.map(|l| l.key()))
            .bind(&e.message)
            .bind(e.data.to_string())
            .execute(&mut *tx)
            .await
            .db()?;
        }
        tx.commit().await.db()
    }

    async fn export_costs(&self, offset: u64, limit: u32) -> Result<Vec<CostRecord>> {
        let rows = sqlx::query(
            "SELECT run_id, layer, provider, model, input_tokens, output_tokens, cost_usd, latency_ms, at_ms
             FROM cost_records ORDER BY at_ms, id LIMIT ? OFFSET ?",
        )
        .bind(i64::from(limit))
        .bind(offset as i64)
        .fetch_all(&self.pool)
        .await
        .db()?;
        costs_of(&rows)
    }

    async fn recent_costs(&self, since: OffsetDateTime, limit: u32) -> Result<Vec<CostRecord>> {
        let rows = sqlx::query(
            "SELECT run_id, layer, provider, model, input_tokens, output_tokens, cost_usd, latency_ms, at_ms
             FROM cost_records WHERE at_ms >= ? ORDER BY at_ms DESC, id DESC LIMIT ?",
        )
        .bind(ms(since))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .db()?;
        costs_of(&rows)
    }

    async fn restore_costs(&self, costs: &[CostRecord]) -> Result<u64> {
        let mut tx = self.write_tx().await.db()?;
        let mut added = 0;
        for c in costs {
            added += sqlx::query(
                "INSERT INTO cost_records (run_id, layer, provider, model, input_tokens, output_tokens,
                 cost_usd, latency_ms, at_ms)
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
                 WHERE NOT EXISTS (SELECT 1 FROM cost_records WHERE run_id IS ?1 AND layer = ?2
                   AND provider = ?3 AND model = ?4 AND input_tokens = ?5 AND output_tokens = ?6
                   AND cost_usd = ?7 AND latency_ms = ?8 AND at_ms = ?9)",
            )
            .bind(&c.run_id)
            .bind(c.layer.key())
            .bind(&c.provider)
            .bind(&c.model)
            .bind(c.input_tokens as i64)
            .bind(c.output_tokens as i64)
            .bind(c.cost_usd)
            .bind(c.latency_ms as i64)
            .bind(ms(c.at))
            .execute(&mut *tx)
            .await
            .db()?
            .rows_affected();
        }
        tx.commit().await.db()?;
        Ok(added)
    }

    async fn get_setting(&self, key: &str) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
                .bind(key)
                .fetch_optional(&self.pool)
                .await
                .db()?,
        )
    }

    async fn put_setting(&self, key: &str, value: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await.db()?;
        Ok(())
    }

    async fn delete_setting(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM settings WHERE key = ?")
            .bind(key)
            .execute(&self.pool)
            .await
            .db()?;
        Ok(())
    }

    async fn add_version(&self, v: &NewVersion) -> Result<DocVersion> {
        let findings =
            serde_json::to_string(&v.findings).map_err(|e| Error::Store(e.to_string()))?;
        let now = ids::now();
        // The number is taken inside the write transaction, so two saves never share one.
        let mut tx = self.write_tx().await.db()?;
        let version: i64 = sqlx::query_scalar(
            "INSERT INTO doc_versions (owner, kind, version, text, origin, note, findings, confirmed, created_ms)
             SELECT ?1, ?2, COALESCE(MAX(version), 0) + 1, ?3, ?4, ?5, ?6, 0, ?7
             FROM doc_versions WHERE owner = ?1 AND kind = ?2
             RETURNING version",
        )
        .bind(&v.owner)
        .bind(v.kind.as_str())
        .bind(&v.text)
        .bind(v.origin.as_str())
        .bind(&v.note)
        .bind(&findings)
        .bind(ms(now))
        .fetch_one(&mut *tx)
        .await
        .db()?;
        tx.commit().await.db()?;
        Ok(DocVersion {
            owner: v.owner.clone(),
            kind: v.kind,
            version: version as u32,
            text: v.text.clone(),
            origin: v.origin,
            note: v.note.clone(),
            findings: v.findings.clone(),
            confirmed: false,
            created_at: from_ms(ms(now)),
        })
    }

    async fn list_versions(
        &self,
        owner: &str,
        kind: DocKind,
        limit: u32,
    ) -> Result<Vec<DocVersion>> {
        let rows = sqlx::query(
            "SELECT owner, kind, version, text, origin, note, findings, confirmed, created_ms
             FROM doc_versions WHERE owner = ? AND kind = ? ORDER BY version DESC LIMIT ?",
        )
        .bind(owner)
        .bind(kind.as_str())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .db()?;
        rows.iter().map(version_of).collect()
    }

    async fn get_version(
        &self,
        owner: &str,
        kind: DocKind,
        version: u32,
    ) -> Result<Option<DocVersion>> {
        let row = sqlx::query(
            "SELECT owner, kind, version, text, origin, note, findings, confirmed, created_ms
             FROM doc_versions WHERE owner = ? AND kind = ? AND version = ?",
        )
        .bind(owner)
        .bind(kind.as_str())
        .bind(i64::from(version))
        .fetch_optional(&self.pool)
        .await
        .db()?;
        row.as_ref().map(version_of).transpose()
    }

    async fn confirm_version(&self, owner: &str, kind: DocKind, version: u32) -> Result<bool> {
        let n = sqlx::query(
            "UPDATE doc_versions SET confirmed = 1 WHERE owner = ? AND kind = ? AND version = ?",
        )
        .bind(owner)
        .bind(kind.as_str())
        .bind(i64::from(version))
        .execute(&self.pool)
        .await
        .db()?
        .rows_affected();
        Ok(n == 1)
    }

    async fn export_versions(&self, offset: u64, limit: u32) -> Result<Vec<DocVersion>> {
        let rows = sqlx::query(
            "SELECT owner, kind, version, text, origin, note, findings, confirmed, created_ms
             FROM doc_versions ORDER BY owner, kind, version LIMIT ? OFFSET ?",
        )
        .bind(i64::from(limit))
        .bind(offset as i64)
        .fetch_all(&self.pool)
        .await
        .db()?;
        rows.iter().map(version_of).collect()
    }

    async fn restore_versions(&self, versions: &[DocVersion]) -> Result<u64> {
        let mut tx = self.write_tx().await.db()?;
        let mut added = 0;
        for v in versions {
            let findings =
                serde_json::to_string(&v.findings).map_err(|e| Error::Store(e.to_string()))?;
            added += sqlx::query(
                "INSERT INTO doc_versions (owner, kind, version, text, origin, note, findings, confirmed, created_ms)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            )
            .bind(&v.owner)
            .bind(v.kind.as_str())
            .bind(i64::from(v.version))
            .bind(&v.text)
            .bind(v.origin.as_str())
            .bind(&v.note)
            .bind(&findings)
            .bind(v.confirmed)
            .bind(ms(v.created_at))
            .execute(&mut *tx)
            .await
            .db()?
            .rows_affected();
        }
        tx.commit().await.db()?;
        Ok(added)
    }

    async fn load_session(&self, id: &str) -> Result<Option<SessionRecord>> {
        let row =
            sqlx::query("SELECT data, expires_at FROM sessions WHERE id = ? AND expires_at > ?")
                .bind(id)
                .bind(ids::now().unix_timestamp())
                .fetch_optional(&self.pool)
                .await
                .db()?;
        Ok(row.map(|r| SessionRecord {
            id: id.to_string(),
            data: r.get("data"),
            expires_at: OffsetDateTime::from_unix_timestamp(r.get("expires_at"))
                .unwrap_or(OffsetDateTime::UNIX_EPOCH),
        }))
    }

    async fn save_session(&self, s: &SessionRecord) -> Result<()> {
        sqlx::query(
            "INSERT INTO sessions (id, data, expires_at) VALUES (?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at",
        )
        .bind(&s.id)
        .bind(&s.data)
        .bind(s.expires_at.unix_timestamp())
        .execute(&self.pool)
        .await
        .db()?;
        Ok(())
    }

    async fn create_session(&self, s: &SessionRecord) -> Result<bool> {
        let n =
            sqlx::query("INSERT OR IGNORE INTO sessions (id, data, expires_at) VALUES (?, ?, ?)")
                .bind(&s.id)
                .bind(&s.data)
                .bind(s.expires_at.unix_timestamp())
                .execute(&self.pool)
                .await
                .db()?
                .rows_affected();
        Ok(n == 1)
    }

    async fn delete_session(&self, id: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await
            .db()?;
        Ok(())
    }

    async fn delete_expired_sessions(&self) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= ?")
            .bind(ids::now().unix_timestamp())
            .execute(&self.pool)
            .await
            .db()?
            .rows_affected())
    }
}

/// Replaces the SQLite database at `db_path` with `backup` (checked to be a jobintel store first).
/// The server must be stopped: a running process would keep writing to the old file.
pub async fn restore(backup: &Path, db_path: &Path) -> Result<()> {
    if !backup.is_file() {
        return Err(Error::invalid(format!(
            "{} is not a file",
            backup.display()
        )));
    }
    // Opening it proves it is a SQLite database with (or migratable to) our schema.
    let url = format!("sqlite://{}", backup.display());
    let check = SqliteStore::open(&url).await?;
    let jobs = check.count_jobs().await?;
    check.close().await;
    let dir = db_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::Store(e.to_string()))?;
    let staging = dir.join(format!(".restore-{}", store::ids::new_id()));
    std::fs::copy(backup, &staging)
        .map_err(|e| Error::Store(format!("cannot copy the backup: {e}")))?;
    for ext in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{ext}", db_path.display()));
        let _ = std::fs::remove_file(side);
    }
    std::fs::rename(&staging, db_path)
        .map_err(|e| Error::Store(format!("cannot replace the database: {e}")))?;
    tracing::info!(jobs, "store restored");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plan SQLite picks for the key of a page typed by number.
    async fn plan(store: &SqliteStore, status: StatusFilter) -> String {
        let sql = key_at_query(&status, true, 500).sql().to_string();
        let rows = sqlx::query(&format!("EXPLAIN QUERY PLAN {sql}"))
            .bind(500_i64)
            .fetch_all(&store.pool)
            .await
            .unwrap();
        rows.iter()
            .map(|r| r.get::<String, _>("detail"))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[tokio::test]
    async fn a_page_typed_by_number_finds_its_first_job_in_an_index() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&format!("sqlite://{}/t.db", dir.path().display()))
            .await
            .unwrap();
        let active = plan(&store, StatusFilter::Active).await;
        assert!(active.contains("job_list_shown"), "{active}");
        assert!(!active.contains("TEMP B-TREE"), "{active}");
        let one = plan(&store, StatusFilter::Only(JobStatus::Applied)).await;
        assert!(one.contains("job_list_status"), "{one}");
    }
}
