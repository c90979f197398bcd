//! Command-line interface: `serve` (the default) and `import FILE`.

use crate::config::Config;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "jobintel",
    version,
    about = "Self-hosted job intelligence: one binary, web app and pipeline"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web app (the default). Address from LEPTOS_SITE_ADDR, store from DATABASE_URL.
    Serve,
    /// Import jobs from a level-2 JSON file (one document or an array) into the store.
    Import {
        /// The JSON file.
        file: PathBuf,
    },
}

/// Exit codes: 0 success, 1 failure of the system (store, I/O), 2 bad input or configuration.
pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_BAD_INPUT: u8 = 2;

/// `jobintel import FILE`: prints what it did; the server may run on the same store meanwhile.
pub async fn import(config: &Config, file: &std::path::Path) -> Result<String, (u8, String)> {
    let bytes = std::fs::read(file).map_err(|e| {
        (
            EXIT_BAD_INPUT,
            format!("cannot read {}: {e}", file.display()),
        )
    })?;
    let jobs =
        pipeline::import::parse_upload(&bytes).map_err(|e| (EXIT_BAD_INPUT, e.to_string()))?;
    let store = pipeline::store::open(&config.database_url)
        .await
        .map_err(|e| (EXIT_FAILURE, e.to_string()))?;
    let total = jobs.len();
    let report = store
        .import_jobs(jobs)
        .await
        .map_err(|e| (EXIT_FAILURE, e.to_string()))?;
    let mut out = format!(
        "{} documents read, {} jobs imported, {} duplicates skipped",
        total,
        report.added,
        report.duplicates.len()
    );
    for d in report.duplicates.iter().take(20) {
        out.push_str(&format!(
            "\n  duplicate: {} at {} ({})",
            d.title, d.company, d.dedupe_key
        ));
    }
    if report.duplicates.len() > 20 {
        out.push_str(&format!("\n  … and {} more", report.duplicates.len() - 20));
    }
    Ok(out)
}
