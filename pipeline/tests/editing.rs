//! Editing a generated pack through `pipeline::edit` on a real store and a real run: each save is
//! a version, the gate flags what the candidate's files do not hold, the files follow the newest
//! version, and a re-run never overwrites an edit.

mod common;

use common::{corpus_jobs, shared};
use pipeline::edit;
use pipeline::job::JobStatus;
use pipeline::store::Store;
use std::sync::Arc;
use store_sqlite::SqliteStore;
use types::{CandidateProfile, DocKind, VersionOrigin};

struct Setup {
    store: Arc<dyn Store>,
    root: tempfile::TempDir,
    _db: tempfile::TempDir,
    job_id: String,
}

async fn processed_job() -> Setup {
    processed_job_titled("Staff Platform Engineer").await
}

/// The first corpus posting whose title holds `title`, imported and run for the fixture candidate.
async fn processed_job_titled(title: &str) -> Setup {
    let db = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(&format!("sqlite://{}/e.db", db.path().display()))
            .await
            .unwrap(),
    );
    let cv = std::fs::read_to_string(shared("fixtures/master-cv.md")).unwrap();
    let kb = std::fs::read_to_string(shared("fixtures/knowledge-base.md")).unwrap();
    store
        .put_profile(&CandidateProfile {
            master_cv: cv.clone(),
            knowledge_base: kb.clone(),
            updated_at: pipeline::ids::now(),
        })
        .await
        .unwrap();
    edit::record_profile(store.as_ref(), &cv, &kb, VersionOrigin::Edited, "test")
        .await
        .unwrap();
    let job = corpus_jobs()
        .into_iter()
        .find(|j| j.title.contains(title))
        .unwrap();
    store.import_jobs(vec![job.clone()]).await.unwrap();
    let root = tempfile::tempdir().unwrap();
    run(store.as_ref(), root.path(), &job.id).await;
    Setup {
        store,
        root,
        _db: db,
        job_id: job.id,
    }
}

async fn run(store: &dyn Store, root: &std::path::Path, job_id: &str) {
    run_with(store, root, job_id, Default::default()).await;
}

/// A run as the server's runner makes it, starting from the given skill choices; its output.
async fn run_with(
    store: &dyn Store,
    root: &std::path::Path,
    job_id: &str,
    skill_choices: std::collections::BTreeMap<String, pipeline::layers::jd::SkillChoice>,
) -> pipeline::layers::publish::PipelineOutput {
    let job = store.get_job(job_id).await.unwrap().unwrap();
    let opts = pipeline::run::RunOptions {
        out_dir: Some(root.to_path_buf()),
        skill_choices,
        ..Default::default()
    };
    let out = pipeline::run::run(
        &pipeline::layers::JobInput::from(&job.doc),
        &common::fixture_candidate(),
        &opts,
        &pipeline::run::Silent,
    )
    .await
    .unwrap();
    pipeline::run::save_to_store(store, job_id, &out)
        .await
        .unwrap();
    out
}

async fn pack_file(s: &Setup, name: &str) -> String {
    let job = s.store.get_job(&s.job_id).await.unwrap().unwrap();
    let dir = pipeline::output::JobOutputs::read(&job.outputs)
        .published
        .unwrap()
        .dir;
    std::fs::read_to_string(std::path::Path::new(&dir).join(name)).unwrap()
}

