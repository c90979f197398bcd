//! The web app over real HTTP: login, sessions, pages, forms and bad input.

mod common;

use common::*;
use pipeline::store::Store as _;

#[tokio::test]
async fn health_reports_the_database_and_degrades_when_it_is_down() {
    let app = spawn().await;
    let r = app.get("/health").await;
    assert_eq!(r.status().as_u16(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["status"], "healthy");
    assert_eq!(body["active_runs"], 0);
    assert_eq!(body["max_concurrency"], 3);
    assert_eq!(body["checks"]["database"]["status"], "up");

    app.store.close().await;
    let r = app.get("/health").await;
    assert_eq!(r.status().as_u16(), 503);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["status"], "degraded");
    assert_eq!(body["checks"]["database"]["status"], "down");
}

#[tokio::test]
async fn pages_and_server_functions_need_a_session() {
    let app = spawn().await;
    let r = app.get("/jobs").await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), "/login?next=%2Fjobs");
    let r = app
        .client
        .post(app.url("/sfn/list_jobs"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let r = app
        .post_form("/jobs/bulk", &[("ids", "x"), ("op", "delete")])
        .await;
    assert_eq!(r.status().as_u16(), 401);
    let (status, body) = app.get_text("/login").await;
    assert_eq!(status, 200);
    assert!(body.contains(r#"type="password""#));
}

#[tokio::test]
async fn wrong_password_is_refused_and_right_one_shows_demo_jobs() {
    let app = spawn().await;
    let r = app.login_with("not-the-password").await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("/login?error=invalid"));
    assert_eq!(
        app.get("/jobs").await.status().as_u16(),
        303,
        "still logged out"
    );

    app.login().await;
    let (status, body) = app.get_text("/jobs").await;
    assert_eq!(status, 200);
    assert!(body.contains("Brightwater Grid"), "demo jobs are listed");
    assert!(body.contains("5 jobs"));
}

#[tokio::test]
async fn five_failed_logins_a_minute_get_429() {
    let app = spawn().await;
    for _ in 0..5 {
        assert_eq!(
            app.login_with("wrong-password").await.status().as_u16(),
            303
        );
    }
    let r = app.login_with(PASSWORD).await;
    assert_eq!(r.status().as_u16(), 429, "even the right password waits");
    assert_eq!(r.headers()["retry-after"], "60");
}

#[tokio::test]
async fn session_cookie_is_http_only_and_renewed_at_login() {
    let app = spawn().await;
    let before = app.get("/login").await;
    let _ = before.text().await;
    let r = app.login_with(PASSWORD).await;
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("jobintel_session="));
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "plain HTTP in development");

    let r = app.post_form("/logout", &[]).await;
    assert_eq!(location(&r), "/login");
    assert_eq!(app.get("/jobs").await.status().as_u16(), 303, "logged out");
}

#[tokio::test]
async fn secure_cookies_in_production() {
    let app = spawn_with(&[("ENVIRONMENT", "production")]).await;
    let r = app.login_with(PASSWORD).await;
    assert!(r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Secure"));
}

#[tokio::test]
async fn expired_session_sends_back_to_login() {
    let app = spawn_with(&[("SESSION_TTL_SECONDS", "1")]).await;
    let r = app.login_with(PASSWORD).await;
    let cookie = r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(app.get("/jobs").await.status().as_u16(), 200);
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    // The browser drops the cookie itself…
    let r = app.get("/jobs").await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("/login"));
    // …and a client that still sends it is refused by the server, which says why.
    let r = client()
        .get(app.url("/jobs"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).contains("error=expired"), "{}", location(&r));
}

#[tokio::test]
async fn importing_the_corpus_adds_its_141_distinct_postings_findable_by_company() {
    let app = spawn().await;
    app.login().await;
    let before = app.job_count().await;
    let r = app.upload(corpus()).await;
    let (_, page) = app.follow(r).await;
    assert!(
        page.contains("Imported 141 new jobs."),
        "{}",
        text_of(&page)
    );
    assert!(page.contains("11 duplicates skipped"), "{}", text_of(&page));
    assert_eq!(app.job_count().await, before + 141);

    let (_, page) = app.get_text("/jobs?q=siena&status=all").await;
    assert!(page.contains("SIENA AI"));
    assert!(page.contains("Head of Engineering"));

    // Importing again doubles nothing and says so.
    let (_, page) = app.follow(app.upload(corpus()).await).await;
    assert!(page.contains("Imported 0 new jobs."));
    assert!(page.contains("152 duplicates skipped"));
    assert_eq!(app.job_count().await, before + 141);
}

