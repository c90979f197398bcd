//! Editing a generated pack: the gate's findings on one edited document, the files made from it,
//! and a line diff between two versions. The server stores each save as a version (see
//! [`types::document`]); this module is the pure part, so the CLI and tests share it.

use crate::candidate::Candidate;
use crate::job::JobStatus;
use crate::layers::jd::JdAnalysis;
use crate::layers::JobInput;
use crate::layers::Layer;
use crate::output::JobOutputs;
use crate::pdf::Paper;
use crate::store::Store;
use crate::Error;
use std::path::Path;
use std::path::PathBuf;
use types::{DocKind, DocVersion, Finding, NewVersion, VersionOrigin};

/// The most a saved document may hold: ten times the gate's length limits, so a paste of a whole
/// CV still saves (and is flagged for length) while a runaway upload is refused.
pub const MAX_TEXT_BYTES: usize = 200_000;

/// Checks a text before it is stored: a document a job owns, not empty, not huge. The gate's
/// findings never stop a save: it is the user's CV.
pub fn validate(kind: DocKind, text: &str) -> crate::Result<()> {
    if !kind.of_job() {
        return Err(Error::invalid(format!(
            "the {} is edited on the candidate page",
            kind.label()
        )));
    }
    if text.trim().is_empty() {
        return Err(Error::invalid(format!("the {} is empty", kind.label())));
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::invalid(format!(
            "the {} is {} bytes; at most {MAX_TEXT_BYTES} can be saved",
            kind.label(),
            text.len()
        )));
    }
    Ok(())
}

/// The gate's findings on one document of a job's pack: numbers, skills, degrees, employers and
/// role headings the candidate's files do not hold, and the length. The same checks a run makes.
pub fn findings(
    kind: DocKind,
    text: &str,
    job: &JobInput,
    jd: &JdAnalysis,
    c: &Candidate,
) -> Vec<Finding> {
    let (cv, letter, docx) = match kind {
        DocKind::Cv => {
            let docx = crate::docx::cv_docx(text)
                .and_then(|bytes| crate::docx::read_paragraphs(&bytes).map(|_| ()));
            (text, "", docx)
        }
        _ => ("", text, Ok(())),
    };
    crate::layers::publish::gate::check(job, jd, c, cv, letter, docx).findings_for(kind)
}

/// The files made from one document, named as in the pack: `CV.md`, `CV.docx`, `CV.pdf` for the
/// CV; `cover_letter.txt` and `cover_letter.pdf` for the letter. Blocking (PDF rendering).
pub fn render(
    kind: DocKind,
    text: &str,
    paper: Paper,
) -> Result<Vec<(&'static str, Vec<u8>)>, String> {
    // In the order of `DocKind::files`, which names them.
    let contents = match kind {
        DocKind::Cv => vec![
            text.as_bytes().to_vec(),
            crate::docx::cv_docx(text)?,
            crate::pdf::markdown_to_pdf(text, "CV", paper)?,
        ],
        DocKind::CoverLetter => vec![
            text.as_bytes().to_vec(),
            crate::pdf::letter_to_pdf(text, "Cover letter", paper)?,
        ],
        other => return Err(format!("the {} has no files in a pack", other.label())),
    };
    Ok(kind.files().iter().copied().zip(contents).collect())
}

/// Replaces files in a published folder one by one, each written beside its final name and then
/// renamed over it, so a download never reads half a file.
pub fn replace_files(dir: &Path, files: &[(&str, Vec<u8>)]) -> std::io::Result<()> {
    for (name, bytes) in files {
        let safe = crate::artifacts::sanitise(name);
        let tmp = dir.join(format!(".{safe}.tmp-{}", crate::ids::new_id()));
        std::fs::write(&tmp, bytes)?;
        if let Err(e) = std::fs::rename(&tmp, dir.join(&safe)) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    }
    Ok(())
}

/// How many versions a page lists, and the newest a status check reads.
pub const LIST_LIMIT: u32 = 50;

/// Saves `text` as the newest version of a processed job's CV or letter: checks it with the gate,
/// stores it, rewrites the pack's files from it (under `root`, the applications folder), makes it
/// what the match view and review read, and sets the job's status from the open findings.
pub async fn save(
    store: &dyn Store,
    root: &Path,
    job_id: &str,
    kind: DocKind,
    text: &str,
    origin: VersionOrigin,
    note: &str,
) -> crate::Result<DocVersion> {
    let _one_at_a_time = lock_job(job_id).await;
    save_unlocked(store, root, job_id, kind, text, origin, note).await
}