#[tokio::test]
async fn edits_are_versions_checked_by_the_gate_and_restorable() {
    let s = processed_job().await;
    let store = s.store.as_ref();
    let cvs = store
        .list_versions(&s.job_id, DocKind::Cv, 10)
        .await
        .unwrap();
    assert_eq!(cvs.len(), 1, "the run's CV is version 1");
    assert_eq!(cvs[0].origin, VersionOrigin::Generated);
    assert!(
        cvs[0].note.contains("master CV version 1")
            && cvs[0].note.contains("knowledge base version 1"),
        "a pack names the profile versions it was made from: {}",
        cvs[0].note
    );
    let generated = cvs[0].text.clone();
    assert_eq!(pack_file(&s, "CV.md").await, generated);

    // An edited bullet with a number the candidate's files do not hold.
    let edited = generated.replacen("\n- ", "\n- Cut cloud costs by 77% in one quarter. ", 1);
    assert_ne!(edited, generated);
    let v2 = edit::save(
        store,
        s.root.path(),
        &s.job_id,
        DocKind::Cv,
        &edited,
        VersionOrigin::Edited,
        "",
    )
    .await
    .unwrap();
    assert_eq!(v2.version, 2);
    let flagged: Vec<_> = v2.findings.iter().filter(|f| f.kind == "number").collect();
    assert_eq!(flagged.len(), 1, "{:?}", v2.findings);
    assert!(flagged[0].term.contains("77"), "{:?}", flagged[0]);
    assert!(edited.contains(&flagged[0].term));
    let job = store.get_job(&s.job_id).await.unwrap().unwrap();
    assert_eq!(job.doc.status, JobStatus::NeedsReview);
    // The pack's files and what the match view reads follow the newest version.
    assert_eq!(pack_file(&s, "CV.md").await, edited);
    let outputs = pipeline::output::JobOutputs::read(&job.outputs);
    assert_eq!(outputs.generated.unwrap().cv_markdown, edited);

    // Kept as it is: confirmed, the job is ready again.
    edit::confirm(store, &s.job_id, DocKind::Cv, 2)
        .await
        .unwrap();
    let job = store.get_job(&s.job_id).await.unwrap().unwrap();
    assert_eq!(job.doc.status, JobStatus::ReadyForApplying);

    // Restoring version 1 adds version 3 with its text; nothing is overwritten.
    let v3 = edit::restore(store, s.root.path(), &s.job_id, DocKind::Cv, 1)
        .await
        .unwrap();
    assert_eq!((v3.version, v3.origin), (3, VersionOrigin::Restored));
    assert_eq!(v3.text, generated);
    assert_eq!(pack_file(&s, "CV.md").await, generated);
    assert_eq!(
        store
            .get_version(&s.job_id, DocKind::Cv, 2)
            .await
            .unwrap()
            .unwrap()
            .text,
        edited
    );

    // The letter is edited the same way; a re-run makes its text a new version and keeps the edit.
    let letter = pack_file(&s, "cover_letter.txt").await;
    let my_letter = format!("{letter}\n\nP.S. I can start in March.");
    edit::save(
        store,
        s.root.path(),
        &s.job_id,
        DocKind::CoverLetter,
        &my_letter,
        VersionOrigin::Edited,
        "",
    )
    .await
    .unwrap();
    assert_eq!(pack_file(&s, "cover_letter.txt").await, my_letter);
    run(store, s.root.path(), &s.job_id).await;
    let letters = store
        .list_versions(&s.job_id, DocKind::CoverLetter, 10)
        .await
        .unwrap();
    assert_eq!(
        letters
            .iter()
            .map(|v| (v.version, v.origin))
            .collect::<Vec<_>>(),
        vec![
            (3, VersionOrigin::Generated),
            (2, VersionOrigin::Edited),
            (1, VersionOrigin::Generated)
        ]
    );
    assert_eq!(letters[1].text, my_letter, "the edit is one version back");
    // The CV's newest version already had the run's text: no copy is added.
    assert_eq!(
        store
            .list_versions(&s.job_id, DocKind::Cv, 10)
            .await
            .unwrap()
            .len(),
        3
    );
}

