//! Command-line interface: `serve` (the default) and `import FILE`.

use crate::config::Config;
use clap::{Parser, Subcommand};
use pipeline::candidate::Candidate;
use pipeline::layers::JobInput;
use pipeline::llm::LlmEngine;
use pipeline::run::{LayerEvent, Observer, RunOptions};
use pipeline::store::Store;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

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
    /// Run the pipeline on a job file or a stored job and write the application files.
    Run(RunArgs),
    /// Write a consistent copy of the store (safe while the server runs); keeps the newest KEEP.
    Backup {
        /// Folder of the backups (default: BACKUP_DIR).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// How many backups to keep (default: BACKUP_KEEP).
        #[arg(long)]
        keep: Option<usize>,
    },
    /// Score the offline pipeline against a recruiter's labels (`make eval`).
    Eval(EvalArgs),
    /// Copy everything (jobs with history and outputs, the candidate files, runs, events, costs)
    /// from one store to another. Idempotent; an interrupted copy goes on where it stopped.
    Migrate {
        /// The store to copy from (a DATABASE_URL, e.g. sqlite://./data/jobintel.db).
        #[arg(long)]
        from: String,
        /// The store to copy into (created if it is a new SQLite file).
        #[arg(long)]
        to: String,
        /// Copy everything again, ignoring what an earlier copy into this store got through.
        #[arg(long)]
        restart: bool,
    },
    /// Replace the store with a backup. Stop the server first.
    Restore {
        /// A backup file written by `jobintel backup`.
        file: PathBuf,
    },
    /// Write brotli and gzip copies of the site's static files (a build step; `make build` runs it).
    Precompress {
        /// The site folder cargo-leptos wrote (default: LEPTOS_SITE_ROOT, else target/site).
        site_root: Option<PathBuf>,
    },
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Label files (JSON arrays; see shared/corpus/labels/README.md).
    #[arg(long = "labels", num_args = 1.., default_values = ["../shared/corpus/labels/dev-A.json", "../shared/corpus/labels/dev-B.json"])]
    pub labels: Vec<PathBuf>,
    /// The level-2 JSON file holding the labelled postings.
    #[arg(long, default_value = "../shared/corpus/jobs-dev.json")]
    pub jobs: PathBuf,
    #[arg(long, default_value = "../shared/fixtures/master-cv.md")]
    pub profile: PathBuf,
    #[arg(long, default_value = "../shared/fixtures/knowledge-base.md")]
    pub kb: PathBuf,
    /// Also print one line per posting: our score and knock-outs against the label's.
    #[arg(long)]
    pub verbose: bool,
}