/// Edits of one job run one at a time in this process: each reads the job's outputs, writes a
/// version and files, and writes the outputs back, so two saves at once (the CV and the letter in
/// two tabs) would otherwise revert each other. (Instances sharing a database do not share this;
/// the user edits through one of them.)
async fn lock_job(job_id: &str) -> tokio::sync::OwnedMutexGuard<()> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    static LOCKS: OnceLock<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>> = OnceLock::new();
    let lock = {
        let mut locks = LOCKS
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        // Locks nobody holds or waits for are dropped, so the map stays as small as the edits in
        // flight.
        locks.retain(|_, l| Arc::strong_count(l) > 1);
        locks.entry(job_id.to_string()).or_default().clone()
    };
    lock.lock_owned().await
}

async fn save_unlocked(
    store: &dyn Store,
    root: &Path,
    job_id: &str,
    kind: DocKind,
    text: &str,
    origin: VersionOrigin,
    note: &str,
) -> crate::Result<DocVersion> {
    let text = text.replace("\r\n", "\n");
    validate(kind, &text)?;
    let job = store
        .get_job(job_id)
        .await?
        .ok_or_else(|| Error::NotFound("job".into()))?;
    let outputs = JobOutputs::read(&job.outputs);
    let (Some(jd), Some(mut generated), Some(published)) =
        (outputs.jd, outputs.generated, outputs.published)
    else {
        return Err(Error::invalid(
            "this job has no generated pack yet: process it first",
        ));
    };
    let profile = store
        .get_profile()
        .await?
        .ok_or_else(|| Error::invalid("there is no candidate profile to check the text against"))?;
    let candidate = Candidate::from_texts(&profile.master_cv, &profile.knowledge_base)?;
    let input = JobInput::from(&job.doc);
    // A pack made before versions existed: its text becomes version 1, so it can be restored.
    let generated_text = match kind {
        DocKind::Cv => generated.cv_markdown.clone(),
        _ => generated.cover_letter.clone(),
    };
    // None when no letter was drafted (advised not to apply).
    if !generated_text.trim().is_empty() && store.list_versions(job_id, kind, 1).await?.is_empty() {
        let text = generated_text;
        let findings = published.gate.findings_for(kind);
        store
            .add_version(&NewVersion {
                owner: job_id.to_string(),
                kind,
                text,
                origin: VersionOrigin::Generated,
                note: "written by a pipeline run".into(),
                findings,
            })
            .await?;
    }
    let findings = findings(kind, &text, &input, &jd, &candidate);
    let version = store
        .add_version(&NewVersion {
            owner: job_id.to_string(),
            kind,
            text: text.clone(),
            origin,
            note: note.to_string(),
            findings,
        })
        .await?;
    if kind == DocKind::Cv {
        // A suggestion applied, or whose line the user changed, is no longer offered.
        generated
            .suggestions
            .retain(|s| text.contains(&s.original) && !text.contains(&s.rewrite));
        generated.cv_markdown = text.clone();
    } else {
        generated.cover_letter = text.clone();
        // A letter the user wrote where none was drafted is theirs to send: the page no longer
        // says none was drafted.
        if !generated.letter.drafted() {
            generated.letter = crate::layers::generate::LetterKind::Application;
        }
    }
    let value = serde_json::to_value(&generated).map_err(|e| Error::Store(e.to_string()))?;
    store.save_output(job_id, Layer::Cv, &value).await?;
    sync_status(store, job_id).await?;
    // The version (and what the page reads) is the record; the files are made from it last, so a
    // failure here is reported as files only, and the next save makes them again.
    let paper = Paper::for_candidate(&candidate);
    let (rendered, root, published_dir) = (text.clone(), root.to_path_buf(), published.dir.clone());
    tokio::task::spawn_blocking(move || {
        let dir = pack_dir(&root, &published_dir).map_err(|_| {
            Error::Files("the pack's folder is missing; process the job again".into())
        })?;
        let files = render(kind, &rendered, paper).map_err(Error::Files)?;
        replace_files(&dir, &files).map_err(|e| Error::Files(format!("writing the pack: {e}")))
    })
    .await
    .map_err(|e| Error::Store(e.to_string()))??;
    Ok(version)
}

