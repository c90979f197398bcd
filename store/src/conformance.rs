//! The store conformance suite: behaviour every backend must have. A backend's tests call
//! [`conformance_suite!`](crate::conformance_suite) with an expression that makes a fresh, empty
//! store; it writes one test per case, so a failure names the case.

use crate::{ids, CostRecord, EnqueueOutcome, RunEvent, RunStatus, SessionRecord, Store};
use std::sync::Arc;
use time::Duration;
use types::job::{JobPage, JobQuery, JobSort, JobStatus, NewJob, StatusFilter};
use types::{CandidateProfile, DocKind, Finding, Layer, NewVersion, VersionOrigin};

pub fn sample_job(n: usize) -> NewJob {
    NewJob {
        id: ids::new_id(),
        dedupe_key: format!("company {n}|engineer {n}|berlin|test"),
        title: format!("Engineer {n}"),
        company: format!("Company {n}"),
        location: "Berlin".into(),
        job_description: format!("Job number {n}. Rust and Kubernetes."),
        job_criteria: String::new(),
        job_url: String::new(),
        url: String::new(),
        source: "test".into(),
        created_at: time::macros::datetime!(2025-01-01 0:00 UTC) + Duration::hours(n as i64),
        score: None,
        status: JobStatus::NotProcessed,
        extra: serde_json::Map::new(),
    }
}

pub async fn import_and_get_round_trip(store: Arc<dyn Store>) {
    let mut job = sample_job(1);
    job.extra
        .insert("is_ai_job".into(), serde_json::json!(true));
    job.score = Some("85".into());
    let report = store.import_jobs(vec![job.clone()]).await.unwrap();
    assert_eq!(report.added, 1);
    let got = store.get_job(&job.id).await.unwrap().expect("job stored");
    assert_eq!(got.doc, job);
    assert_eq!(got.fit_score, None);
    assert!(got.outputs.is_empty());
    assert!(store.get_job("missing").await.unwrap().is_none());
    assert_eq!(store.count_jobs().await.unwrap(), 1);
}

pub async fn import_reports_duplicates(store: Arc<dyn Store>) {
    store.import_jobs(vec![sample_job(1)]).await.unwrap();
    let mut same_key = sample_job(1);
    same_key.id = ids::new_id();
    let report = store
        .import_jobs(vec![same_key, sample_job(2), sample_job(2)])
        .await
        .unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(report.duplicates.len(), 2);
    assert_eq!(store.count_jobs().await.unwrap(), 2);
}

pub async fn the_same_posting_under_another_id_is_a_duplicate(store: Arc<dyn Store>) {
    let text = "We build logistics software. ".repeat(12);
    let mut first = sample_job(1);
    first.job_description = text.clone();
    store.import_jobs(vec![first]).await.unwrap();
    // Another id, title and dedupe key, the same company and text (spacing and case aside).
    let mut again = sample_job(2);
    again.company = "Company 1".into();
    again.job_description = format!("  {}", text.to_uppercase());
    // The same text at another company is another posting.
    let mut elsewhere = sample_job(3);
    elsewhere.job_description = text;
    let report = store.import_jobs(vec![again, elsewhere]).await.unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(report.duplicates.len(), 1);
    assert_eq!(report.duplicates[0].title, "Engineer 2");
    assert_eq!(store.count_jobs().await.unwrap(), 2);
}

