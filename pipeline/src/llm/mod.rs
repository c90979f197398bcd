//! LLM providers behind one trait (OpenAI-compatible chat completions and Anthropic Messages), the
//! per-layer LLM engine with budgets, retries and cost records, and configuration.

pub mod anthropic;
pub mod cost;
mod engine;
pub mod json;
pub mod layer;
pub mod openai;
pub mod provider;
pub mod routing;
pub mod settings;

pub use engine::{locate, LlmEngine, MAX_PROMPT_JD};
pub use layer::LlmLayer;
pub use provider::{ChatRequest, ChatResponse, LlmError, Provider};
pub use settings::LlmSettings;