/// Saves a copy of version `version` as the newest (nothing is ever overwritten).
pub async fn restore(
    store: &dyn Store,
    root: &Path,
    job_id: &str,
    kind: DocKind,
    version: u32,
) -> crate::Result<DocVersion> {
    let _one_at_a_time = lock_job(job_id).await;
    let old = store
        .get_version(job_id, kind, version)
        .await?
        .ok_or_else(|| Error::NotFound(format!("version {version}")))?;
    save_unlocked(
        store,
        root,
        job_id,
        kind,
        &old.text,
        VersionOrigin::Restored,
        &format!("restored from version {version}"),
    )
    .await
}

/// The user keeps a version's findings as they are; the job's status follows.
pub async fn confirm(
    store: &dyn Store,
    job_id: &str,
    kind: DocKind,
    version: u32,
) -> crate::Result<()> {
    let _one_at_a_time = lock_job(job_id).await;
    if !store.confirm_version(job_id, kind, version).await? {
        return Err(Error::NotFound(format!("version {version}")));
    }
    sync_status(store, job_id).await
}

/// A job whose newest CV or letter has findings nobody confirmed needs review; once none is open,
/// a job that needed review is ready again. Statuses the user set later in the process (applied,
/// rejected…) are left alone.
pub async fn sync_status(store: &dyn Store, job_id: &str) -> crate::Result<()> {
    let Some(job) = store.get_job(job_id).await? else {
        return Err(Error::NotFound("job".into()));
    };
    let mut open = Vec::new();
    for kind in [DocKind::Cv, DocKind::CoverLetter] {
        if let Some(newest) = store
            .list_versions(job_id, kind, 1)
            .await?
            .into_iter()
            .next()
        {
            if !newest.open_findings().is_empty() {
                open.push(format!(
                    "{} version {}: {} finding(s) to confirm",
                    kind.label(),
                    newest.version,
                    newest.findings.len()
                ));
            }
        }
    }
    let (next, note) = if open.is_empty() {
        (
            JobStatus::ReadyForApplying,
            "edits checked or confirmed".to_string(),
        )
    } else {
        (JobStatus::NeedsReview, open.join("; "))
    };
    let change = matches!(
        (job.doc.status, next),
        (JobStatus::NeedsReview, JobStatus::ReadyForApplying)
            | (
                JobStatus::ReadyForApplying | JobStatus::MarkedForApplying,
                JobStatus::NeedsReview
            )
    );
    if change {
        store.set_status(&[job_id.to_string()], next, &note).await?;
    }
    Ok(())
}

/// After a run: its CV and letter become new versions (unless a document is unchanged), so a
/// re-run never overwrites an edit; the edit stays one version back, to restore.
pub async fn record_generated(
    store: &dyn Store,
    job_id: &str,
    out: &crate::layers::publish::PipelineOutput,
) -> crate::Result<()> {
    let Some(published) = &out.published else {
        return Ok(());
    };
    let mut made_from = Vec::new();
    for kind in [DocKind::MasterCv, DocKind::KnowledgeBase] {
        if let Some(v) = store
            .list_versions(types::document::PROFILE_OWNER, kind, 1)
            .await?
            .first()
        {
            made_from.push(format!("{} version {}", kind.label(), v.version));
        }
    }
    let note = if made_from.is_empty() {
        "written by a pipeline run".to_string()
    } else {
        format!(
            "written by a pipeline run from the {}",
            made_from.join(" and the ")
        )
    };
    for (kind, text) in [
        (DocKind::Cv, &out.generated.cv_markdown),
        (DocKind::CoverLetter, &out.generated.cover_letter),
    ] {
        let newest = store.list_versions(job_id, kind, 1).await?;
        // No letter drafted (advised not to apply): there is no version to keep.
        if text.trim().is_empty() || newest.first().is_some_and(|v| &v.text == text) {
            continue;
        }
        let findings = published.gate.findings_for(kind);
        store
            .add_version(&NewVersion {
                owner: job_id.to_string(),
                kind,
                text: text.clone(),
                origin: VersionOrigin::Generated,
                note: note.clone(),
                findings,
            })
            .await?;
    }
    Ok(())
}

