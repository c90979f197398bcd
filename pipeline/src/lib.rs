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

#[cfg(test)]
mod source_tests {
    /// Every `.rs` file under `dir`, recursively.
    fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir)
            .expect("readable source dir")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// No control character but newline and tab in the sources: a backspace written where a
    /// regex meant `\b` (a script's "\b" turned into one) matched nothing, silently, for months
    /// ("Examples include:" was never read as introducing examples).
    #[test]
    fn sources_hold_no_control_characters() {
        let mut files = Vec::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        assert!(files.len() > 20, "{files:?}");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("UTF-8 source");
            if let Some((n, line)) = text
                .lines()
                .enumerate()
                .find(|(_, l)| l.chars().any(|c| c.is_control() && c != '\t'))
            {
                panic!("{}:{}: {line:?}", file.display(), n + 1);
            }
        }
    }
}
