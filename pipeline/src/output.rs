//! What a run produces, as types: each layer's output, the pipeline's whole output, and a job's
//! stored outputs read back as those same types ([`JobOutputs`]), so a renamed field fails to
//! compile rather than blanking a page.

use crate::gate::GateReport;
use crate::job::JobStatus;
use crate::layers::company::CompanyBrief;
use crate::layers::contacts::Outreach;
use crate::layers::fit::FitAssessment;
use crate::layers::generate::Generated;
use crate::layers::jd::JdAnalysis;
use crate::layers::pain_points::PainPoints;
use crate::layers::stars::StarSelection;
use crate::layers::Layer;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The files layer 7 writes for every job, in this order.
pub const ARTIFACT_FILES: [&str; 5] = [
    "CV.md",
    "CV.docx",
    "cover_letter.txt",
    "dossier.txt",
    "contacts_outreach.txt",
];

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

/// A job's stored outputs, each read back as its layer's type. A layer not run yet, or stored by an
/// older version in a shape that no longer reads, is `None`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JobOutputs {
    pub jd: Option<JdAnalysis>,
    pub pain: Option<PainPoints>,
    pub stars: Option<StarSelection>,
    pub company: Option<CompanyBrief>,
    pub fit: Option<FitAssessment>,
    pub outreach: Option<Outreach>,
    pub generated: Option<Generated>,
    pub published: Option<Published>,
}

impl JobOutputs {
    pub fn read(stored: &BTreeMap<String, serde_json::Value>) -> JobOutputs {
        fn get<T: DeserializeOwned>(
            stored: &BTreeMap<String, serde_json::Value>,
            layer: Layer,
        ) -> Option<T> {
            let v = stored.get(layer.key())?;
            match serde_json::from_value(v.clone()) {
                Ok(t) => Some(t),
                Err(e) => {
                    tracing::warn!(layer = layer.key(), error = %e, "a stored output no longer reads");
                    None
                }
            }
        }
        JobOutputs {
            jd: get(stored, Layer::Jd),
            pain: get(stored, Layer::PainPoints),
            stars: get(stored, Layer::Stars),
            company: get(stored, Layer::Company),
            fit: get(stored, Layer::Fit),
            outreach: get(stored, Layer::Contacts),
            generated: get(stored, Layer::Cv),
            published: get(stored, Layer::Publish),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_outputs_read_back_as_their_types_and_bad_ones_as_none() {
        let mut stored = BTreeMap::new();
        stored.insert(
            "cv".to_string(),
            serde_json::json!({"engine": "offline", "fallback_reason": null, "cv_markdown": "# A", "cover_letter": "Dear"}),
        );
        stored.insert(
            "fit".to_string(),
            serde_json::json!({"fit_score": "not a number"}),
        );
        let o = JobOutputs::read(&stored);
        assert_eq!(o.generated.unwrap().cover_letter, "Dear");
        assert!(
            o.fit.is_none(),
            "a shape that no longer reads is None, not a panic"
        );
        assert!(o.jd.is_none());
    }
}