/// After the candidate's files are saved: each one that changed becomes a new version, so the
/// page can show its history and a pack can name the versions it was made from.
pub async fn record_profile(
    store: &dyn Store,
    master_cv: &str,
    knowledge_base: &str,
    origin: VersionOrigin,
    note: &str,
) -> crate::Result<()> {
    for (kind, text) in [
        (DocKind::MasterCv, master_cv),
        (DocKind::KnowledgeBase, knowledge_base),
    ] {
        let newest = store
            .list_versions(types::document::PROFILE_OWNER, kind, 1)
            .await?;
        if newest.first().is_some_and(|v| v.text == text) {
            continue;
        }
        store
            .add_version(&NewVersion {
                owner: types::document::PROFILE_OWNER.into(),
                kind,
                text: text.to_string(),
                origin,
                note: note.to_string(),
                findings: Vec::new(),
            })
            .await?;
    }
    Ok(())
}

/// Makes an earlier version of the master CV or knowledge base the current one, beside the other
/// file as it is now; refused (nothing changes) when the pair no longer validates.
pub async fn restore_profile(store: &dyn Store, kind: DocKind, version: u32) -> crate::Result<()> {
    let owner = types::document::PROFILE_OWNER;
    let old = store
        .get_version(owner, kind, version)
        .await?
        .ok_or_else(|| Error::NotFound(format!("version {version}")))?;
    let mut profile = store
        .get_profile()
        .await?
        .ok_or_else(|| Error::invalid("there is no candidate profile yet"))?;
    match kind {
        DocKind::MasterCv => profile.master_cv = old.text,
        DocKind::KnowledgeBase => profile.knowledge_base = old.text,
        other => {
            return Err(Error::invalid(format!(
                "the {} belongs to a job, not to the candidate",
                other.label()
            )))
        }
    }
    crate::candidate::validate_profile(&profile.master_cv, &profile.knowledge_base)?;
    profile.updated_at = crate::ids::now();
    store.put_profile(&profile).await?;
    record_profile(
        store,
        &profile.master_cv,
        &profile.knowledge_base,
        VersionOrigin::Restored,
        &format!("restored from version {version}"),
    )
    .await
}

/// Puts one of the reviewer's suggestions (see [`crate::review::RewriteAsk`]), named by the line
/// it rewrites, into the job's CV as a new version; refused when the CV no longer has that line or
/// no stored suggestion rewrites it (a stale page cannot apply another one).
pub async fn apply_suggestion(
    store: &dyn Store,
    root: &Path,
    job_id: &str,
    original: &str,
) -> crate::Result<DocVersion> {
    let _one_at_a_time = lock_job(job_id).await;
    let job = store
        .get_job(job_id)
        .await?
        .ok_or_else(|| Error::NotFound("job".into()))?;
    let generated = JobOutputs::read(&job.outputs)
        .generated
        .ok_or_else(|| Error::invalid("this job has no generated pack yet: process it first"))?;
    let s = generated
        .suggestions
        .iter()
        .find(|s| s.original == original)
        .ok_or_else(|| Error::NotFound("that suggestion".into()))?;
    let text =
        crate::review::rewrite::replace_line(&generated.cv_markdown, &s.original, &s.rewrite)
            .ok_or_else(|| {
                Error::invalid("the CV no longer has the line this suggestion rewrites")
            })?;
    save_unlocked(
        store,
        root,
        job_id,
        DocKind::Cv,
        &text,
        VersionOrigin::Edited,
        &format!("a reviewer's suggestion applied: {}", s.why),
    )
    .await
}

/// A skill's score before and after the user moved or dropped it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rescored {
    pub before: u8,
    pub after: u8,
}