pub async fn list_filters_sorts_and_pages(store: Arc<dyn Store>) {
    let jobs: Vec<_> = (0..25).map(sample_job).collect();
    let ids: Vec<String> = jobs.iter().map(|j| j.id.clone()).collect();
    store.import_jobs(jobs).await.unwrap();
    store
        .set_status(&ids[0..3], JobStatus::Applied, "")
        .await
        .unwrap();
    store.set_fit_score(&ids[5], Some(90)).await.unwrap();
    store.set_fit_score(&ids[6], Some(40)).await.unwrap();

    let page = store
        .list_jobs(&JobQuery {
            per_page: 10,
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.total, 22, "applied jobs are hidden by default");
    assert_eq!(page.hidden, 3);
    assert_eq!(page.jobs.len(), 10);
    assert_eq!(page.pages(), 3);
    assert_eq!(page.jobs[0].title, "Engineer 24", "newest first");

    let last = store
        .list_jobs(&JobQuery {
            per_page: 10,
            page: 3,
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(last.jobs.len(), 2);

    let all = store
        .list_jobs(&JobQuery {
            status: StatusFilter::All,
            per_page: 100,
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(all.total, 25);
    assert_eq!(all.hidden, 0);

    let applied = store
        .list_jobs(&JobQuery {
            status: StatusFilter::Only(JobStatus::Applied),
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(applied.total, 3);
    assert!(applied.jobs.iter().all(|j| j.status == JobStatus::Applied));

    let by_fit = store
        .list_jobs(&JobQuery {
            sort: JobSort::FitScore,
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(by_fit.jobs[0].fit_score, Some(90));
    assert_eq!(by_fit.jobs[1].fit_score, Some(40));
    assert_eq!(by_fit.jobs[2].fit_score, None, "unscored jobs come last");

    let oldest = store
        .list_jobs(&JobQuery {
            sort: JobSort::Oldest,
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(oldest.jobs[0].title, "Engineer 3");
}

/// Search finds words by their start in title, company or location, whatever their case and
/// diacritics; punctuation only separates words, so nothing typed acts as a wildcard or operator;
/// the list, its counts and the hidden count follow every write.
pub async fn search_matches_word_prefixes_and_nothing_is_an_operator(store: Arc<dyn Store>) {
    let mut a = sample_job(1);
    a.company = "Zeta_Labs 100%".into();
    let mut b = sample_job(2);
    b.company = "ZetaXLabs".into();
    b.location = "Lisbon".into();
    let mut c = sample_job(3);
    c.title = "Ingénieur logiciel".into();
    c.company = "Café Müller \"Quotes\" (C++)".into();
    c.location = "München".into();
    store
        .import_jobs(vec![a, b.clone(), c.clone()])
        .await
        .unwrap();
    let find = |text: &str| {
        let store = store.clone();
        let text = text.to_string();
        async move {
            let page = store
                .list_jobs(&JobQuery {
                    text,
                    ..JobQuery::default()
                })
                .await
                .unwrap();
            assert_eq!(
                page.jobs.len() as u64,
                page.total,
                "one page holds them all"
            );
            assert!(page.total_exact);
            page.total
        }
    };
    assert_eq!(find("zeta").await, 2, "a word's start matches");
    assert_eq!(
        find("ZETA_LABS").await,
        1,
        "`_` separates words, it is no wildcard"
    );
    assert_eq!(find("labs").await, 1, "a word's middle does not match");
    assert_eq!(find("100%").await, 1, "`%` is no wildcard");
    assert_eq!(find("%").await, 0, "no word, no match");
    assert_eq!(find("LISB").await, 1, "location is searched, by prefix");
    assert_eq!(find("engineer 2").await, 1, "every word must match");
    assert_eq!(find("engineer nowhere").await, 0);
    assert_eq!(find("munchen").await, 1, "diacritics are folded");
    assert_eq!(
        find("CAFÉ MÜLLER").await,
        1,
        "case and diacritics are folded"
    );
    assert_eq!(find("ingenieur").await, 1);
    assert_eq!(find("\"quotes").await, 1, "an unbalanced quote is literal");
    assert_eq!(find("zeta*").await, 2, "`*` is literal");
    assert_eq!(
        find("zeta OR nowhere").await,
        0,
        "OR is a word, not an operator"
    );
    assert_eq!(
        find("zeta NOT labs").await,
        0,
        "NOT is a word, not an operator"
    );
    assert_eq!(find("-zeta").await, 2, "`-` is not a negation");
    assert_eq!(find("title:zeta").await, 0, "no column filters");
    assert_eq!(find("(c++)").await, 1);

    // Writes keep the search and the counts in step.
    store
        .set_status(&[b.id.clone()], JobStatus::Discarded, "")
        .await
        .unwrap();
    let page = store
        .list_jobs(&JobQuery {
            text: "zeta".into(),
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(
        (page.total, page.hidden),
        (1, 1),
        "a discarded job is hidden and counted as such"
    );
    let all = store.list_jobs(&JobQuery::default()).await.unwrap();
    assert_eq!((all.total, all.hidden), (2, 1));
    assert_eq!(store.count_jobs().await.unwrap(), 3);
    store.delete_jobs(&[c.id.clone()]).await.unwrap();
    assert_eq!(find("munchen").await, 0, "a deleted job is not found");
    assert_eq!(store.count_jobs().await.unwrap(), 2);
}

/// A search's count stops early for a common word but always reaches past the page asked for,
/// so the pager knows whether there is a next page.
pub async fn search_counts_are_capped_past_the_page(store: Arc<dyn Store>) {
    let jobs: Vec<NewJob> = (0..30).map(sample_job).collect();
    store.import_jobs(jobs).await.unwrap();
    let page = store
        .list_jobs(&JobQuery {
            text: "engineer".into(),
            per_page: 10,
            page: 2,
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.jobs.len(), 10);
    assert!(page.total >= 21, "counted past page 2: {}", page.total);
    assert!(page.pages() > 2, "there is a next page");
    let exact = store.list_jobs(&JobQuery::default()).await.unwrap();
    assert_eq!((exact.total, exact.total_exact), (30, true));
}

/// A word in more jobs than the count cap still pages in the sort's order, by date and by fit.
pub async fn a_common_word_pages_in_sort_order(store: Arc<dyn Store>) {
    let n = JobPage::COUNT_CAP as usize + 100;
    let jobs: Vec<NewJob> = (0..n).map(sample_job).collect();
    let ids: Vec<String> = jobs.iter().map(|j| j.id.clone()).collect();
    store.import_jobs(jobs).await.unwrap();
    for (i, id) in ids.iter().enumerate().filter(|(i, _)| i % 10 == 0) {
        store
            .set_fit_score(id, Some((i % 101) as u8))
            .await
            .unwrap();
    }
    let page = |page: u32, sort: JobSort| {
        let store = store.clone();
        async move {
            store
                .list_jobs(&JobQuery {
                    text: "engineer".into(),
                    sort,
                    page,
                    per_page: 50,
                    ..JobQuery::default()
                })
                .await
                .unwrap()
        }
    };
    let first = page(1, JobSort::Newest).await;
    assert!(!first.total_exact && first.total >= JobPage::COUNT_CAP);
    let titles: Vec<&str> = first.jobs.iter().map(|j| j.title.as_str()).collect();
    assert_eq!(titles[0], format!("Engineer {}", n - 1), "newest first");
    assert_eq!(titles[49], format!("Engineer {}", n - 50));
    let third = page(3, JobSort::Newest).await;
    assert_eq!(third.jobs[0].title, format!("Engineer {}", n - 101));
    let by_fit = page(1, JobSort::FitScore).await;
    let fits: Vec<Option<u8>> = by_fit.jobs.iter().map(|j| j.fit_score).collect();
    assert_eq!(fits[0], Some(100));
    assert!(fits.windows(2).all(|w| w[0] >= w[1]), "{fits:?}");
}

/// A cursor from one page reads the same next page as its number would, by date either way, with
/// or without words, and the last page has none.
pub async fn cursor_pages_match_numbered_pages(store: Arc<dyn Store>) {
    let jobs: Vec<NewJob> = (0..25).map(sample_job).collect();
    store.import_jobs(jobs).await.unwrap();
    for (sort, text) in [
        (JobSort::Newest, ""),
        (JobSort::Oldest, ""),
        (JobSort::Newest, "engineer"),
        (JobSort::Oldest, "berlin"),
    ] {
        let query = |page: u32, after: Option<String>| JobQuery {
            text: text.into(),
            sort,
            page,
            per_page: 10,
            after,
            ..JobQuery::default()
        };
        let mut after = None;
        for page in 1..=3 {
            let numbered = store.list_jobs(&query(page, None)).await.unwrap();
            let cursored = store.list_jobs(&query(page, after.clone())).await.unwrap();
            let ids =
                |p: &types::job::JobPage| p.jobs.iter().map(|j| j.id.clone()).collect::<Vec<_>>();
            assert_eq!(
                ids(&numbered),
                ids(&cursored),
                "{sort:?} {text:?} page {page}"
            );
            assert_eq!(
                cursored.next.is_some(),
                page < 3,
                "only the last page has no cursor"
            );
            after = cursored.next;
        }
    }
    let past_the_end = store
        .list_jobs(&JobQuery {
            page: 4,
            per_page: 10,
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert!(past_the_end.jobs.is_empty() && past_the_end.next.is_none());
    assert_eq!(past_the_end.total, 25);
    // Hidden jobs are stepped over by a page number as by the cursor.
    let hidden: Vec<String> = store
        .list_jobs(&JobQuery {
            per_page: 25,
            ..JobQuery::default()
        })
        .await
        .unwrap()
        .jobs
        .iter()
        .step_by(3)
        .map(|j| j.id.clone())
        .collect();
    store
        .set_status(&hidden, JobStatus::Applied, "")
        .await
        .unwrap();
    let page = |page: u32, after: Option<String>| JobQuery {
        page,
        per_page: 5,
        after,
        ..JobQuery::default()
    };
    let first = store.list_jobs(&page(1, None)).await.unwrap();
    let numbered = store.list_jobs(&page(2, None)).await.unwrap();
    let cursored = store.list_jobs(&page(2, first.next.clone())).await.unwrap();
    assert_eq!(numbered.jobs, cursored.jobs);
    assert_eq!(numbered.jobs.len(), 5);
    assert!(numbered.jobs.iter().all(|j| !hidden.contains(&j.id)));
    let by_fit = store
        .list_jobs(&JobQuery {
            sort: JobSort::FitScore,
            per_page: 10,
            after: Some("garbage".into()),
            ..JobQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(by_fit.jobs.len(), 10, "the fit sort ignores a cursor");
    assert!(by_fit.next.is_none());
}

/// A search sorted by fit lists the best fit first, equal fits newest first and unscored jobs
/// last, follows every score change, and leaves out what the filter hides.
pub async fn a_search_sorted_by_fit_follows_score_changes(store: Arc<dyn Store>) {
    let jobs: Vec<NewJob> = (0..6).map(sample_job).collect();
    store.import_jobs(jobs.clone()).await.unwrap();
    for (job, fit) in jobs.iter().zip([50, 80, 50, 20]) {
        store.set_fit_score(&job.id, Some(fit)).await.unwrap();
    }
    let search = || async {
        store
            .list_jobs(&JobQuery {
                text: "engin".into(),
                sort: JobSort::FitScore,
                ..JobQuery::default()
            })
            .await
            .unwrap()
            .jobs
            .into_iter()
            .map(|j| (j.title, j.fit_score))
            .collect::<Vec<_>>()
    };
    let expected = |rows: &[(usize, Option<u8>)]| -> Vec<(String, Option<u8>)> {
        rows.iter()
            .map(|&(n, fit)| (format!("Engineer {n}"), fit))
            .collect()
    };
    assert_eq!(
        search().await,
        expected(&[
            (1, Some(80)),
            (2, Some(50)),
            (0, Some(50)),
            (3, Some(20)),
            (5, None),
            (4, None),
        ])
    );

    store.set_fit_score(&jobs[3].id, Some(95)).await.unwrap();
    store.set_fit_score(&jobs[1].id, None).await.unwrap();
    store
        .set_status(&[jobs[2].id.clone()], JobStatus::Discarded, "not for me")
        .await
        .unwrap();
    assert_eq!(
        search().await,
        expected(&[
            (3, Some(95)),
            (0, Some(50)),
            (5, None),
            (4, None),
            (1, None)
        ])
    );
    // A score out of the 0–100 range is a write like any other (read back clamped), and a
    // deleted job leaves the search.
    store.set_fit_score(&jobs[4].id, Some(255)).await.unwrap();
    assert_eq!(store.delete_jobs(&[jobs[0].id.clone()]).await.unwrap(), 1);
    assert_eq!(
        search().await,
        expected(&[(4, Some(100)), (3, Some(95)), (5, None), (1, None)])
    );
}

pub async fn status_changes_keep_history(store: Arc<dyn Store>) {
    let job = sample_job(1);
    store.import_jobs(vec![job.clone()]).await.unwrap();
    let ids = vec![job.id.clone(), "missing".to_string()];
    assert_eq!(
        store
            .set_status(&ids, JobStatus::Applied, "sent")
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .set_status(&ids, JobStatus::Applied, "again")
            .await
            .unwrap(),
        0,
        "an unchanged status is not a change"
    );
    store
        .set_status(&ids[..1], JobStatus::InterviewScheduled, "")
        .await
        .unwrap();
    let history = store.status_history(&job.id).await.unwrap();
    let statuses: Vec<_> = history.iter().map(|h| h.status).collect();
    assert_eq!(
        statuses,
        vec![
            JobStatus::NotProcessed,
            JobStatus::Applied,
            JobStatus::InterviewScheduled
        ]
    );
    assert_eq!(history[1].note, "sent");
    assert!(history.windows(2).all(|w| w[0].at <= w[1].at));
    let got = store.get_job(&job.id).await.unwrap().unwrap();
    assert_eq!(got.doc.status, JobStatus::InterviewScheduled);
}

pub async fn delete_removes_jobs(store: Arc<dyn Store>) {
    let jobs: Vec<_> = (0..3).map(sample_job).collect();
    let ids: Vec<String> = jobs.iter().map(|j| j.id.clone()).collect();
    store.import_jobs(jobs).await.unwrap();
    assert_eq!(store.delete_jobs(&ids[..2]).await.unwrap(), 2);
    assert_eq!(store.count_jobs().await.unwrap(), 1);
    assert!(store.get_job(&ids[0]).await.unwrap().is_none());
    assert!(store.status_history(&ids[0]).await.unwrap().is_empty());
}

pub async fn outputs_and_fit_score_persist(store: Arc<dyn Store>) {
    let job = sample_job(1);
    store.import_jobs(vec![job.clone()]).await.unwrap();
    let out = serde_json::json!({"engine": "offline", "items": ["a", "b"]});
    store
        .save_output(&job.id, Layer::PainPoints, &out)
        .await
        .unwrap();
    store
        .save_output(&job.id, Layer::Jd, &serde_json::json!({"role": "x"}))
        .await
        .unwrap();
    store
        .save_output(&job.id, Layer::Jd, &serde_json::json!({"role": "y"}))
        .await
        .unwrap();
    store.set_fit_score(&job.id, Some(77)).await.unwrap();
    let got = store.get_job(&job.id).await.unwrap().unwrap();
    assert_eq!(got.outputs["pain_points"], out);
    assert_eq!(
        got.outputs["jd"]["role"], "y",
        "a layer's output is replaced"
    );
    assert_eq!(got.fit_score, Some(77));
    assert!(store
        .save_output("missing", Layer::Jd, &serde_json::json!({}))
        .await
        .is_err());
}

pub async fn profile_replaces(store: Arc<dyn Store>) {
    assert!(store.get_profile().await.unwrap().is_none());
    let mut p = CandidateProfile {
        master_cv: "# A".into(),
        knowledge_base: "kb".into(),
        updated_at: ids::now(),
    };
    store.put_profile(&p).await.unwrap();
    p.master_cv = "# B".into();
    store.put_profile(&p).await.unwrap();
    assert_eq!(store.get_profile().await.unwrap().unwrap().master_cv, "# B");
}

pub async fn runs_and_bounded_events(store: Arc<dyn Store>) {
    let mut run = store.create_run("job-1").await.unwrap();
    assert_eq!(run.status, RunStatus::Queued);
    run.status = RunStatus::Running;
    run.started_at = Some(ids::now());
    run.layers.insert(
        Layer::Jd,
        crate::LayerProgress {
            state: crate::LayerState::Done,
            ms: 12,
            engine: "offline".into(),
            resumed: false,
        },
    );
    store.update_run(&run).await.unwrap();
    let got = store.get_run(&run.id).await.unwrap().unwrap();
    assert_eq!(got.status, RunStatus::Running);
    assert_eq!(got.layers[&Layer::Jd].ms, 12);
    assert!(got.layer_done(Layer::Jd) && !got.layer_done(Layer::Fit));

    for i in 0..7 {
        let ev = RunEvent {
            seq: 0,
            at: ids::now(),
            kind: crate::EventKind::Log,
            layer: Some(Layer::Jd),
            message: format!("event {i}"),
            data: serde_json::Value::Null,
        };
        assert_eq!(store.append_event(&run.id, ev, 5).await.unwrap(), i + 1);
    }
    let events = store.events_after(&run.id, 0).await.unwrap();
    assert_eq!(events.len(), 5, "only the last 5 are kept");
    assert_eq!(events.first().unwrap().seq, 3);
    assert_eq!(events.last().unwrap().message, "event 6");
    assert_eq!(store.events_after(&run.id, 6).await.unwrap().len(), 1);

    let second = store.create_run("job-2").await.unwrap();
    assert_eq!(store.list_runs(None, 10).await.unwrap().len(), 2);
    let of_job2 = store.list_runs(Some("job-2"), 10).await.unwrap();
    assert_eq!(of_job2.len(), 1);
    assert_eq!(of_job2[0].id, second.id);
}

pub async fn run_summaries_carry_their_job_and_cost(store: Arc<dyn Store>) {
    let job = sample_job(3);
    store.import_jobs(vec![job.clone()]).await.unwrap();
    let first = store.create_run(&job.id).await.unwrap();
    let orphan = store.create_run("deleted-job").await.unwrap();
    for cost in [0.25, 0.5] {
        store
            .record_cost(&CostRecord {
                run_id: Some(first.id.clone()),
                layer: Layer::Fit,
                provider: "openai".into(),
                model: "gpt-4o-mini".into(),
                input_tokens: 10,
                output_tokens: 10,
                cost_usd: cost,
                latency_ms: 1,
                at: ids::now(),
            })
            .await
            .unwrap();
    }
    let all = store.list_run_summaries(None, 10).await.unwrap();
    assert_eq!(all.len(), 2);
    let s = all.iter().find(|s| s.run.id == first.id).unwrap();
    assert_eq!(
        s.job,
        Some((job.title.clone(), job.company.clone())),
        "the job's title and company come with the run"
    );
    assert!((s.cost_usd - 0.75).abs() < 1e-9, "{}", s.cost_usd);
    let o = all.iter().find(|s| s.run.id == orphan.id).unwrap();
    assert_eq!(o.job, None);
    assert_eq!(o.cost_usd, 0.0);
    let of_job = store.list_run_summaries(Some(&job.id), 10).await.unwrap();
    assert_eq!(of_job.len(), 1);
    assert_eq!(of_job[0].run.id, first.id);
}

pub async fn costs_sum_by_window_and_run(store: Arc<dyn Store>) {
    let now = ids::now();
    let rec = |run: &str, cost: f64, at| CostRecord {
        run_id: Some(run.to_string()),
        layer: Layer::PainPoints,
        provider: "openai".into(),
        model: "gpt-4o-mini".into(),
        input_tokens: 1000,
        output_tokens: 200,
        cost_usd: cost,
        latency_ms: 900,
        at,
    };
    store.record_cost(&rec("r1", 0.25, now)).await.unwrap();
    store.record_cost(&rec("r2", 0.50, now)).await.unwrap();
    store
        .record_cost(&rec("r1", 1.0, now - Duration::days(40)))
        .await
        .unwrap();
    let month = now - Duration::days(30);
    assert!((store.total_cost(month, None).await.unwrap() - 0.75).abs() < 1e-9);
    assert!((store.total_cost(month, Some("r1")).await.unwrap() - 0.25).abs() < 1e-9);
    assert!(
        (store
            .total_cost(now - Duration::days(60), Some("r1"))
            .await
            .unwrap()
            - 1.25)
            .abs()
            < 1e-9
    );
    // The ledger: newest first, within the window, at most the limit.
    store
        .record_cost(&rec("r3", 0.10, now + Duration::seconds(1)))
        .await
        .unwrap();
    let recent = store.recent_costs(month, 10).await.unwrap();
    assert_eq!(recent.len(), 3);
    assert_eq!(recent[0].run_id.as_deref(), Some("r3"));
    assert_eq!(store.recent_costs(month, 1).await.unwrap().len(), 1);
}

pub async fn cache_rows_expire_and_are_purged(store: Arc<dyn Store>) {
    use crate::CacheSpace;
    store
        .cache_put(
            CacheSpace::CompanyPage,
            "https://a.example",
            "page A",
            Duration::days(7),
        )
        .await
        .unwrap();
    store
        .cache_put(
            CacheSpace::CompanyPage,
            "https://a.example",
            "page A2",
            Duration::days(7),
        )
        .await
        .unwrap();
    store
        .cache_put(
            CacheSpace::StarScores,
            "https://a.example",
            "scores",
            Duration::seconds(-1),
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .cache_get(CacheSpace::CompanyPage, "https://a.example")
            .await
            .unwrap()
            .as_deref(),
        Some("page A2"),
        "a put replaces"
    );
    assert_eq!(
        store
            .cache_get(CacheSpace::StarScores, "https://a.example")
            .await
            .unwrap(),
        None,
        "an expired row is not returned, and namespaces do not mix"
    );
    assert_eq!(store.purge_expired_cache().await.unwrap(), 1);
    assert_eq!(store.purge_expired_cache().await.unwrap(), 0);
}

pub async fn settings_upsert(store: Arc<dyn Store>) {
    assert_eq!(store.get_setting("k").await.unwrap(), None);
    store.put_setting("k", "1").await.unwrap();
    store.put_setting("k", "2").await.unwrap();
    assert_eq!(store.get_setting("k").await.unwrap().as_deref(), Some("2"));
    store.delete_setting("k").await.unwrap();
    assert_eq!(store.get_setting("k").await.unwrap(), None);
}

/// The version list pages are kept under moves with every change a list shows, and only then.
pub async fn page_version_follows_what_a_list_shows(store: Arc<dyn Store>) {
    let Some(start) = store.page_version().await.unwrap() else {
        return; // this backend renders every page
    };
    let moved = |before: u64, after: Option<u64>| after.is_some_and(|a| a != before);
    let job = sample_job(1);
    let id = job.id.clone();
    store.import_jobs(vec![job]).await.unwrap();
    let v1 = store.page_version().await.unwrap();
    assert!(moved(start, v1), "an imported job moves the version");
    let v1 = v1.unwrap();
    store.get_job(&id).await.unwrap();
    store.list_jobs(&JobQuery::default()).await.unwrap();
    store.put_setting("runner:instances", "{}").await.unwrap();
    assert_eq!(
        store.page_version().await.unwrap(),
        Some(v1),
        "reads and settings no list shows leave it"
    );
    store
        .set_status(std::slice::from_ref(&id), JobStatus::Applied, "")
        .await
        .unwrap();
    let v2 = store.page_version().await.unwrap();
    assert!(moved(v1, v2), "a status change moves it");
    let v2 = v2.unwrap();
    store.put_setting("admin:alerts", "[1]").await.unwrap();
    let v3 = store.page_version().await.unwrap();
    assert!(moved(v2, v3), "new alerts move it");
    let v3 = v3.unwrap();
    store.put_setting("admin:alerts", "[1]").await.unwrap();
    assert_eq!(
        store.page_version().await.unwrap(),
        Some(v3),
        "the same alerts again do not"
    );
    store.delete_jobs(&[id]).await.unwrap();
    assert!(
        moved(v3, store.page_version().await.unwrap()),
        "a delete moves it"
    );
}

pub async fn sessions_expire(store: Arc<dyn Store>) {
    let live = SessionRecord {
        id: "live".into(),
        data: vec![1, 2, 3],
        expires_at: ids::now() + Duration::hours(1),
    };
    let dead = SessionRecord {
        id: "dead".into(),
        data: vec![9],
        expires_at: ids::now() - Duration::seconds(1),
    };
    assert!(store.create_session(&live).await.unwrap());
    assert!(
        !store.create_session(&live).await.unwrap(),
        "ids are unique"
    );
    store.save_session(&dead).await.unwrap();
    assert_eq!(
        store.load_session("live").await.unwrap().unwrap().data,
        vec![1, 2, 3]
    );
    assert!(
        store.load_session("dead").await.unwrap().is_none(),
        "expired sessions do not load"
    );
    assert_eq!(store.delete_expired_sessions().await.unwrap(), 1);
    store.delete_session("live").await.unwrap();
    assert!(store.load_session("live").await.unwrap().is_none());
}

fn queued(o: EnqueueOutcome) -> crate::Run {
    match o {
        EnqueueOutcome::Queued(r) => r,
        other => panic!("expected Queued, got {other:?}"),
    }
}

pub async fn queue_enqueues_once_and_bounds(store: Arc<dyn Store>) {
    let a = queued(store.enqueue_run("job-a", 2).await.unwrap());
    match store.enqueue_run("job-a", 2).await.unwrap() {
        EnqueueOutcome::AlreadyActive(r) => assert_eq!(r.id, a.id),
        other => panic!("a second enqueue of one job must not double it: {other:?}"),
    }
    queued(store.enqueue_run("job-b", 2).await.unwrap());
    assert_eq!(
        store.enqueue_run("job-c", 2).await.unwrap(),
        EnqueueOutcome::QueueFull { queued: 2 }
    );
    let counts = store.run_counts().await.unwrap();
    assert_eq!(counts, vec![(RunStatus::Queued, 2)]);
}

pub async fn claims_are_exclusive_and_leases_expire(store: Arc<dyn Store>) {
    let long = std::time::Duration::from_secs(60);
    let first = queued(store.enqueue_run("job-1", 10).await.unwrap());
    let second = queued(store.enqueue_run("job-2", 10).await.unwrap());
    let a = store.claim_run("owner-a", long).await.unwrap().unwrap();
    let b = store.claim_run("owner-b", long).await.unwrap().unwrap();
    assert_eq!(
        (a.id.as_str(), b.id.as_str()),
        (first.id.as_str(), second.id.as_str()),
        "oldest first, each once"
    );
    assert_eq!(a.status, RunStatus::Running);
    assert!(a.started_at.is_some());
    assert!(
        store.claim_run("owner-c", long).await.unwrap().is_none(),
        "nothing left to claim"
    );
    assert!(
        store
            .renew_lease(&a.id, "owner-a", long)
            .await
            .unwrap()
            .held
    );
    assert!(
        !store
            .renew_lease(&a.id, "owner-b", long)
            .await
            .unwrap()
            .held,
        "only the owner renews"
    );

    // owner-a stops renewing (crashed): once its lease expires another owner takes the run over.
    store
        .renew_lease(&a.id, "owner-a", std::time::Duration::ZERO)
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let taken = store.claim_run("owner-c", long).await.unwrap().unwrap();
    assert_eq!(taken.id, a.id);
    assert!(
        !store
            .renew_lease(&a.id, "owner-a", long)
            .await
            .unwrap()
            .held,
        "the old owner lost it"
    );
    assert!(!store
        .finish_run(&a.id, "owner-a", RunStatus::Succeeded, None)
        .await
        .unwrap());
    assert!(store
        .finish_run(&a.id, "owner-c", RunStatus::Failed, Some("boom"))
        .await
        .unwrap());
    let done = store.get_run(&a.id).await.unwrap().unwrap();
    assert_eq!(done.status, RunStatus::Failed);
    assert_eq!(done.error.as_deref(), Some("boom"));
    assert!(done.finished_at.is_some());
    // A finished job can be queued again.
    queued(store.enqueue_run("job-1", 10).await.unwrap());
}

pub async fn cancel_queued_and_running(store: Arc<dyn Store>) {
    let long = std::time::Duration::from_secs(60);
    let running = queued(store.enqueue_run("job-1", 10).await.unwrap());
    store.claim_run("owner", long).await.unwrap().unwrap();
    let waiting = queued(store.enqueue_run("job-2", 10).await.unwrap());

    let w = store.request_cancel(&waiting.id).await.unwrap().unwrap();
    assert_eq!(
        w.status,
        RunStatus::Cancelled,
        "a queued run is cancelled at once"
    );
    assert!(
        store.claim_run("other", long).await.unwrap().is_none(),
        "a cancelled run is never claimed"
    );

    let r = store.request_cancel(&running.id).await.unwrap().unwrap();
    assert_eq!(r.status, RunStatus::Running, "a running run is flagged");
    assert!(r.cancel_requested);
    let lease = store.renew_lease(&running.id, "owner", long).await.unwrap();
    assert!(
        lease.held && lease.cancel_requested,
        "the owner hears of it at its next heartbeat"
    );
    assert!(store.request_cancel("missing").await.unwrap().is_none());
}

/// Everything one store holds, read through the trait: what a migration must carry over.
async fn everything(
    store: &dyn Store,
) -> (
    Vec<crate::JobArchive>,
    Vec<crate::RunArchive>,
    Vec<CostRecord>,
    Option<CandidateProfile>,
    Vec<types::DocVersion>,
) {
    let jobs = store.export_jobs(None, 10_000).await.unwrap();
    let runs = store.export_runs(None, 10_000).await.unwrap();
    let costs = store.export_costs(0, 10_000).await.unwrap();
    let versions = store.export_versions(0, 10_000).await.unwrap();
    (
        jobs,
        runs,
        costs,
        store.get_profile().await.unwrap(),
        versions,
    )
}

/// Fills a store with what `migrate` must copy: jobs (statuses, outputs, fit scores, unknown
/// fields), the profile, runs with events, costs and document versions. Returns the jobs.
pub async fn populate(from: &Arc<dyn Store>) -> Vec<NewJob> {
    let mut docs: Vec<NewJob> = (0..25).map(sample_job).collect();
    docs[3].extra.insert(
        "ai_categories".into(),
        serde_json::json!(["genai", "platform"]),
    );
    docs[4].score = Some("71".into());
    from.import_jobs(docs.clone()).await.unwrap();
    from.set_status(
        &[docs[0].id.clone(), docs[1].id.clone()],
        JobStatus::Applied,
        "sent",
    )
    .await
    .unwrap();
    from.save_output(
        &docs[2].id,
        Layer::Fit,
        &serde_json::json!({"fit_score": 77, "rationale": "ok"}),
    )
    .await
    .unwrap();
    from.set_fit_score(&docs[2].id, Some(77)).await.unwrap();
    from.put_profile(&CandidateProfile {
        master_cv: "# Jane\n".into(),
        knowledge_base: "## STAR: one\n".into(),
        updated_at: time::macros::datetime!(2025-02-01 0:00 UTC),
    })
    .await
    .unwrap();
    let mut run = from.create_run(&docs[2].id).await.unwrap();
    run.status = RunStatus::Succeeded;
    run.started_at = Some(run.created_at);
    run.finished_at = Some(run.created_at + Duration::seconds(3));
    from.update_run(&run).await.unwrap();
    for i in 0..4 {
        let ev = RunEvent {
            seq: 0,
            at: ids::now(),
            kind: crate::EventKind::Log,
            layer: Some(Layer::Fit),
            message: format!("line {i}"),
            data: serde_json::json!({"i": i}),
        };
        from.append_event(&run.id, ev, 100).await.unwrap();
    }
    from.create_run(&docs[5].id).await.unwrap();
    for i in 0..3 {
        from.record_cost(&CostRecord {
            run_id: Some(run.id.clone()),
            layer: Layer::Fit,
            provider: "openai".into(),
            model: "gpt-4o-mini".into(),
            input_tokens: 100 + i,
            output_tokens: 10,
            cost_usd: 0.001 * (i + 1) as f64,
            latency_ms: 300,
            at: time::macros::datetime!(2025-03-01 0:00 UTC) + Duration::minutes(i as i64),
        })
        .await
        .unwrap();
    }
    for (owner, kind) in [
        (docs[2].id.as_str(), DocKind::Cv),
        (docs[2].id.as_str(), DocKind::Cv),
        (types::document::PROFILE_OWNER, DocKind::MasterCv),
    ] {
        from.add_version(&version(owner, kind, "text"))
            .await
            .unwrap();
    }
    from.confirm_version(&docs[2].id, DocKind::Cv, 1)
        .await
        .unwrap();
    docs
}

/// A copy through another backend and back (`a` → `middle` → `b`) gives exactly what `a` holds:
/// SQLite → MongoDB → SQLite in `make test-mongo`, SQLite throughout in `make test`.
pub async fn migrate_round_trip(a: Arc<dyn Store>, middle: Arc<dyn Store>, b: Arc<dyn Store>) {
    populate(&a).await;
    let opts = crate::migrate::MigrateOptions {
        source: "round trip".into(),
        restart: false,
        max_batches: None,
    };
    crate::migrate::copy(a.as_ref(), middle.as_ref(), &opts)
        .await
        .unwrap();
    let back = crate::migrate::MigrateOptions {
        source: "round trip back".into(),
        ..opts
    };
    crate::migrate::copy(middle.as_ref(), b.as_ref(), &back)
        .await
        .unwrap();
    assert_eq!(everything(b.as_ref()).await, everything(a.as_ref()).await);
}

/// `migrate::copy` from a store with jobs (statuses, outputs, fit scores, unknown fields),
/// the profile, runs with events and costs gives a store that exports exactly the same; a second
/// copy changes nothing; a copy stopped part way and resumed gives the same result.
pub async fn migrate_copies_everything_exactly(
    from: Arc<dyn Store>,
    to: Arc<dyn Store>,
    again: Arc<dyn Store>,
) {
    let docs = populate(&from).await;
    let source = everything(from.as_ref()).await;
    assert_eq!(source.4.len(), 3);
    assert_eq!(source.0.len(), 25);
    assert_eq!(source.1.len(), 2);
    assert_eq!(source.1.iter().map(|r| r.events.len()).sum::<usize>(), 4);

    let opts = crate::migrate::MigrateOptions {
        source: "conformance".into(),
        restart: false,
        max_batches: None,
    };
    let report = crate::migrate::copy(from.as_ref(), to.as_ref(), &opts)
        .await
        .unwrap();
    assert_eq!(
        (
            report.jobs,
            report.runs,
            report.costs,
            report.versions,
            report.profile
        ),
        (25, 2, 3, 3, true)
    );
    assert_eq!(everything(to.as_ref()).await, source);
    // What the list, search and history read is kept in step too.
    let page = to
        .list_jobs(
            &JobQuery {
                text: "engineer".into(),
                status: StatusFilter::All,
                ..Default::default()
            }
            .normalised(),
        )
        .await
        .unwrap();
    assert_eq!(page.total, 25);
    assert_eq!(
        to.status_history(&docs[0].id).await.unwrap(),
        from.status_history(&docs[0].id).await.unwrap()
    );

    // Twice is once, also from the beginning.
    let again_opts = crate::migrate::MigrateOptions {
        restart: true,
        ..opts.clone()
    };
    let second = crate::migrate::copy(from.as_ref(), to.as_ref(), &again_opts)
        .await
        .unwrap();
    assert_eq!(second.costs, 0, "no cost record is doubled");
    assert_eq!(second.versions, 0, "no version is doubled");
    assert_eq!(everything(to.as_ref()).await, source);

    // Stopped after one batch of a small size, then resumed: the same.
    let stop = crate::migrate::MigrateOptions {
        max_batches: Some(1),
        ..opts.clone()
    };
    crate::migrate::copy(from.as_ref(), again.as_ref(), &stop)
        .await
        .unwrap();
    assert_ne!(
        everything(again.as_ref()).await,
        source,
        "the first attempt stopped early"
    );
    let resumed = crate::migrate::copy(from.as_ref(), again.as_ref(), &opts)
        .await
        .unwrap();
    assert!(resumed.resumed);
    assert_eq!(everything(again.as_ref()).await, source);
}

fn version(owner: &str, kind: DocKind, text: &str) -> NewVersion {
    NewVersion {
        owner: owner.into(),
        kind,
        text: text.into(),
        origin: VersionOrigin::Edited,
        note: String::new(),
        findings: vec![Finding {
            kind: "number".into(),
            term: "42%".into(),
            detail: "42% is not in the master CV or knowledge base".into(),
        }],
    }
}

/// Versions are numbered from 1 per owner and document, listed newest first, kept exactly (text,
/// findings, origin), confirmed one at a time, and go with their job when it is deleted; saves at
/// the same moment get distinct numbers.
pub async fn document_versions_number_list_and_confirm(store: Arc<dyn Store>) {
    let job = sample_job(1);
    store.import_jobs(vec![job.clone()]).await.unwrap();
    let other = sample_job(2);
    store.import_jobs(vec![other.clone()]).await.unwrap();
    let text = "# Jane\n\n- Cut p99 by 42% {\"$gt\": \"\"} ünïcode";
    let first = store
        .add_version(&version(&job.id, DocKind::Cv, text))
        .await
        .unwrap();
    assert_eq!((first.version, first.confirmed), (1, false));
    assert_eq!(first.text, text);
    let letter = store
        .add_version(&version(&job.id, DocKind::CoverLetter, "Dear team"))
        .await
        .unwrap();
    assert_eq!(letter.version, 1, "each document has its own numbers");
    // Several saves at once: every one stored, under its own number.
    let saves = (0..6).map(|i| {
        let store = store.clone();
        let owner = job.id.clone();
        tokio::spawn(async move {
            store
                .add_version(&version(&owner, DocKind::Cv, &format!("v{i}")))
                .await
                .unwrap()
                .version
        })
    });
    let mut numbers: Vec<u32> = Vec::new();
    for s in saves {
        numbers.push(s.await.unwrap());
    }
    numbers.sort();
    assert_eq!(numbers, vec![2, 3, 4, 5, 6, 7]);
    let listed = store.list_versions(&job.id, DocKind::Cv, 3).await.unwrap();
    assert_eq!(
        listed.iter().map(|v| v.version).collect::<Vec<_>>(),
        vec![7, 6, 5]
    );
    let got = store
        .get_version(&job.id, DocKind::Cv, 1)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(got, first);
    assert_eq!(got.open_findings().len(), 1);
    assert!(store
        .get_version(&job.id, DocKind::Cv, 99)
        .await
        .unwrap()
        .is_none());
    assert!(store
        .list_versions(&other.id, DocKind::Cv, 10)
        .await
        .unwrap()
        .is_empty());

    assert!(store
        .confirm_version(&job.id, DocKind::Cv, 1)
        .await
        .unwrap());
    assert!(!store
        .confirm_version(&job.id, DocKind::Cv, 99)
        .await
        .unwrap());
    let confirmed = store
        .get_version(&job.id, DocKind::Cv, 1)
        .await
        .unwrap()
        .unwrap();
    assert!(confirmed.confirmed && confirmed.open_findings().is_empty());
    assert!(
        !store
            .get_version(&job.id, DocKind::Cv, 2)
            .await
            .unwrap()
            .unwrap()
            .confirmed
    );

    // Restoring is idempotent and keeps numbers.
    let all = store.export_versions(0, 100).await.unwrap();
    assert_eq!(all.len(), 8);
    assert_eq!(store.restore_versions(&all).await.unwrap(), 0);

    store
        .delete_jobs(std::slice::from_ref(&job.id))
        .await
        .unwrap();
    assert!(store
        .list_versions(&job.id, DocKind::Cv, 10)
        .await
        .unwrap()
        .is_empty());
}

/// One `#[tokio::test]` per conformance case, each on a store made by `$make` (an expression giving
/// a future of `Arc<dyn Store>`, evaluated once per case).
#[macro_export]
macro_rules! conformance_suite {
    ($make:expr) => {
        $crate::conformance_suite!(@cases $make; import_and_get_round_trip, import_reports_duplicates, the_same_posting_under_another_id_is_a_duplicate, list_filters_sorts_and_pages, search_matches_word_prefixes_and_nothing_is_an_operator, search_counts_are_capped_past_the_page, a_common_word_pages_in_sort_order, cursor_pages_match_numbered_pages, a_search_sorted_by_fit_follows_score_changes, status_changes_keep_history, delete_removes_jobs, outputs_and_fit_score_persist, profile_replaces, runs_and_bounded_events, run_summaries_carry_their_job_and_cost, costs_sum_by_window_and_run, cache_rows_expire_and_are_purged, settings_upsert, page_version_follows_what_a_list_shows, sessions_expire, queue_enqueues_once_and_bounds, claims_are_exclusive_and_leases_expire, cancel_queued_and_running, document_versions_number_list_and_confirm);
        $crate::conformance_suite!(@three $make; migrate_copies_everything_exactly, migrate_round_trip);
    };
    (@three $make:expr; $($case:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $case() {
                let a: std::sync::Arc<dyn $crate::Store> = $make.await;
                let b: std::sync::Arc<dyn $crate::Store> = $make.await;
                let c: std::sync::Arc<dyn $crate::Store> = $make.await;
                $crate::conformance::$case(a, b, c).await;
            }
        )*
    };
    (@cases $make:expr; $($case:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $case() {
                let store: std::sync::Arc<dyn $crate::Store> = $make.await;
                $crate::conformance::$case(store).await;
            }
        )*
    };
}
