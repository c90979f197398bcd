//! Layer 7: the quality gate, the .docx, the dossier and the outreach file, written as the job's
//! application pack, and the job's final status (ready for applying, or needs review).

pub mod gate;
pub mod report;

use crate::artifacts;
use crate::candidate::Candidate;
use crate::job::JobStatus;
use crate::layers::company::CompanyBrief;
use crate::layers::contacts::Outreach;
use crate::layers::fit::FitAssessment;
use crate::layers::generate::Generated;
use crate::layers::jd::JdAnalysis;
use crate::layers::pain_points::PainPoints;
use crate::layers::stars::StarSelection;
use crate::layers::{JobInput, Layer};
use gate::GateReport;
use serde::{Deserialize, Serialize};
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
    let mut gate = gate::check(
        job,
        &jd,
        candidate,
        &generated.cv_markdown,
        &generated.cover_letter,
        docx_check,
    );
    // A posting whose text is about another company than its field: the letter is addressed to
    // the field's company, which may be the wrong employer. A person checks it before it is sent.
    // With no letter drafted, the posting itself is what to check: "[cover_letter/company]
    // Addressed to …" named a letter the pack does not hold (both round-107 readers).
    let drafted = generated.letter != crate::layers::generate::LetterKind::NotDrafted;
    for w in &company.warnings {
        gate.violations.push(gate::Violation {
            kind: "company".into(),
            document: if drafted { "cover_letter" } else { "posting" }.into(),
            term: String::new(),
            detail: if drafted {
                format!("Addressed to {}, but {w}", job.company.trim())
            } else {
                format!("Filed under {}, but {w}", job.company.trim())
            },
        });
        gate.passed = false;
    }
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
    let dossier = report::dossier(&out, &job.title, &job.company);
    let outreach_txt = report::contacts_outreach(&out);
    let (cv_md, letter) = (out.generated.cv_markdown.clone(), report::letter_file(&out));
    let names: Vec<String> = ARTIFACT_FILES.iter().map(|n| n.to_string()).collect();
    let paper = crate::pdf::Paper::for_candidate(candidate);
    // Rendering the PDFs and writing files (with fsyncs) block: they run on the blocking pool,
    // not the async workers.
    let (root, company, title) = (root.to_path_buf(), job.company.clone(), job.title.clone());
    let dir = tokio::task::spawn_blocking(move || {
        type Render = fn(&str, &str, crate::pdf::Paper) -> Result<Vec<u8>, String>;
        let pdf = |render: Render, text: &str, what: &str| {
            render(text, what, paper)
                .map_err(|e| std::io::Error::other(format!("the {what} PDF: {e}")))
        };
        let contents: [Vec<u8>; 7] = [
            cv_md.clone().into_bytes(),
            docx,
            pdf(crate::pdf::markdown_to_pdf, &cv_md, "CV")?,
            letter.clone().into_bytes(),
            pdf(crate::pdf::letter_to_pdf, &letter, "Cover letter")?,
            dossier.into_bytes(),
            outreach_txt.into_bytes(),
        ];
        let files: Vec<(&'static str, Vec<u8>)> =
            ARTIFACT_FILES.into_iter().zip(contents).collect();
        artifacts::publish(&root, &company, &title, &files)
    })
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

/// The files layer 7 writes for every job, in this order.
pub use types::document::PACK_FILES as ARTIFACT_FILES;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published {
    pub dir: String,
    pub files: Vec<String>,
    pub cv_path: String,
    pub dossier_path: String,
    pub status: JobStatus,
    pub gate: GateReport,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PipelineOutput {
    pub jd: JdAnalysis,
    pub pain: PainPoints,
    pub stars: StarSelection,
    pub company: CompanyBrief,
    pub fit: FitAssessment,
    pub outreach: Outreach,
    pub generated: Generated,
    pub gate: GateReport,
    pub published: Option<Published>,
}

/// The outputs of layers 1–6: what publishing (layer 7) checks and writes.
#[derive(Debug, Clone, PartialEq)]
pub struct Drafted {
    pub jd: JdAnalysis,
    pub pain: PainPoints,
    pub stars: StarSelection,
    pub company: CompanyBrief,
    pub fit: FitAssessment,
    pub outreach: Outreach,
    pub generated: Generated,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("writing the application files failed: {0}")]
    Io(#[from] std::io::Error),
    #[error("the tailored CV could not be rendered as .docx: {0}")]
    Docx(String),
}

impl PipelineOutput {
    /// (layer, engine) pairs, for the dossier and run records.
    pub fn engines(&self) -> Vec<(Layer, String)> {
        let e = crate::layers::EngineUsed::label;
        vec![
            (Layer::Jd, e(&self.jd.engine)),
            (Layer::PainPoints, e(&self.pain.engine)),
            (Layer::Stars, e(&self.stars.engine)),
            (Layer::Company, e(&self.company.engine)),
            (Layer::Fit, e(&self.fit.engine)),
            (Layer::Contacts, e(&self.outreach.engine)),
            (Layer::Cv, e(&self.generated.engine)),
        ]
    }

    /// Each layer's output as stored on the job, by layer key.
    pub fn layer_values(&self) -> Vec<(Layer, serde_json::Value)> {
        let mut v = vec![
            (Layer::Jd, serde_json::to_value(&self.jd)),
            (Layer::PainPoints, serde_json::to_value(&self.pain)),
            (Layer::Stars, serde_json::to_value(&self.stars)),
            (Layer::Company, serde_json::to_value(&self.company)),
            (Layer::Fit, serde_json::to_value(&self.fit)),
            (Layer::Contacts, serde_json::to_value(&self.outreach)),
            (Layer::Cv, serde_json::to_value(&self.generated)),
        ];
        if let Some(p) = &self.published {
            v.push((Layer::Publish, serde_json::to_value(p)));
        } else {
            v.push((Layer::Publish, serde_json::to_value(&self.gate)));
        }
        v.into_iter()
            .filter_map(|(k, r)| r.ok().map(|val| (k, val)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::candidate::Candidate;
    use crate::layers::JobInput;

    async fn gate_of(description: &str) -> super::gate::GateReport {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Go services on Kubernetes.\n\n## Skills\n- Go, Kubernetes\n";
        let kb = "## STAR: Go services\n- company: Acme\n- skills: Go, Kubernetes\n- situation: Slow deploys.\n- task: Move to Kubernetes.\n- action: Built Go services on Kubernetes.\n- result: Deploys in minutes.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Backend Engineer",
            "Dai Software",
            "Berlin, Germany",
            description,
        );
        let out = crate::run::run(
            &job,
            &c,
            &crate::run::RunOptions::default(),
            &crate::run::Silent,
        )
        .await
        .unwrap();
        out.gate
    }

    /// A posting about another company than its field is flagged on the letter addressed to the
    /// field's company; with no letter drafted, on the posting (round 107: "[cover_letter/company]
    /// Addressed to DAI SOFTWARE GMBH I.G." in a pack holding no letter).
    #[tokio::test]
    async fn another_companys_posting_is_flagged_on_what_the_pack_holds() {
        let flagged = |g: &super::gate::GateReport| {
            g.violations
                .iter()
                .find(|v| v.kind == "company")
                .map(|v| (v.document.clone(), v.detail.clone()))
        };
        let fits = gate_of(
            "Acronis is revolutionizing cyber protection.\nRequirements\n- Go services\n- Kubernetes\n",
        )
        .await;
        let (document, detail) = flagged(&fits).expect("flagged");
        assert_eq!(document, "cover_letter");
        assert!(
            detail.starts_with("Addressed to Dai Software, but"),
            "{detail}"
        );
        let other_work = gate_of(
            "Acronis is revolutionizing cyber protection.\nRequirements\n- 10+ years of QA\n- 7+ years in QA leadership roles\n- Selenium and Cypress\n",
        )
        .await;
        let (document, detail) = flagged(&other_work).expect("flagged");
        assert_eq!(document, "posting", "{detail}");
        assert!(
            detail.starts_with("Filed under Dai Software, but"),
            "{detail}"
        );
    }
}