#[tokio::test]
async fn five_thousand_jobs_import_in_one_go_and_page() {
    let app = spawn().await;
    app.login().await;
    let docs: Vec<serde_json::Value> = (0..5000)
        .map(|i| {
            serde_json::json!({
                "title": format!("Role {i}"),
                "company": format!("Bulk Co {i}"),
                "job_description": "Rust, Kubernetes and leadership.",
                "createdAt": "2026-01-01T00:00:00Z"
            })
        })
        .collect();
    let (_, page) = app
        .follow(app.upload(serde_json::to_vec(&docs).unwrap()).await)
        .await;
    assert!(
        page.contains("Imported 5000 new jobs."),
        "{}",
        text_of(&page)
    );
    // A search counts its matches only so far, and still knows there is a next page.
    let (_, page) = app.get_text("/jobs?q=bulk+co&page=3").await;
    assert!(page.contains("200+ jobs"), "{}", text_of(&page));
    assert!(
        page.contains("Page 3") && page.contains(r#"rel="next""#),
        "{}",
        text_of(&page)
    );
    assert!(
        page.contains("Bulk Co 4899"),
        "newest first, third page of 50"
    );
    // "Next" carries the last row's cursor, and the page it leads to follows on.
    let href = page
        .split(r#"rel="next""#)
        .next()
        .and_then(|before| before.rsplit("href=\"").next())
        .and_then(|h| h.split('"').next())
        .map(|h| h.replace("&amp;", "&"))
        .unwrap();
    assert!(href.contains("&after="), "{href}");
    let (_, page) = app.get_text(&href).await;
    assert!(
        page.contains("Page 4") && page.contains("Bulk Co 4849"),
        "{}",
        text_of(&page)
    );
    // Without a search the total is exact.
    let (_, page) = app.get_text("/jobs?page=3").await;
    assert!(page.contains("Page 3 of "), "{}", text_of(&page));
}

#[tokio::test]
async fn bad_uploads_are_refused_and_write_nothing() {
    let app = spawn().await;
    app.login().await;
    let before = app.job_count().await;
    // Over the limit, yet small enough for the socket buffers to take whole: with 10 MiB the
    // client was still writing when the server had answered and stopped reading, and the test
    // hung on a loaded machine.
    let big = format!(
        r#"[{{"title":"A","company":"B","job_description":"ok"}},{{"title":"T","company":"C","job_description":"{}"}}]"#,
        "x".repeat(1024 * 1024)
    );
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (br#"{"title": "x", "company": "#.to_vec(), "not valid JSON"),
        (b"this is not json".to_vec(), "not valid JSON"),
        (vec![0xff, 0xfe, b'[', b']'], "not UTF-8"),
        (
            br#"[{"title":"no company","job_description":"d"}]"#.to_vec(),
            "`company`",
        ),
        (big.into_bytes(), "over the 512 KiB limit"),
    ];
    for (bytes, expected) in cases {
        let r = app.upload(bytes).await;
        assert_eq!(location(&r), "/import");
        let (_, page) = app.follow(r).await;
        assert!(
            page.contains(expected),
            "expected {expected:?} in {}",
            text_of(&page)
        );
        assert_eq!(
            app.job_count().await,
            before,
            "nothing written for {expected:?}"
        );
    }
}

#[tokio::test]
async fn markup_in_postings_is_shown_as_text() {
    let app = spawn().await;
    app.login().await;
    let doc = serde_json::json!({
        "_id": "xss1",
        "title": "<script>alert('t')</script>Lead",
        "company": "<img src=x onerror=alert(1)>Evil",
        "job_description": "<script>alert('d')</script><b>bold</b>",
        "jobURL": "javascript:alert(1)"
    });
    app.upload(serde_json::to_vec(&doc).unwrap()).await;
    for path in ["/jobs/xss1", "/jobs?q=evil"] {
        let (status, page) = app.get_text(path).await;
        assert_eq!(status, 200);
        assert!(!page.contains("<script>alert"), "{path} executes script");
        assert!(!page.contains("<img src=x"), "{path} renders markup");
        assert!(
            page.contains("&lt;img src=x onerror=alert(1)&gt;Evil"),
            "{path} shows the text"
        );
    }
    let (_, page) = app.get_text("/jobs/xss1").await;
    assert!(
        page.contains("&lt;script&gt;alert(&#x27;d&#x27;)&lt;/script&gt;")
            || page.contains("&lt;script&gt;alert('d')&lt;/script&gt;")
    );
    assert!(
        !page.contains("href=\"javascript:"),
        "unsafe links are dropped"
    );
}

#[tokio::test]
async fn unknown_job_is_a_404_page() {
    let app = spawn().await;
    app.login().await;
    for path in [
        "/jobs/doesnotexist",
        "/jobs/..%2F..%2Fetc%2Fpasswd",
        "/no/such/page",
    ] {
        let (status, page) = app.get_text(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(page.contains("Not found"), "{path}");
    }
    // As a browser asks, several times: the status is set with the page's data, not by a race
    // with the error template.
    for _ in 0..5 {
        let r = app
            .client
            .get(app.url("/jobs/doesnotexist"))
            .header("accept", "text/html,application/xhtml+xml")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 404);
    }
}

#[tokio::test]
async fn detail_page_shows_fields_and_unprocessed_sections() {
    let app = spawn().await;
    app.login().await;
    let (status, page) = app.get_text("/jobs/demo00000000000000000001").await;
    assert_eq!(status, 200);
    let text = text_of(&page);
    assert!(text.contains("Engineering Manager, Data Platform"));
    assert!(text.contains("Brightwater Grid"));
    assert!(text.contains("not processed"));
    assert!(text.contains("Pain points"));
    assert_eq!(
        text.matches("Not processed yet.").count(),
        8,
        "one per pipeline section"
    );
}

#[tokio::test]
async fn status_changes_from_detail_and_in_bulk_keep_history() {
    let app = spawn().await;
    app.login().await;
    let id = "demo00000000000000000002";
    let r = app
        .post_form(
            "/sfn/set_job_status",
            &[
                ("id", id),
                ("status", "marked for applying"),
                ("note", "looks good"),
            ],
        )
        .await;
    let (_, page) = app.follow(r).await;
    assert!(text_of(&page).contains("Status set to “marked for applying”."));
    assert!(text_of(&page).contains("(looks good)"));

    let r = app
        .client
        .post(app.url("/jobs/bulk"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "ids={id}&ids=demo00000000000000000003&op=status&status=applied&back=%2Fjobs"
        ))
        .send()
        .await
        .unwrap();
    let (_, page) = app.follow(r).await;
    assert!(text_of(&page).contains("Set 2 jobs to “applied”."));
    assert!(
        text_of(&page).contains("2 more hidden"),
        "applied jobs are hidden by default"
    );
    let (_, page) = app.get_text("/jobs?q=engineer").await;
    assert!(
        text_of(&page).contains("2 in all) are not searched"),
        "a search says the hidden statuses are left out: {}",
        text_of(&page)
    );
    let history = app.store_history(id).await;
    assert_eq!(
        history,
        vec!["not processed", "marked for applying", "applied"]
    );

    let r = app
        .post_form(
            "/jobs/bulk",
            &[
                ("ids", "demo00000000000000000004"),
                ("op", "delete"),
                ("back", "/jobs"),
            ],
        )
        .await;
    let (_, page) = app.follow(r).await;
    assert!(text_of(&page).contains("Deleted 1 job."));
    assert_eq!(
        app.get("/jobs/demo00000000000000000004")
            .await
            .status()
            .as_u16(),
        404
    );
}

#[tokio::test]
async fn pasted_job_is_added_and_oversized_paste_is_refused() {
    let app = spawn().await;
    app.login().await;
    let r = app
        .post_form(
            "/sfn/paste_job",
            &[
                ("title", "Data Lead"),
                ("company", "Pasted GmbH"),
                ("description", "We need SQL."),
            ],
        )
        .await;
    assert!(location(&r).starts_with("/jobs/"));
    let (_, page) = app.follow(r).await;
    assert!(page.contains("Pasted GmbH") && page.contains("Job added."));

    let before = app.job_count().await;
    let huge = "y".repeat(10 * 1024 * 1024);
    let r = app
        .post_form(
            "/sfn/paste_job",
            &[("title", "T"), ("company", "C"), ("description", &huge)],
        )
        .await;
    let (_, page) = app.follow(r).await;
    assert!(
        page.contains("over the 512 KiB limit"),
        "{}",
        text_of(&page)
    );
    assert_eq!(app.job_count().await, before);
}

#[tokio::test]
async fn profile_is_validated_and_a_bad_one_is_kept_as_a_draft() {
    let app = spawn().await;
    app.login().await;
    let (_, page) = app.get_text("/profile").await;
    assert!(text_of(&page).contains("Sam Rivera: 3 roles"));

    let cv = "# Pat Doe\n## Experience\n- orphan bullet\n## Skills\n- Rust\n";
    let kb = pipeline::demo::DEMO_KNOWLEDGE_BASE;
    let (_, page) = app
        .follow(
            app.post_form(
                "/sfn/save_profile",
                &[("master_cv", cv), ("knowledge_base", kb)],
            )
            .await,
        )
        .await;
    let text = text_of(&page);
    assert!(text.contains("Not saved: master CV, line 3"), "{text}");
    assert!(text.contains("orphan bullet"), "the draft is shown again");
    assert!(
        app.store_profile_cv().await.contains("Sam Rivera"),
        "stored profile unchanged"
    );

    let good = "# Pat Doe\n## Experience\n### Lead — Acme\n2020 – Present\n- Did things.\n## Skills\n- Rust\n";
    let (_, page) = app
        .follow(
            app.post_form(
                "/sfn/save_profile",
                &[("master_cv", good), ("knowledge_base", kb)],
            )
            .await,
        )
        .await;
    assert!(text_of(&page).contains("Saved the profile of Pat Doe"));
    assert!(app.store_profile_cv().await.contains("Pat Doe"));
}

/// A CV file (here a JSON Resume, then a .docx) replaces the master CV from the Candidate page, and
/// the page shows what was understood; a file that is not a CV changes nothing.
#[tokio::test]
async fn a_cv_file_loads_and_the_page_shows_what_was_understood() {
    let app = spawn().await;
    app.login().await;
    let upload = |bytes: Vec<u8>, name: &'static str| {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name);
        app.client
            .post(app.url("/profile/cv"))
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send()
    };
    let resume = r#"{"basics": {"name": "Pat Doe", "location": {"city": "Lisbon", "countryCode": "PT"}},
        "work": [{"name": "Acme", "position": "Engineering Manager", "startDate": "2019-05", "highlights": ["Led a team of 9 engineers."]}],
        "education": [{"institution": "Uni Porto", "studyType": "M.Sc.", "area": "Informatics"}],
        "skills": [{"name": "Backend", "keywords": ["Go", "Kafka"]}],
        "languages": [{"language": "Portuguese", "fluency": "Native"}, {"language": "French", "fluency": "A2"}]}"#;
    let (_, page) = app
        .follow(
            upload(resume.as_bytes().to_vec(), "resume.json")
                .await
                .unwrap(),
        )
        .await;
    let text = text_of(&page);
    assert!(text.contains("Saved the profile of Pat Doe"), "{text}");
    for fact in [
        "Engineering Manager — Acme",
        "people manager",
        "Portugal",
        "M.Sc. Informatics (master's)",
        "Portuguese",
        "Kafka",
    ] {
        assert!(text.contains(fact), "{fact} in {text}");
    }
    assert!(text.replace(' ', "").contains("Largestteamled9"), "{text}");
    assert!(
        !text.contains("French;"),
        "a basic language is not a working one: {text}"
    );

    let md = "# Sam Lee\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Beta\n2020 – Present\n- Built things.\n\n## Skills\n- Rust\n";
    let docx = pipeline::docx::cv_docx(md).unwrap();
    let (_, page) = app.follow(upload(docx, "cv.docx").await.unwrap()).await;
    assert!(text_of(&page).contains("Saved the profile of Sam Lee"));
    assert!(app.store_profile_cv().await.contains("Sam Lee"));

    let (_, page) = app
        .follow(upload(vec![0xff, 0x00, 0xfe], "cv.txt").await.unwrap())
        .await;
    assert!(text_of(&page).contains("Not loaded"), "{}", text_of(&page));
    assert!(
        app.store_profile_cv().await.contains("Sam Lee"),
        "unchanged"
    );
}