/// Moves one of the posting's skills to must-have or nice-to-have, drops it, or (with `None`)
/// undoes the user's choice for it; then scores the fit again from the corrected lists (offline:
/// the same rules a run uses) and stores both, so the page, the list and the next run see them.
pub async fn choose_skill(
    store: &dyn Store,
    job_id: &str,
    skill: &str,
    choice: Option<crate::layers::jd::SkillChoice>,
    this_year: i32,
) -> crate::Result<Rescored> {
    let _one_at_a_time = lock_job(job_id).await;
    let job = store
        .get_job(job_id)
        .await?
        .ok_or_else(|| Error::NotFound("job".into()))?;
    let outputs = JobOutputs::read(&job.outputs);
    let (Some(stored), Some(fit)) = (outputs.jd, outputs.fit) else {
        return Err(Error::invalid(
            "this job has not been scored yet: process it first",
        ));
    };
    let input = JobInput::from(&job.doc);
    // The lists as the posting states them, then every choice: a choice can always be undone.
    let mut jd = crate::layers::jd::analyse(&input);
    if !jd.asked().any(|s| s == skill) {
        return Err(Error::invalid(format!(
            "“{skill}” is not one of the posting's skills"
        )));
    }
    let mut choices = stored.choices.clone();
    match choice {
        Some(c) => choices.insert(skill.to_string(), c),
        None => choices.remove(skill),
    };
    jd.apply_choices(&choices);
    jd.engine = stored.engine.clone();
    let profile = store
        .get_profile()
        .await?
        .ok_or_else(|| Error::invalid("there is no candidate profile to score against"))?;
    let candidate = Candidate::from_texts(&profile.master_cv, &profile.knowledge_base)?;
    let rescored = crate::layers::fit::assess(&input, &jd, &candidate, this_year);
    let to_value =
        |v: serde_json::Result<serde_json::Value>| v.map_err(|e| Error::Store(e.to_string()));
    store
        .save_output(job_id, Layer::Jd, &to_value(serde_json::to_value(&jd))?)
        .await?;
    store
        .save_output(
            job_id,
            Layer::Fit,
            &to_value(serde_json::to_value(&rescored))?,
        )
        .await?;
    store
        .set_fit_score(job_id, Some(rescored.fit_score))
        .await?;
    Ok(Rescored {
        before: fit.fit_score,
        after: rescored.fit_score,
    })
}

/// A published folder, only when it is inside the applications root (a stored path is data).
fn pack_dir(root: &Path, dir: &str) -> crate::Result<PathBuf> {
    let missing = || Error::NotFound("the pack's folder".into());
    let root = std::fs::canonicalize(root).map_err(|_| missing())?;
    let dir = std::fs::canonicalize(dir).map_err(|_| missing())?;
    if dir.starts_with(&root) && dir.is_dir() {
        Ok(dir)
    } else {
        Err(missing())
    }
}

/// `text` cut into runs that are (true) or are not (false) one of `terms`, so a page can highlight
/// every place a finding occurs. Overlapping terms merge; empty terms mark nothing.
pub fn mark(text: &str, terms: &[&str]) -> Vec<(String, bool)> {
    let mut spans: Vec<(usize, usize)> = terms
        .iter()
        .filter(|t| !t.trim().is_empty())
        .flat_map(|t| text.match_indices(*t).map(|(i, m)| (i, i + m.len())))
        .collect();
    spans.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e) in merged {
        if s > at {
            out.push((text[at..s].to_string(), false));
        }
        out.push((text[s..e].to_string(), true));
        at = e;
    }
    if at < text.len() {
        out.push((text[at..].to_string(), false));
    }
    out
}

/// One line of a diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Added,
    Removed,
}

