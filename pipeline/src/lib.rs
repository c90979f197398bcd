//! The jobintel domain engine: the job model, the level-2 import rules, the candidate files and the
//! `Store` with its backends. No web code lives here: the server and the CLI both call into it.

pub mod candidate;
pub mod demo;
pub mod error;
pub mod ids;
pub mod import;
pub mod job;
pub mod store;

pub use error::{Error, Result};
