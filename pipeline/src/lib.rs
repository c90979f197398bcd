//! The jobintel domain engine: the import rules, the candidate files, the layers and the run of the
//! pipeline. No web code and no database driver live here: it reads and writes through the `store`
//! crate's trait, and the server and the CLI both call into it.

pub mod alerts;
pub mod artifacts;
pub mod candidate;
pub mod config;
pub mod demo;
pub mod docx;
pub mod edit;
pub mod eval;
pub mod import;
pub mod layers;
pub mod limits;
pub mod llm;
pub mod matching;
pub mod output;
pub mod pdf;
pub mod research;
pub mod review;
pub mod run;
pub mod text;

/// The persistence trait and its records (the `store` crate).
pub use ::store;
pub use layers::publish::{gate, report};
pub use store::{backup, ids, migrate, Error, Result};
pub use types::job;