/// The lines of `new` against `old` (Myers' diff, through `similar`), with `context` unchanged lines
/// kept around each change and longer unchanged runs left out.
pub fn line_diff(old: &str, new: &str, context: usize) -> Vec<(Change, String)> {
    let diff = similar::TextDiff::from_lines(old, new);
    let mut out = Vec::new();
    for group in diff.grouped_ops(context) {
        for op in group {
            for change in diff.iter_changes(&op) {
                let tag = match change.tag() {
                    similar::ChangeTag::Equal => Change::Same,
                    similar::ChangeTag::Insert => Change::Added,
                    similar::ChangeTag::Delete => Change::Removed,
                };
                out.push((tag, change.value().trim_end_matches('\n').to_string()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CV: &str = "# Jane Doe\n\n## Experience\n\n### Engineer — Acme\n\n- Cut p99 latency by 62% with caching.\n\n## Skills\n\n- Go, caching, Kubernetes\n\n## Education\n\n### MSc Computer Science — TU Berlin\n";
    const KB: &str = "## STAR: Fast checkout\n- company: Acme\n- situation: Slow.\n- task: Speed up.\n- action: Cached.\n- result: p99 down 62%.\n";

    fn setup() -> (JobInput, JdAnalysis, Candidate) {
        let c = Candidate::from_texts(CV, KB).unwrap();
        let job = JobInput::sample("Engineer", "Beta", "", "Requirements: Go and caching");
        let jd = crate::layers::jd::analyse(&job);
        (job, jd, c)
    }

    #[test]
    fn an_invented_number_is_found_with_its_words() {
        let (job, jd, c) = setup();
        let edited = CV.replace("62%", "75%");
        let f = findings(DocKind::Cv, &edited, &job, &jd, &c);
        let numbers: Vec<&Finding> = f.iter().filter(|f| f.kind == "number").collect();
        assert_eq!(numbers.len(), 1, "{f:?}");
        assert!(edited.contains(&numbers[0].term), "{:?}", numbers[0]);
        assert!(numbers[0].detail.contains("75"));
        // The master CV's own text has none.
        assert!(findings(DocKind::Cv, CV, &job, &jd, &c)
            .iter()
            .all(|f| f.kind != "number"));
    }

    #[test]
    fn letter_findings_are_the_letters_only() {
        let (job, jd, c) = setup();
        let letter = "Dear Beta team,\n\nAt Globex I cut costs by 90%.\n\nJane";
        let f = findings(DocKind::CoverLetter, letter, &job, &jd, &c);
        assert!(f
            .iter()
            .any(|f| f.kind == "number" && f.term.contains("90")));
        assert!(
            f.iter().any(|f| f.kind == "employer" && f.term == "Globex"),
            "{f:?}"
        );
    }

    #[test]
    fn empty_huge_and_profile_texts_are_refused() {
        let msg = |r: crate::Result<()>| r.unwrap_err().to_string();
        assert_eq!(
            msg(validate(DocKind::Cv, "  \n")),
            "the tailored CV is empty"
        );
        assert!(msg(validate(
            DocKind::CoverLetter,
            &"a".repeat(MAX_TEXT_BYTES + 1)
        ))
        .contains("at most 200000"));
        assert!(msg(validate(DocKind::MasterCv, "# Jane")).contains("candidate page"));
        assert!(validate(DocKind::Cv, CV).is_ok());
    }

    #[test]
    fn a_diff_shows_the_changed_line_with_context_only() {
        let old = (1..=20).map(|i| format!("line {i}\n")).collect::<String>();
        let new = old.replace("line 10\n", "line ten\n");
        let d = line_diff(&old, &new, 1);
        assert_eq!(
            d,
            vec![
                (Change::Same, "line 9".to_string()),
                (Change::Removed, "line 10".to_string()),
                (Change::Added, "line ten".to_string()),
                (Change::Same, "line 11".to_string()),
            ]
        );
        assert!(line_diff(&old, &old, 3).is_empty());
    }

    #[test]
    fn findings_are_marked_wherever_they_occur() {
        let m = mark("Cut 75% then 75% again at Globex.", &["75%", "Globex", ""]);
        assert_eq!(
            m,
            vec![
                ("Cut ".to_string(), false),
                ("75%".to_string(), true),
                (" then ".to_string(), false),
                ("75%".to_string(), true),
                (" again at ".to_string(), false),
                ("Globex".to_string(), true),
                (".".to_string(), false),
            ]
        );
        // Overlaps merge; text without findings is one unmarked run; multi-byte text is safe.
        assert_eq!(
            mark("Mün 42%", &["42", "42%"]),
            vec![("Mün ".into(), false), ("42%".into(), true)]
        );
        assert_eq!(mark("plain", &[]), vec![("plain".to_string(), false)]);
    }

    #[test]
    fn replaced_files_hold_the_new_bytes_and_no_temporary_is_left() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("CV.md"), "old").unwrap();
        replace_files(dir.path(), &[("CV.md", b"new".to_vec())]).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("CV.md")).unwrap(),
            "new"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn both_documents_render_to_their_pack_files() {
        let cv = render(DocKind::Cv, CV, Paper::A4).unwrap();
        let names: Vec<&str> = cv.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["CV.md", "CV.docx", "CV.pdf"]);
        assert!(cv[2].1.starts_with(b"%PDF"));
        let letter = render(DocKind::CoverLetter, "Dear team,\n\nHello.", Paper::Letter).unwrap();
        assert_eq!(letter[0].0, "cover_letter.txt");
        assert!(render(DocKind::KnowledgeBase, "x", Paper::A4).is_err());
    }
}
