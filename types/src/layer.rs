//! The pipeline's layers as one type.

use serde::{Deserialize, Serialize};

/// The pipeline's layers, in order. Their keys name stored outputs, run records, events, LLM routes
/// (`LLM_LAYERS=stars=ollama:…`) and cost records, so a layer is spelled once, here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    Jd,
    PainPoints,
    Stars,
    Company,
    Fit,
    Contacts,
    Cv,
    Publish,
}

impl Layer {
    pub const ALL: [Layer; 8] = [
        Layer::Jd,
        Layer::PainPoints,
        Layer::Stars,
        Layer::Company,
        Layer::Fit,
        Layer::Contacts,
        Layer::Cv,
        Layer::Publish,
    ];

    /// The key outputs and routes are stored under.
    pub fn key(self) -> &'static str {
        match self {
            Layer::Jd => "jd",
            Layer::PainPoints => "pain_points",
            Layer::Stars => "stars",
            Layer::Company => "company",
            Layer::Fit => "fit",
            Layer::Contacts => "contacts",
            Layer::Cv => "cv",
            Layer::Publish => "publish",
        }
    }

    /// The layer's name on pages.
    pub fn title(self) -> &'static str {
        match self {
            Layer::Jd => "Job description analysis",
            Layer::PainPoints => "Pain points",
            Layer::Stars => "Matching achievements (STAR)",
            Layer::Company => "Company research",
            Layer::Fit => "Fit score",
            Layer::Contacts => "Contacts and outreach",
            Layer::Cv => "Tailored CV and cover letter",
            Layer::Publish => "Dossier and files",
        }
    }

    /// Whether an LLM may be routed to the layer. Cleaning the posting and publishing never call one.
    pub fn may_use_llm(self) -> bool {
        !matches!(self, Layer::Jd | Layer::Publish)
    }

    /// The layers an LLM may be routed to.
    pub fn llm_capable() -> impl Iterator<Item = Layer> {
        Layer::ALL.into_iter().filter(|l| l.may_use_llm())
    }

    pub fn from_key(key: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.key() == key)
    }
}

impl std::fmt::Display for Layer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.key())
    }
}
