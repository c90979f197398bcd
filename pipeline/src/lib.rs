//! The jobintel domain engine: the job model, the level-2 import rules, the candidate files and the
//! `Store` with its backends. No web code lives here: the server and the CLI both call into it.

pub mod artifacts;
pub mod backup;
pub mod candidate;
pub mod demo;
pub mod docx;
pub mod error;
pub mod eval;
pub mod gate;
pub mod ids;
pub mod import;
pub mod job;
pub mod layers;
pub mod llm;
pub mod report;
pub mod research;
pub mod run;
pub mod store;
pub mod text;

pub use error::{Error, Result};
