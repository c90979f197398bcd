//! The serde types that cross every boundary of jobintel: the store, the pipeline, the server and
//! the browser's wasm build, so a status or a layer is one type everywhere and a renamed field fails
//! to compile instead of blanking a page. Nothing here does I/O.

pub mod document;
pub mod engine;
pub mod job;
pub mod layer;
pub mod profile;
pub mod run;

pub use document::{DocKind, DocVersion, Finding, NewVersion, VersionOrigin};
pub use engine::EngineUsed;
pub use layer::Layer;
pub use profile::CandidateProfile;
pub use run::{
    CostRecord, EventKind, LayerProgress, LayerState, Run, RunEvent, RunStatus, RunSummary,
};