/// A candidate file as text: Markdown or plain text, a JSON Resume or a .docx.
fn read_cv_file(path: &PathBuf) -> Result<String, (u8, String)> {
    let bytes = std::fs::read(path).map_err(|e| {
        (
            EXIT_BAD_INPUT,
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    pipeline::candidate::files::cv_text(&bytes, &path.display().to_string())
        .map_err(|e| (EXIT_BAD_INPUT, format!("{}: {e}", path.display())))
}

/// `jobintel eval`.
pub async fn eval(args: &EvalArgs) -> Result<String, (u8, String)> {
    let read = |p: &PathBuf| {
        std::fs::read(p).map_err(|e| (EXIT_BAD_INPUT, format!("cannot read {}: {e}", p.display())))
    };
    let mut labels = Vec::new();
    for file in &args.labels {
        labels.extend(
            pipeline::eval::parse_labels(&read(file)?)
                .map_err(|e| (EXIT_BAD_INPUT, format!("{}: {e}", file.display())))?,
        );
    }
    let jobs = pipeline::import::parse_upload(&read(&args.jobs)?)
        .map_err(|e| (EXIT_BAD_INPUT, e.to_string()))?;
    let text = |p: &PathBuf| read(p).map(|b| String::from_utf8_lossy(&b).into_owned());
    let candidate = Candidate::from_texts(&read_cv_file(&args.profile)?, &text(&args.kb)?)
        .map_err(|e| (EXIT_BAD_INPUT, e.to_string()))?;
    let (report, lines) =
        pipeline::eval::run(&jobs, &labels, &candidate, pipeline::ids::now().year())
            .await
            .map_err(|e| (EXIT_BAD_INPUT, e))?;
    let mut out = String::new();
    if args.verbose {
        out.push_str("ours vs label\n");
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&report.to_string());
    Ok(out)
}

/// `jobintel migrate --from URL --to URL`.
pub async fn migrate(from: &str, to: &str, restart: bool) -> Result<String, (u8, String)> {
    let source = pipeline::migrate::redact_url(from);
    if source == pipeline::migrate::redact_url(to) {
        return Err((EXIT_BAD_INPUT, "--from and --to name the same store".into()));
    }
    let open = |url: &str| {
        let url = url.to_string();
        async move {
            crate::backend::open(&url).await.map_err(|e| {
                (
                    EXIT_BAD_INPUT,
                    format!("{}: {e}", pipeline::migrate::redact_url(&url)),
                )
            })
        }
    };
    let (a, b) = (open(from).await?, open(to).await?);
    let opts = pipeline::migrate::MigrateOptions {
        source,
        restart,
        max_batches: None,
    };
    let r = pipeline::migrate::copy(a.as_ref(), b.as_ref(), &opts)
        .await
        .map_err(|e| (EXIT_FAILURE, e.to_string()))?;
    Ok(format!(
        "copied {} jobs, {} runs with {} events, {} new cost records, {} new document versions{}{}",
        r.jobs,
        r.runs,
        r.events,
        r.costs,
        r.versions,
        if r.profile {
            ", the candidate files"
        } else {
            ""
        },
        if r.resumed {
            " (went on from an earlier copy; --restart copies everything again)"
        } else {
            ""
        }
    ))
}

/// `jobintel backup`.
pub async fn backup(
    config: &Config,
    dir: Option<PathBuf>,
    keep: Option<usize>,
) -> Result<String, (u8, String)> {
    let store = crate::backend::open(&config.database_url)
        .await
        .map_err(|e| (EXIT_FAILURE, e.to_string()))?;
    let dir = dir.unwrap_or_else(|| config.backup_dir.clone());
    let path = crate::backend::backup(&store, &dir, keep.unwrap_or(config.backup_keep))
        .await
        .map_err(|e| (EXIT_FAILURE, e.to_string()))?;
    Ok(format!("backup written to {}", path.display()))
}

/// `jobintel restore FILE`.
pub async fn restore(config: &Config, file: &std::path::Path) -> Result<String, (u8, String)> {
    let db = store_sqlite::database_file(&config.database_url)
        .map_err(|e| (EXIT_BAD_INPUT, e.to_string()))?;
    store_sqlite::restore(file, &db)
        .await
        .map_err(|e| match e {
            pipeline::Error::InvalidInput(m) => (EXIT_BAD_INPUT, m),
            other => (EXIT_FAILURE, other.to_string()),
        })?;
    Ok(format!("restored {} into {}", file.display(), db.display()))
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// A level-2 JSON file (one document, or an array: each is run).
    #[arg(long, conflicts_with = "job_id", required_unless_present = "job_id")]
    pub job: Option<PathBuf>,
    /// The id of a stored job; its outputs, fit score and status are saved on it.
    #[arg(long)]
    pub job_id: Option<String>,
    /// Master CV (Markdown, plain text, JSON Resume or .docx); default: the stored candidate profile.
    #[arg(long, requires = "kb")]
    pub profile: Option<PathBuf>,
    /// Knowledge base of STAR records (Markdown); default: the stored candidate profile.
    #[arg(long, requires = "profile")]
    pub kb: Option<PathBuf>,
    /// Root folder of the application files.
    #[arg(long, default_value = "applications")]
    pub out: PathBuf,
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
    let store = crate::backend::open(&config.database_url)
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

/// Progress per layer: bars on a terminal, one plain line per event otherwise.
struct CliProgress {
    bars: Option<(
        indicatif::MultiProgress,
        std::sync::Mutex<
            std::collections::HashMap<pipeline::layers::Layer, indicatif::ProgressBar>,
        >,
    )>,
}

impl CliProgress {
    fn new() -> Self {
        let bars = std::io::stderr().is_terminal().then(|| {
            (
                indicatif::MultiProgress::new(),
                std::sync::Mutex::new(std::collections::HashMap::new()),
            )
        });
        CliProgress { bars }
    }
}

impl Observer for CliProgress {
    fn event(&self, event: &LayerEvent) {
        match (&self.bars, event) {
            (Some((multi, map)), LayerEvent::Started { layer }) => {
                let bar = multi.add(indicatif::ProgressBar::new_spinner());
                bar.set_message(format!("{layer:<12} running"));
                bar.enable_steady_tick(std::time::Duration::from_millis(100));
                map.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(*layer, bar);
            }
            (
                Some((multi, map)),
                LayerEvent::Finished {
                    layer,
                    ms,
                    engine,
                    resumed,
                },
            ) => {
                let mut map = map.lock().unwrap_or_else(|p| p.into_inner());
                let bar = map
                    .remove(layer)
                    .unwrap_or_else(|| multi.add(indicatif::ProgressBar::new_spinner()));
                let how = if *resumed {
                    "resumed".to_string()
                } else {
                    format!("{ms} ms")
                };
                bar.finish_with_message(format!("{layer:<12} done ({how}, {engine})"));
            }
            (None, LayerEvent::Started { layer }) => eprintln!("layer {layer}: started"),
            (
                None,
                LayerEvent::Finished {
                    layer,
                    ms,
                    engine,
                    resumed,
                },
            ) => {
                eprintln!(
                    "layer {layer}: finished in {ms} ms ({engine}{})",
                    if *resumed { ", resumed" } else { "" }
                )
            }
        }
    }
}

/// `jobintel run`: returns the summary printed on stdout.
pub async fn run(config: &Config, args: &RunArgs) -> Result<String, (u8, String)> {
    let settings = config.llm.clone();
    let needs_store = args.job_id.is_some() || args.profile.is_none() || !settings.is_offline();
    let store: Option<Arc<dyn Store>> = if needs_store {
        Some(
            crate::backend::open(&config.database_url)
                .await
                .map_err(|e| (EXIT_FAILURE, e.to_string()))?,
        )
    } else {
        None
    };
    let candidate = match (&args.profile, &args.kb, &store) {
        (Some(cv), Some(kb), _) => {
            let kb = std::fs::read_to_string(kb)
                .map_err(|e| (EXIT_BAD_INPUT, format!("cannot read {}: {e}", kb.display())))?;
            Candidate::from_texts(&read_cv_file(cv)?, &kb)
                .map_err(|e| (EXIT_BAD_INPUT, e.to_string()))?
        }
        (_, _, Some(store)) => {
            let p = store
                .get_profile()
                .await
                .map_err(|e| (EXIT_FAILURE, e.to_string()))?
                .ok_or((EXIT_BAD_INPUT, "no master CV: pass --profile and --kb, or save a profile on the Candidate page".to_string()))?;
            Candidate::from_texts(&p.master_cv, &p.knowledge_base)
                .map_err(|e| (EXIT_BAD_INPUT, e.to_string()))?
        }
        _ => return Err((EXIT_BAD_INPUT, "pass --profile and --kb".into())),
    };
    let jobs: Vec<pipeline::job::NewJob> = match (&args.job, &args.job_id) {
        (Some(file), _) => {
            let bytes = std::fs::read(file).map_err(|e| {
                (
                    EXIT_BAD_INPUT,
                    format!("cannot read {}: {e}", file.display()),
                )
            })?;
            pipeline::import::parse_upload(&bytes).map_err(|e| (EXIT_BAD_INPUT, e.to_string()))?
        }
        (None, Some(id)) => {
            let store = store
                .as_ref()
                .ok_or((EXIT_FAILURE, "no store".to_string()))?;
            let job = store
                .get_job(id)
                .await
                .map_err(|e| (EXIT_FAILURE, e.to_string()))?
                .ok_or_else(|| (EXIT_BAD_INPUT, format!("no job with id {id}")))?;
            vec![job.doc]
        }
        (None, None) => return Err((EXIT_BAD_INPUT, "pass --job FILE or --job-id ID".into())),
    };
    let limiter = pipeline::research::limiter(settings.scrape_per_minute);
    let mut summary = Vec::new();
    for job in &jobs {
        let llm = LlmEngine::for_run(&settings, store.clone(), None).await;
        let opts = RunOptions {
            out_dir: Some(args.out.clone()),
            llm,
            web: pipeline::research::WebResearch::configured(
                &settings,
                limiter.clone(),
                store.clone(),
            ),
            ..RunOptions::default()
        };
        let started = std::time::Instant::now();
        let out = pipeline::run::run(&JobInput::from(job), &candidate, &opts, &CliProgress::new())
            .await
            .map_err(|e| (EXIT_FAILURE, e.to_string()))?;
        if let (Some(store), Some(_)) = (&store, &args.job_id) {
            pipeline::run::save_to_store(store.as_ref(), &job.id, &out)
                .await
                .map_err(|e| (EXIT_FAILURE, e.to_string()))?;
        }
        let published = out.published.as_ref();
        summary.push(format!(
            "{} at {}: fit {}/100 ({}, {:?}), {} in {} ms -> {}",
            job.title,
            job.company,
            out.fit.fit_score,
            out.fit.tier,
            out.fit.advice,
            published
                .map(|p| p.status.as_str())
                .unwrap_or("not published"),
            started.elapsed().as_millis(),
            published.map(|p| p.dir.as_str()).unwrap_or("-"),
        ));
        for v in &out.gate.violations {
            summary.push(format!(
                "  needs review: [{}/{}] {}",
                v.document, v.kind, v.detail
            ));
        }
    }
    Ok(summary.join("\n"))
}