#[tokio::test]
async fn bad_saves_are_refused_and_change_nothing() {
    let s = processed_job().await;
    let store = s.store.as_ref();
    let save = |id: String, kind: DocKind, text: String| {
        let root = s.root.path().to_path_buf();
        async move {
            edit::save(store, &root, &id, kind, &text, VersionOrigin::Edited, "")
                .await
                .unwrap_err()
                .to_string()
        }
    };
    assert_eq!(
        save(s.job_id.clone(), DocKind::Cv, " \n".into()).await,
        "the tailored CV is empty"
    );
    assert!(save(s.job_id.clone(), DocKind::MasterCv, "# A".into())
        .await
        .contains("candidate page"));
    assert!(save("../../etc".into(), DocKind::Cv, "# A".into())
        .await
        .contains("not found"));
    let unprocessed = corpus_jobs().into_iter().nth(3).unwrap();
    store.import_jobs(vec![unprocessed.clone()]).await.unwrap();
    assert!(save(unprocessed.id.clone(), DocKind::Cv, "# A".into())
        .await
        .contains("process it first"));
    assert_eq!(
        store
            .list_versions(&s.job_id, DocKind::Cv, 10)
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(
        edit::restore(store, s.root.path(), &s.job_id, DocKind::Cv, 9)
            .await
            .is_err()
    );
}

#[tokio::test]
async fn an_earlier_master_cv_is_restored_beside_the_current_knowledge_base() {
    let s = processed_job().await;
    let store = s.store.as_ref();
    let p = store.get_profile().await.unwrap().unwrap();
    let changed = p.master_cv.replace("Alex Morgan", "Alexandra Morgan");
    edit::record_profile(
        store,
        &changed,
        &p.knowledge_base,
        VersionOrigin::Edited,
        "",
    )
    .await
    .unwrap();
    let owner = types::document::PROFILE_OWNER;
    assert_eq!(
        store
            .list_versions(owner, DocKind::MasterCv, 10)
            .await
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        store
            .list_versions(owner, DocKind::KnowledgeBase, 10)
            .await
            .unwrap()
            .len(),
        1,
        "an unchanged file adds no version"
    );
    edit::restore_profile(store, DocKind::MasterCv, 1)
        .await
        .unwrap();
    let now = store.get_profile().await.unwrap().unwrap();
    assert_eq!(now.master_cv, p.master_cv);
    assert_eq!(now.knowledge_base, p.knowledge_base);
    let newest = &store
        .list_versions(owner, DocKind::MasterCv, 1)
        .await
        .unwrap()[0];
    assert_eq!(
        (newest.version, newest.origin),
        (3, VersionOrigin::Restored)
    );
}

#[tokio::test]
async fn moving_or_dropping_a_skill_rescores_and_survives_a_rerun() {
    use pipeline::layers::jd::SkillChoice;
    let s = processed_job().await;
    let store = s.store.as_ref();
    let outputs = |job: pipeline::job::Job| pipeline::output::JobOutputs::read(&job.outputs);
    let job = store.get_job(&s.job_id).await.unwrap().unwrap();
    let fit = outputs(job.clone()).fit.unwrap();
    let jd = outputs(job).jd.unwrap();
    let missing = fit
        .missing_must
        .first()
        .cloned()
        .expect("the posting asks for a must-have the candidate lacks");
    let year = 2026;

    // A missing must-have moved to nice-to-have: the lists move and the score is made again from
    // them (the rationale counts it with the nice-to-haves).
    let moved = edit::choose_skill(store, &s.job_id, &missing, Some(SkillChoice::Nice), year)
        .await
        .unwrap();
    assert_eq!(moved.before, fit.fit_score);
    let job = store.get_job(&s.job_id).await.unwrap().unwrap();
    assert_eq!(job.fit_score, Some(moved.after));
    let now = outputs(job.clone()).jd.unwrap();
    assert!(!now.must_have.contains(&missing) && now.nice_to_have.contains(&missing));
    let refit = outputs(job).fit.unwrap();
    assert!(refit.missing_nice.contains(&missing) && !refit.missing_must.contains(&missing));

    // Dropped, it is asked for nowhere.
    edit::choose_skill(store, &s.job_id, &missing, Some(SkillChoice::Drop), year)
        .await
        .unwrap();
    let now = outputs(store.get_job(&s.job_id).await.unwrap().unwrap())
        .jd
        .unwrap();
    assert!(!now.must_have.contains(&missing) && !now.nice_to_have.contains(&missing));
    assert_eq!(now.dropped(), vec![missing.clone()]);

    // A re-run starts from the stored choices (as the server's runner passes them).
    let out = run_with(store, s.root.path(), &s.job_id, now.choices.clone()).await;
    assert!(!out.jd.must_have.contains(&missing));
    assert!(!out.fit.missing_must.contains(&missing));

    let undone = edit::choose_skill(store, &s.job_id, &missing, None, year)
        .await
        .unwrap();
    let back = outputs(store.get_job(&s.job_id).await.unwrap().unwrap())
        .jd
        .unwrap();
    assert_eq!(back.must_have, jd.must_have);
    assert!(back.choices.is_empty());
    assert_eq!(undone.after, fit.fit_score);

    // The knock-out's skill (a stack the CV lacks) dropped by the user: the cap goes, the score
    // rises. An architect's posting that insists on Azure, for a candidate on AWS.
    let azure = processed_job_titled("Ai Solution Architect").await;
    let fit = outputs(azure.store.get_job(&azure.job_id).await.unwrap().unwrap())
        .fit
        .unwrap();
    assert!(fit.rationale.contains("show no Azure"), "{}", fit.rationale);
    let unblocked = edit::choose_skill(
        azure.store.as_ref(),
        &azure.job_id,
        "Azure",
        Some(SkillChoice::Drop),
        year,
    )
    .await
    .unwrap();
    assert!(
        unblocked.after > 40 && unblocked.before <= 40,
        "{unblocked:?}"
    );

    // Only the posting's own skills can be chosen.
    let err = edit::choose_skill(store, &s.job_id, "Cobol", Some(SkillChoice::Must), year)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("not one of the posting's skills"),
        "{err}"
    );
}