trait StoreHelpers {
    async fn store_history(&self, id: &str) -> Vec<String>;
    async fn store_profile_cv(&self) -> String;
}

impl StoreHelpers for TestApp {
    async fn store_history(&self, id: &str) -> Vec<String> {
        use pipeline::store::Store;
        self.store
            .status_history(id)
            .await
            .unwrap()
            .into_iter()
            .map(|h| h.status.as_str().to_string())
            .collect()
    }

    async fn store_profile_cv(&self) -> String {
        use pipeline::store::Store;
        self.store.get_profile().await.unwrap().unwrap().master_cv
    }
}

#[tokio::test]
async fn process_button_queues_a_run_and_its_page_shows_progress_and_results() {
    let app = spawn().await;
    app.login().await;
    let r = app
        .post_form("/sfn/process_job", &[("id", "demo00000000000000000002")])
        .await;
    assert!(r.status().is_redirection(), "{}", r.status());
    let run_page = location(&r);
    assert!(run_page.starts_with("/runs/"), "{run_page}");
    let run_id = run_page.trim_start_matches("/runs/").to_string();
    // Without JavaScript the page refreshes itself until the run is done.
    let mut page = String::new();
    for _ in 0..100 {
        let (status, body) = app.get_text(&run_page).await;
        assert_eq!(status, 200);
        page = body;
        if page.contains("Downloads") {
            break;
        }
        assert!(
            page.contains("http-equiv=\"refresh\""),
            "an active run's page refreshes without JS"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let text = text_of(&page);
    assert!(
        text.contains("succeeded") && text.contains("100%"),
        "{text}"
    );
    assert!(
        !page.contains("http-equiv=\"refresh\""),
        "a finished run's page stays"
    );
    assert!(page.contains(&format!("/api/runs/{run_id}/artifacts/CV.docx")));
    assert!(
        text.contains("Pain points")
            && text.contains("Cover letter")
            && text.contains("CV preview")
    );
    let (_, runs) = app.get_text("/runs").await;
    assert!(text_of(&runs).contains("Staff Backend Engineer (Go) at Parcelpoint"));
    let (_, detail) = app.get_text("/jobs/demo00000000000000000002").await;
    assert!(detail.contains(&run_page), "the job lists its runs");
    assert!(text_of(&detail).contains("ready for applying"));
    // The match view: a rate, and each asked skill in the CV (with its line), evidenced, or a gap.
    let detail_text = text_of(&detail);
    assert!(detail_text.contains("Match rate"), "{detail_text}");
    // A must-have row shown in the CV, with the posting's own line that asks for it.
    let shown_and_asked = detail
        .split("<tr class=\"m-in-the-CV\">")
        .skip(1)
        .filter_map(|r| r.split("</tr>").next())
        .any(|row| row.contains("must-have") && row.contains("class=\"asked-as\""));
    assert!(shown_and_asked, "{detail}");
    // The independent review: a verdict with its reasons, the ATS checks and the pain points.
    assert!(detail_text.contains("Verdict: "), "{detail_text}");
    assert!(
        detail_text.contains("Standard section headingspassed"),
        "{detail_text}"
    );
    assert!(
        detail_text.contains("No tables or images in the .docxpassed"),
        "{detail_text}"
    );
    assert!(page_before_run_has_no_match(&app).await);
    assert!(page.contains(&format!("/api/runs/{run_id}/pack.zip")));

    let (status, _) = app.get_text("/runs/no-such-run").await;
    assert_eq!(status, 404);
    let r = app
        .post_form("/sfn/cancel_run", &[("id", run_id.as_str())])
        .await;
    let (_, page) = app.follow(r).await;
    assert!(text_of(&page).contains("already finished"));
}

#[tokio::test]
async fn process_without_a_master_cv_fails_with_a_clear_reason() {
    let app = spawn_with(&[("SEED_DEMO", "false")]).await;
    app.login().await;
    let doc = serde_json::json!({"_id": "nocv1", "title": "Lead", "company": "Acme", "job_description": "Lead our Rust platform team. Own reliability."});
    app.upload(serde_json::to_vec(&doc).unwrap()).await;
    let r = app.post_form("/sfn/process_job", &[("id", "nocv1")]).await;
    let run_page = location(&r);
    let mut text = String::new();
    for _ in 0..100 {
        text = text_of(&app.get_text(&run_page).await.1);
        if text.contains("failed") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        text.contains("no master CV: save one on the Candidate page"),
        "{text}"
    );
}

#[tokio::test]
async fn process_selected_queues_each_job() {
    let app = spawn().await;
    app.login().await;
    let r = app
        .client
        .post(app.url("/jobs/bulk"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("ids=demo00000000000000000001&ids=demo00000000000000000003&op=process&back=%2Fjobs")
        .send()
        .await
        .unwrap();
    let (_, page) = app.follow(r).await;
    assert!(
        text_of(&page).contains("Queued 2 jobs for processing."),
        "{}",
        text_of(&page)
    );
    let (_, runs) = app.get_text("/runs").await;
    let text = text_of(&runs);
    assert!(text.contains("Engineering Manager, Data Platform at Brightwater Grid"));
    assert!(text.contains("Head of Machine Learning at Orchard Health"));
}

#[tokio::test]
async fn pages_carry_a_nonce_based_content_security_policy() {
    let app = spawn().await;
    app.login().await;
    let r = app.get("/jobs").await;
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    let body = r.text().await.unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a script nonce in the policy")
        .to_string();
    assert!(
        body.contains(&format!("nonce=\"{nonce}\"")),
        "the hydration script carries the policy's nonce"
    );
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"));
    let again = app.get("/jobs").await.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert_ne!(csp, again, "a new nonce per response");
    // The second list page is a kept one: its scripts carry its own nonce, not the first one's.
    let r = app.get("/jobs").await;
    let third = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap()
        .to_string();
    let body = r.text().await.unwrap();
    assert!(body.contains(&format!("nonce=\"{third}\"")));
    assert!(!body.contains(&nonce), "no earlier response's nonce");
}

/// List pages are kept between requests; any change a list shows, made by this server or another
/// process on the same database, is on the next page, and a message for one session stays its own.
#[tokio::test]
async fn a_kept_list_page_follows_every_change_wherever_it_is_made() {
    let app = spawn().await;
    app.login().await;
    let kept = || async {
        let (_, metrics) = app.get_text("/metrics").await;
        metrics
            .lines()
            .find(|l| l.starts_with("jobintel_list_pages_total{served=\"kept\"}"))
            .and_then(|l| l.rsplit(' ').next()?.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let (_, first) = app.get_text("/jobs").await;
    let (_, again) = app.get_text("/jobs").await;
    assert_eq!(text_of(&first), text_of(&again));
    assert_eq!(kept().await, 1, "the second page was the kept one");
    assert!(!text_of(&first).contains("Zeta Platform Engineer"));

    // Another process (the CLI's import, a second instance) writes the same file.
    let url = format!("sqlite://{}/test.db", app.dir.path().display());
    let other = store_sqlite::SqliteStore::open(&url).await.unwrap();
    let mut job = store::conformance::sample_job(99);
    job.title = "Zeta Platform Engineer".into();
    job.created_at = time::OffsetDateTime::now_utc();
    let id = job.id.clone();
    other.import_jobs(vec![job]).await.unwrap();
    let (_, page) = app.get_text("/jobs").await;
    assert!(
        text_of(&page).contains("Zeta Platform Engineer"),
        "a new job shows"
    );
    assert_eq!(kept().await, 1, "rendered again after the change");
    let (_, found) = app.get_text("/jobs?q=zeta").await;
    assert!(text_of(&found).contains("1 jobs"), "{}", text_of(&found));

    other
        .set_status(
            std::slice::from_ref(&id),
            types::job::JobStatus::MarkedForApplying,
            "",
        )
        .await
        .unwrap();
    let (_, found) = app.get_text("/jobs?q=zeta").await;
    assert!(text_of(&found).contains("marked for applying"));

    // An alert opened the way the alert checker opens one.
    let mut alerts = Vec::new();
    pipeline::alerts::update(
        &mut alerts,
        &[pipeline::alerts::Condition {
            key: "budget".into(),
            message: "Daily budget 90% used".into(),
        }],
        time::OffsetDateTime::now_utc(),
    );
    pipeline::alerts::save(&other, &alerts).await.unwrap();
    let (_, page) = app.get_text("/jobs?q=zeta").await;
    assert!(
        text_of(&page).contains("Daily budget 90% used"),
        "a new alert shows"
    );

    // A message left for this session is on its next page only, and never on another's.
    let r = app
        .post_form(
            "/jobs/bulk",
            &[
                ("ids", id.as_str()),
                ("op", "status"),
                ("status", "discarded"),
                ("back", "/jobs"),
            ],
        )
        .await;
    let (_, page) = app.follow(r).await;
    assert!(text_of(&page).contains("Set 1 job to “discarded”."));
    let (_, page) = app.get_text("/jobs").await;
    assert!(
        !text_of(&page).contains("Set 1 job"),
        "the message is shown once"
    );
    assert!(
        !text_of(&page).contains("Zeta Platform Engineer"),
        "discarded is hidden"
    );
}

#[tokio::test]
async fn a_backup_is_written_at_start_when_none_is_recent() {
    let app = spawn().await;
    let dir = app.dir.path().join("backups");
    let mut found = Vec::new();
    for _ in 0..100 {
        found = pipeline::backup::list(&dir);
        if !found.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(found.len(), 1);
    let copy = store_sqlite::SqliteStore::open(&format!("sqlite://{}", found[0].display()))
        .await
        .unwrap();
    use pipeline::store::Store;
    assert_eq!(
        copy.count_jobs().await.unwrap(),
        5,
        "the demo jobs are in the backup"
    );
}

#[tokio::test]
async fn a_form_posted_from_another_site_changes_nothing() {
    let app = spawn().await;
    app.login().await;
    let id = "demo00000000000000000002";
    for (header, value) in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let r = app
            .client
            .post(app.url("/sfn/set_job_status"))
            .header(header, value)
            .form(&[("id", id), ("status", "applied"), ("note", "forged")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "{header}: {value}");
    }
    assert_eq!(app.store_history(id).await, vec!["not processed"]);
    // The same post from the app's own pages goes through.
    let r = app
        .client
        .post(app.url("/sfn/set_job_status"))
        .header("accept", "text/html")
        .header("origin", app.url("").trim_end_matches('/'))
        .header("sec-fetch-site", "same-origin")
        .form(&[("id", id), ("status", "applied"), ("note", "")])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_redirection(), "{}", r.status());
    assert_eq!(
        app.store_history(id).await,
        vec!["not processed", "applied"]
    );
}

/// A provider that answers every request with 200 and counts them.
async fn counting_provider() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let counter = hits.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            let _ = socket
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}")
                .await;
        }
    });
    (format!("http://{addr}/v1"), hits)
}

#[tokio::test]
async fn health_answers_from_cached_provider_checks_without_calling_out() {
    let (url, hits) = counting_provider().await;
    let app = spawn_with(&[
        ("LLM_PROVIDER", "ollama"),
        ("LLM_MODEL", "llama3.1"),
        ("OLLAMA_BASE_URL", &url),
    ])
    .await;
    let mut up = false;
    for _ in 0..50 {
        let h: serde_json::Value = app.get("/health").await.json().await.unwrap();
        if h["checks"]["providers"]["ollama"]["status"] == "up" {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(up, "the background check reaches the provider");
    for _ in 0..20 {
        assert_eq!(app.get("/health").await.status().as_u16(), 200);
    }
    assert_eq!(
        hits.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "twenty health checks made no outbound call"
    );
}

/// A job never processed shows no match view (there is no tailored CV to match).
async fn page_before_run_has_no_match(app: &TestApp) -> bool {
    let (_, page) = app.get_text("/jobs/demo00000000000000000005").await;
    !text_of(&page).contains("Match rate")
}
