//! One LLM-capable layer in one place: the question it asks, the reply it expects (a typed struct
//! read with serde), and the acceptance check that turns a reply into the layer's output or refuses
//! it. [`LlmEngine::refine`](super::LlmEngine::refine) does everything else (routing, budget,
//! retries, repair, caching, cost records, the offline fallback), so adding a layer is one
//! `impl LlmLayer` beside the layer's own code.

use crate::store::CacheSpace;
use serde::de::DeserializeOwned;
use types::{EngineUsed, Layer};

pub trait LlmLayer: Sync {
    /// The layer's output, which the offline engine also produces.
    type Output: Send;
    /// The model's JSON reply, as a type.
    type Reply: DeserializeOwned;
    const LAYER: Layer;
    /// The system message: the model's role and its one rule (grounding).
    const SYSTEM: &'static str;
    const MAX_TOKENS: u32;

    /// The user message.
    fn prompt(&self) -> String;

    /// The output the reply gives, or why the reply is not acceptable (the offline output is used
    /// then, with the reason).
    fn accept(&self, reply: Self::Reply, engine: EngineUsed) -> Result<Self::Output, String>;

    /// Records which engine produced an output (the fallback reason, when the offline one did).
    fn set_engine(out: &mut Self::Output, engine: EngineUsed);

    /// Where a reply may be cached, and under which key (without the model, which is added), for
    /// layers whose answer depends only on what the key names.
    fn cache(&self) -> Option<(CacheSpace, String)> {
        None
    }
}
