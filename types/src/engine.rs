//! Which engine produced a layer's output.

use serde::{Deserialize, Serialize};

/// Which engine produced a layer's output, and why when it is a fallback.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EngineUsed {
    /// `offline` or `llm:<provider>/<model>`.
    pub engine: String,
    /// Set when the offline engine stood in for a configured LLM (provider error, budget…).
    pub fallback_reason: Option<String>,
}

impl EngineUsed {
    pub fn offline() -> Self {
        EngineUsed {
            engine: "offline".into(),
            fallback_reason: None,
        }
    }
    pub fn fallback(reason: impl Into<String>) -> Self {
        EngineUsed {
            engine: "offline".into(),
            fallback_reason: Some(reason.into()),
        }
    }
    /// `offline`, `llm:openai/gpt-4o-mini`, or `offline (fallback: reason)`.
    pub fn label(&self) -> String {
        match &self.fallback_reason {
            Some(r) => format!("{} (fallback: {r})", self.engine),
            None => self.engine.clone(),
        }
    }

    pub fn llm(provider: &str, model: &str) -> Self {
        EngineUsed {
            engine: format!("llm:{provider}/{model}"),
            fallback_reason: None,
        }
    }
}
