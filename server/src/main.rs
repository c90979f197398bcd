use clap::Parser;
use server::cli::{Cli, Command, EXIT_BAD_INPUT, EXIT_FAILURE};
use server::config::Config;
use std::io::Write;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: a page render allocates many small strings, and
/// glibc's malloc took a third of the server's CPU under load and kept freed memory in per-thread
/// arenas (the SQLite driver runs a thread per connection).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Threads for blocking work (file reads of static files, password hashing, zips): tokio's
/// default allows 512. Under 200 connections asking for a static file the pool grew to 180
/// threads, and the memory each thread's allocator heap kept took the server from 47 to 144 MiB;
/// a handful of threads serves the same files as fast, since the reads hit the OS page cache.
fn max_blocking_threads() -> usize {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    (cores * 4).clamp(4, 32)
}

fn main() -> ExitCode {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(max_blocking_threads())
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(e) => {
            eprintln!("cannot start the async runtime: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

async fn run() -> ExitCode {
    // A missing .env is normal; a malformed one is worth saying.
    if let Err(e) = dotenvy::dotenv() {
        if !e.not_found() {
            eprintln!("configuration error: .env could not be read: {e}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    }
    let cli = Cli::parse();
    let mut config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    // `jobintel run` shows its own progress; only warnings are logged unless LOG_LEVEL says otherwise.
    if matches!(cli.command, Some(Command::Run(_) | Command::Eval(_)))
        && std::env::var_os("LOG_LEVEL").is_none()
    {
        config.log_level = "warn".into();
    }
    server::telemetry::init(&config);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Import { file } => report(server::cli::import(&config, &file).await, "import"),
        Command::Backup { dir, keep } => {
            report(server::cli::backup(&config, dir, keep).await, "backup")
        }
        Command::Restore { file } => report(server::cli::restore(&config, &file).await, "restore"),
        Command::Eval(args) => report(server::cli::eval(&args).await, "eval"),
        Command::Migrate { from, to, restart } => {
            report(server::cli::migrate(&from, &to, restart).await, "migrate")
        }
        Command::Precompress { site_root } => {
            let root = site_root.unwrap_or_else(|| {
                std::env::var_os("LEPTOS_SITE_ROOT")
                    .map_or_else(|| "target/site".into(), std::path::PathBuf::from)
            });
            report(
                server::routes::assets::precompress(&root)
                    .map(|n| format!("{n} compressed files written under {}", root.display()))
                    .map_err(|e| (EXIT_FAILURE, e.to_string())),
                "precompress",
            )
        }
        Command::Run(args) => report(server::cli::run(&config, &args).await, "run"),
    }
}

async fn serve(config: Config) -> ExitCode {
    let addr = config.site_addr;
    let built = match server::app::build(config).await {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    if let Some(pw) = built.generated_password {
        // Printed once, to the terminal only: it is stored as an argon2id hash and never logged.
        eprintln!(
            "\n  No LOGIN_PASSWORD was set, so one was generated. Log in with:\n\n      {pw}\n\n  It is shown only now. Set LOGIN_PASSWORD to choose your own.\n"
        );
    }
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cannot listen on {addr}: {e}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    tracing::info!(%addr, "jobintel listening on http://{addr}");
    let served = server::app::serve(listener, built.router, built.stop.clone()).await;
    built.stop.cancel();
    let _ = built.runner_task.await;
    if let Some(task) = built.backup_task {
        let _ = task.await;
    }
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "server stopped with an error");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// Prints a command's summary, or its error and exit code. A closed stdout (`jobintel eval |
/// head`) ends the print quietly: `println!` panicked there with a backtrace. Any other failure
/// to write (a full disk) is an error.
fn report(result: Result<String, (u8, String)>, what: &str) -> ExitCode {
    match result {
        Ok(summary) => match writeln!(std::io::stdout().lock(), "{summary}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{what}: the summary could not be written: {e}");
                ExitCode::from(EXIT_FAILURE)
            }
        },
        Err((code, msg)) => {
            eprintln!("{what} failed: {msg}");
            ExitCode::from(code)
        }
    }
}
