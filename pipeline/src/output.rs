//! A job's stored outputs read back as their layers' types ([`JobOutputs`]), so a renamed field
//! fails to compile rather than blanking a page.

use crate::layers::company::CompanyBrief;
use crate::layers::contacts::Outreach;
use crate::layers::fit::FitAssessment;
use crate::layers::generate::Generated;
use crate::layers::jd::JdAnalysis;
use crate::layers::pain_points::PainPoints;
use crate::layers::publish::Published;
pub use crate::layers::publish::ARTIFACT_FILES;
use crate::layers::stars::StarSelection;
use crate::layers::Layer;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

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
            // Read from the borrowed value: the run page reads these on every refresh.
            match T::deserialize(v) {
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

    /// Whether the pack holds a letter, for the advice as the pack says it
    /// ([`crate::layers::fit::FitAssessment::advice_said`]): a run stopped before the CV layer
    /// is read as drafted, the advice alone deciding.
    pub fn letter_drafted(&self) -> bool {
        self.generated.as_ref().is_none_or(|g| g.has_letter())
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
