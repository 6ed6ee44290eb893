//! The exercise runner: shows your progress through the book's exercises,
//! the next one to do, its file and its hint.
//!
//! ```text
//! cargo run -p exercises                  # progress, and the next exercise
//! cargo run -p exercises -- watch         # the same, again after every save
//! cargo run -p exercises -- list          # every exercise and its status
//! cargo run -p exercises -- hint 3        # the hint for exercise 3
//! cargo test -p exercises ex03            # exercise 3's tests, with cargo alone
//! cargo run -p exercises -- verify        # CI: stubs fail, solutions pass
//! ```
//!
//! The runner never compiles your code itself: it runs the exercises'
//! tests with `cargo test -p exercises` in strict mode and reads the report
//! (see `results.rs`). That is why a half-written exercise cannot stop the
//! runner from starting and showing you the compiler's message.

mod list;
mod report;
mod results;
mod verify;

use clap::{Parser, Subcommand};
use results::{Code, RunError, run_tests, summarize};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

/// Shows your progress through the book's exercises and the next one to do,
/// with its file, task and hint.
///
/// Each exercise is a file in crates/exercises/exercises/ with a todo!() to
/// replace. Its tests pass as "pending" until you start, so `cargo test`
/// stays green; this runner counts only the exercises whose tests all pass.
#[derive(Parser, Debug)]
#[command(after_help = "Examples:\n  \
        cargo run -p exercises\n  \
        cargo run -p exercises -- watch\n  \
        cargo run -p exercises -- hint 3\n  \
        cargo test -p exercises ex03\n\n\
        Bad arguments print one line starting with `error:` and exit with status 2.")]
struct Options {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show your progress and the next exercise (the default).
    Progress,
    /// Show your progress now and again each time you save an exercise file
    /// (Ctrl-C stops).
    Watch,
    /// List every exercise with its status.
    List,
    /// Show the hint for one exercise.
    Hint {
        /// The exercise's number (3) or name (stable_sigmoid).
        exercise: String,
    },
    /// For CI and maintainers: prove that every stub fails its tests and
    /// every solution passes them, clippy-clean. Run it on a clean checkout.
    Verify,
}

fn main() -> ExitCode {
    let options = match Options::try_parse() {
        Ok(options) => options,
        // --help and --version are not errors: clap prints them in full.
        Err(error) if !error.use_stderr() => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => return usage_error(&first_paragraph(&error.render().to_string())),
    };
    let root = workspace_root();
    match options.command.unwrap_or(Command::Progress) {
        Command::Progress => show_progress(&root),
        Command::Watch => watch(&root),
        Command::List => match run_tests(&root, Code::Exercises, true) {
            Ok(results) => {
                print!("{}", report::list(&summarize(&results).0));
                ExitCode::SUCCESS
            }
            Err(error) => run_error(&error),
        },
        Command::Hint { exercise } => match report::find_exercise(&exercise) {
            Ok(exercise) => {
                print!("{}", report::hint(exercise));
                ExitCode::SUCCESS
            }
            Err(message) => usage_error(&message),
        },
        Command::Verify => {
            if verify::verify(&root) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// Runs the tests once and prints the progress report.
fn show_progress(root: &Path) -> ExitCode {
    match run_tests(root, Code::Exercises, true) {
        Ok(results) => {
            let (summaries, others) = summarize(&results);
            print!("{}", report::progress(root, &summaries, &others));
            ExitCode::SUCCESS
        }
        Err(error) => run_error(&error),
    }
}

/// Shows the progress, then again whenever a file in `exercises/` changes.
fn watch(root: &Path) -> ExitCode {
    let directory = root.join("crates/exercises/exercises");
    let clear = std::io::stdout().is_terminal();
    loop {
        if clear {
            // Clear the screen and go to its top-left corner.
            print!("\x1b[2J\x1b[H");
        }
        let _ = show_progress(root);
        println!("\nWatching crates/exercises/exercises/ for changes. Ctrl-C stops.");
        let before = snapshot(&directory);
        while snapshot(&directory) == before {
            std::thread::sleep(Duration::from_millis(300));
        }
    }
}

/// Every file in `directory` with its modification time and length: when
/// this changes, a file was saved.
fn snapshot(directory: &Path) -> Vec<(PathBuf, Option<SystemTime>, u64)> {
    let mut files: Vec<_> = std::fs::read_dir(directory)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| {
            let metadata = entry.metadata().ok();
            (
                entry.path(),
                metadata.as_ref().and_then(|m| m.modified().ok()),
                metadata.map_or(0, |m| m.len()),
            )
        })
        .collect();
    files.sort();
    files
}

/// The workspace root: two levels above this crate.
fn workspace_root() -> PathBuf {
    // Cargo sets CARGO_MANIFEST_DIR when it runs us; the compile-time value
    // is the fallback for running the binary directly.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest_dir
        .ancestors()
        .nth(2)
        .map_or_else(|| manifest_dir.clone(), Path::to_path_buf)
}

fn run_error(error: &RunError) -> ExitCode {
    match error {
        RunError::Cargo(message) => eprintln!("error: {message}"),
        RunError::Build(output) => print!("{}", report::build_failure(output)),
    }
    ExitCode::FAILURE
}

/// clap's message without its hints: the lines up to the first blank one,
/// joined into one line.
fn first_paragraph(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect();
    lines.join(" ").trim_start_matches("error: ").to_owned()
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
