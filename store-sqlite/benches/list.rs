//! The job list on realistic data (divan): `make load` builds the 100,000-job database from the
//! corpus (real description sizes), then `cargo bench -p store-sqlite` times single queries on it:
//! a search, a search sorted by fit, the list sorted by fit (first page and page 500), the first
//! page, page 500 by number and by cursor, and one job
//! read back whole.
//! The database path comes from `JOBINTEL_LOAD_DB`, by default the one `make load` writes.

use std::path::PathBuf;
use std::sync::OnceLock;
use store::Store;
use store_sqlite::SqliteStore;
use types::job::{JobQuery, JobSort};

fn main() {
    if database().is_none() {
        eprintln!(
            "no load database at {}: run `make load` first (or set JOBINTEL_LOAD_DB)",
            path().display()
        );
        return;
    }
    divan::main();
}

fn path() -> PathBuf {
    std::env::var_os("JOBINTEL_LOAD_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
            target.join("load/jobs-100000.sqlite")
        })
}

struct Fixture {
    store: SqliteStore,
    rt: tokio::runtime::Runtime,
    job_id: String,
    /// Page 499's `next`: page 500 read by its cursor.
    cursor_500: Option<String>,
}

fn database() -> Option<&'static Fixture> {
    static F: OnceLock<Option<Fixture>> = OnceLock::new();
    F.get_or_init(|| {
        let path = path();
        if !path.exists() {
            return None;
        }
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .ok()?;
        let store = rt
            .block_on(SqliteStore::open(&format!("sqlite://{}", path.display())))
            .ok()?;
        let middle = JobQuery {
            page: 1000,
            per_page: 50,
            ..JobQuery::default()
        };
        let job_id = rt
            .block_on(store.list_jobs(&middle))
            .ok()?
            .jobs
            .first()?
            .id
            .clone();
        let page_499 = JobQuery {
            page: 499,
            ..JobQuery::default()
        };
        let cursor_500 = rt.block_on(store.list_jobs(&page_499)).ok()?.next;
        Some(Fixture {
            store,
            rt,
            job_id,
            cursor_500,
        })
    })
    .as_ref()
}

#[divan::bench(args = ["search", "search_fit_sort", "fit_sort", "fit_sort_page_500", "first_page", "page_500", "page_500_by_cursor", "rare_word"])]
fn list_jobs_100k(bencher: divan::Bencher, case: &str) {
    let f = database().expect("checked in main");
    let q = match case {
        "search" => JobQuery {
            text: "engineer".into(),
            ..JobQuery::default()
        },
        "search_fit_sort" => JobQuery {
            text: "engineer".into(),
            sort: JobSort::FitScore,
            ..JobQuery::default()
        },
        "fit_sort" => JobQuery {
            sort: JobSort::FitScore,
            ..JobQuery::default()
        },
        "fit_sort_page_500" => JobQuery {
            sort: JobSort::FitScore,
            page: 500,
            ..JobQuery::default()
        },
        "page_500" => JobQuery {
            page: 500,
            ..JobQuery::default()
        },
        "page_500_by_cursor" => JobQuery {
            page: 500,
            after: f.cursor_500.clone(),
            ..JobQuery::default()
        },
        "rare_word" => JobQuery {
            text: "siena".into(),
            ..JobQuery::default()
        },
        _ => JobQuery::default(),
    };
    bencher.bench_local(|| f.rt.block_on(f.store.list_jobs(&q)).unwrap());
}

/// A job page's read: the whole document with its outputs.
#[divan::bench]
fn get_job_100k(bencher: divan::Bencher) {
    let f = database().expect("checked in main");
    bencher.bench_local(|| f.rt.block_on(f.store.get_job(&f.job_id)).unwrap().unwrap());
}