#[tokio::test]
async fn a_reviewer_suggestion_is_applied_as_a_checked_version() {
    let s = processed_job().await;
    let store = s.store.as_ref();
    let job = store.get_job(&s.job_id).await.unwrap().unwrap();
    let mut generated = pipeline::output::JobOutputs::read(&job.outputs)
        .generated
        .unwrap();
    let bullet = generated
        .cv_markdown
        .lines()
        .find(|l| l.starts_with("- ") && l.len() > 40)
        .unwrap()
        .trim_start_matches("- ")
        .to_string();
    // As a run with a reviewer model stores them (the model's part is tested in llm_providers).
    generated.suggestions = vec![pipeline::review::Suggestion {
        original: bullet.clone(),
        rewrite: format!("{bullet} (end to end)"),
        why: "names the scope".into(),
    }];
    store
        .save_output(
            &s.job_id,
            pipeline::layers::Layer::Cv,
            &serde_json::to_value(&generated).unwrap(),
        )
        .await
        .unwrap();
    assert!(edit::apply_suggestion(
        store,
        s.root.path(),
        &s.job_id,
        "a line no suggestion rewrites"
    )
    .await
    .is_err());
    let v = edit::apply_suggestion(store, s.root.path(), &s.job_id, &bullet)
        .await
        .unwrap();
    assert_eq!(v.version, 2);
    assert!(v.text.contains(&format!("{bullet} (end to end)")));
    assert!(v.note.contains("names the scope"));
    assert!(pack_file(&s, "CV.md").await.contains("(end to end)"));
    // Applied, it is no longer offered.
    let job = store.get_job(&s.job_id).await.unwrap().unwrap();
    let left = pipeline::output::JobOutputs::read(&job.outputs)
        .generated
        .unwrap();
    assert!(left.suggestions.is_empty());
    assert!(
        edit::apply_suggestion(store, s.root.path(), &s.job_id, &bullet)
            .await
            .is_err()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cv_and_the_letter_saved_at_once_both_stay() {
    let s = processed_job().await;
    let store = s.store.clone();
    let root = s.root.path().to_path_buf();
    let job = s.job_id.clone();
    let cv = format!("{}\n", pack_file(&s, "CV.md").await.trim_end()) + "\nEdited CV line.\n";
    let letter = pack_file(&s, "cover_letter.txt").await + "\nEdited letter line.\n";
    for _ in 0..3 {
        let (a, b) = tokio::join!(
            edit::save(
                store.as_ref(),
                &root,
                &job,
                DocKind::Cv,
                &cv,
                VersionOrigin::Edited,
                ""
            ),
            edit::save(
                store.as_ref(),
                &root,
                &job,
                DocKind::CoverLetter,
                &letter,
                VersionOrigin::Edited,
                ""
            ),
        );
        a.unwrap();
        b.unwrap();
        let now = store.get_job(&job).await.unwrap().unwrap();
        let generated = pipeline::output::JobOutputs::read(&now.outputs)
            .generated
            .unwrap();
        assert_eq!(generated.cv_markdown, cv, "the letter's save kept the CV");
        assert_eq!(
            generated.cover_letter, letter,
            "the CV's save kept the letter"
        );
    }
}

#[tokio::test]
async fn a_save_whose_files_cannot_be_made_is_kept_and_says_so() {
    let s = processed_job().await;
    let store = s.store.as_ref();
    let job = store.get_job(&s.job_id).await.unwrap().unwrap();
    let dir = pipeline::output::JobOutputs::read(&job.outputs)
        .published
        .unwrap()
        .dir;
    std::fs::remove_dir_all(&dir).unwrap();
    let text = "# Alex Morgan\n\n## Summary\nStaff engineer.\n";
    let err = edit::save(
        store,
        s.root.path(),
        &s.job_id,
        DocKind::Cv,
        text,
        VersionOrigin::Edited,
        "",
    )
    .await
    .unwrap_err();
    assert!(matches!(err, pipeline::Error::Files(_)), "{err}");
    assert!(err.to_string().starts_with("saved, but"), "{err}");
    let newest = &store
        .list_versions(&s.job_id, DocKind::Cv, 1)
        .await
        .unwrap()[0];
    assert_eq!(newest.text, text, "the version is stored");
    let job = store.get_job(&s.job_id).await.unwrap().unwrap();
    let generated = pipeline::output::JobOutputs::read(&job.outputs)
        .generated
        .unwrap();
    assert_eq!(generated.cv_markdown, text, "and it is what the page reads");
}

/// An on-site role abroad, which the candidate's files do not say they would move for: the
/// letter asks about the move, the dossier and the outreach file say it is theirs to send only if
/// they would move, and a letter the user writes becomes the pack's.
#[tokio::test]
async fn a_role_that_needs_a_move_leaves_the_letter_to_the_candidates_decision() {
    let s = processed_job_titled("Solution Architect AI & MLOps - Lahore").await;
    let letter = pack_file(&s, "cover_letter.txt").await;
    assert!(
        letter.contains("is relocation and visa support offered"),
        "{letter}"
    );
    let dossier = pack_file(&s, "dossier.txt").await;
    assert!(
        dossier.contains("The letter asks about the move to Pakistan before applying: send it only if you would move"),
        "{dossier}"
    );
    let outreach = pack_file(&s, "contacts_outreach.txt").await;
    assert!(
        outreach.starts_with("The advice is not to apply: the role would have you move to Pakistan. Send the letter, as the recruiter's email below, only if you would."),
        "{outreach}"
    );
    assert!(
        outreach.contains("Are relocation and a visa supported"),
        "{outreach}"
    );
    let mine = "Dear Liztek team,\n\nI would move to Lahore for this role.\n\nKind regards,\nAlex Morgan\n";
    edit::save(
        s.store.as_ref(),
        s.root.path(),
        &s.job_id,
        DocKind::CoverLetter,
        mine,
        VersionOrigin::Edited,
        "",
    )
    .await
    .unwrap();
    assert_eq!(pack_file(&s, "cover_letter.txt").await, mine);
}

/// A pack advised to apply, for a role found on another country's LinkedIn site: the outreach
/// file says to ask the recruiter where the role can be held before applying, and the
/// recruiter's draft asks it before any application.
#[tokio::test]
async fn a_role_advertised_abroad_asks_the_recruiter_before_the_application() {
    let s = processed_job_titled("Senior Architect").await;
    let outreach = pack_file(&s, "contacts_outreach.txt").await;
    assert!(
        outreach.starts_with(
            "Ask the recruiter first where the role can be held: the letter and the other drafts wait for that answer."
        ),
        "{outreach}"
    );
    let recruiter = outreach
        .split("== Contact ")
        .find(|c| c.contains("Recruiter"))
        .unwrap_or_else(|| panic!("{outreach}"));
    assert!(
        recruiter.contains("Email subject: A question before applying")
            && !recruiter.contains("I have applied")
            && recruiter.contains("Germany?"),
        "{recruiter}"
    );
    // The letter is an application, for once the answer is yes.
    let letter = pack_file(&s, "cover_letter.txt").await;
    assert!(letter.starts_with("Dear "), "{letter}");
}
