//! Layer 7: the quality gate, the .docx, the dossier and the outreach file, written as the job's
//! application pack, and the job's final status (ready for applying, or needs review).

use crate::artifacts;
use crate::candidate::Candidate;
use crate::gate;
use crate::job::JobStatus;
use crate::layers::JobInput;
use crate::output::{Drafted, PipelineOutput, Published, RunError, ARTIFACT_FILES};
use std::path::Path;

/// Checks the drafted pack and, with `out_dir`, writes its files there.
pub async fn publish(
    job: &JobInput,
    candidate: &Candidate,
    out_dir: Option<&Path>,
    drafted: Drafted,
) -> Result<PipelineOutput, RunError> {
    let Drafted {
        jd,
        pain,
        stars,
        company,
        fit,
        outreach,
        generated,
    } = drafted;
    let docx = crate::docx::cv_docx(&generated.cv_markdown).map_err(RunError::Docx)?;
    let docx_check = crate::docx::read_paragraphs(&docx).map(|_| ());
    let gate = gate::check(
        job,
        &jd,
        candidate,
        &generated.cv_markdown,
        &generated.cover_letter,
        docx_check,
    );
    let mut out = PipelineOutput {
        jd,
        pain,
        stars,
        company,
        fit,
        outreach,
        generated,
        gate,
        published: None,
    };
    let Some(root) = out_dir else {
        return Ok(out);
    };
    let dossier = crate::report::dossier(&out, &job.title, &job.company);
    let outreach_txt = crate::report::contacts_outreach(&out);
    let contents: [Vec<u8>; 5] = [
        out.generated.cv_markdown.clone().into_bytes(),
        docx,
        out.generated.cover_letter.clone().into_bytes(),
        dossier.into_bytes(),
        outreach_txt.into_bytes(),
    ];
    let files: Vec<(&'static str, Vec<u8>)> = ARTIFACT_FILES.into_iter().zip(contents).collect();
    let names: Vec<String> = files.iter().map(|(n, _)| n.to_string()).collect();
    // File writes (and fsyncs) block: they run on the blocking pool, not the async workers.
    let (root, company, title) = (root.to_path_buf(), job.company.clone(), job.title.clone());
    let dir =
        tokio::task::spawn_blocking(move || artifacts::publish(&root, &company, &title, &files))
            .await
            .map_err(std::io::Error::other)??;
    out.published = Some(Published {
        dir: dir.display().to_string(),
        files: names,
        cv_path: dir.join("CV.docx").display().to_string(),
        dossier_path: dir.join("dossier.txt").display().to_string(),
        status: if out.gate.passed {
            JobStatus::ReadyForApplying
        } else {
            JobStatus::NeedsReview
        },
        gate: out.gate.clone(),
    });
    Ok(out)
}
