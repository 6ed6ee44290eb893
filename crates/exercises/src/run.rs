//! Building the exercises and running their tests, judged by exit status.
//!
//! One `cargo build --keep-going --test "*"` builds every exercise that
//! compiles and says, in JSON, where each test executable is or what the
//! compiler said. Then each test runs alone (`--exact NAME`), and its exit
//! status is the verdict: 0 passed, [`NOT_STARTED`] reached `todo!()` (see
//! `tests/support/mod.rs`), anything else failed.

use crate::info::{Exercise, Info};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The exit status of a test whose exercise reached `todo!()`: the same
/// number as `NOT_STARTED` in `tests/support/mod.rs`.
pub(crate) const NOT_STARTED: i32 = 3;

/// How one test went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    Passed,
    NotStarted,
    Failed,
}

/// Reads a test process's exit status (`None` when a signal killed it).
pub(crate) fn classify(code: Option<i32>) -> Outcome {
    match code {
        Some(0) => Outcome::Passed,
        Some(NOT_STARTED) => Outcome::NotStarted,
        _ => Outcome::Failed,
    }
}

/// One test: its name, how it went, and what it wrote to stderr.
#[derive(Clone, Debug)]
pub(crate) struct TestRun {
    pub(crate) name: String,
    pub(crate) outcome: Outcome,
    pub(crate) stderr: String,
}

/// One exercise's result: its tests, or the compiler's errors.
pub(crate) type Judged = Result<Vec<TestRun>, String>;

/// Where an exercise stands. A wrong answer outweighs a `todo!()`: it is
/// what to fix first.
pub(crate) fn status(judged: &Judged) -> &'static str {
    let any = |outcome| count(judged, outcome) > 0;
    match judged {
        Err(_) => "does not compile",
        Ok(tests) if tests.is_empty() || any(Outcome::Failed) => "failing",
        Ok(_) if any(Outcome::NotStarted) => "not started",
        Ok(_) => "done",
    }
}

/// How many of an exercise's tests had `outcome`.
pub(crate) fn count(judged: &Judged, outcome: Outcome) -> usize {
    judged
        .iter()
        .flatten()
        .filter(|test| test.outcome == outcome)
        .count()
}

/// Builds and tests every exercise: your files, or with `solutions` the
/// reference solutions. Fails only when cargo cannot be started.
pub(crate) fn judge_all(root: &Path, info: &Info, solutions: bool) -> Result<Vec<Judged>, String> {
    let terminal = std::io::stdout().is_terminal();
    let json = if terminal {
        "json-diagnostic-rendered-ansi"
    } else {
        "json"
    };
    let mut build = cargo(root, "build");
    build.args(["--keep-going", "--test", "*", "--message-format", json]);
    if solutions {
        build.args(["--features", "solutions"]);
    }
    let output = build
        .output()
        .map_err(|error| format!("cannot run cargo: {error}"))?;
    let mut built = read_build(&String::from_utf8_lossy(&output.stdout));
    let crate_dir = root.join("crates/exercises");
    let mut judge = |exercise: &Exercise| match built.remove(&exercise.stem()) {
        Some(Ok(executable)) => Ok(run_tests(&executable, &crate_dir)),
        Some(Err(errors)) => Err(errors),
        // No error of its own: something it depends on does not compile.
        None => Err(String::from_utf8_lossy(&output.stderr).into_owned()),
    };
    Ok(info.exercises.iter().map(&mut judge).collect())
}

/// Reads cargo's JSON messages: each test target's executable, or the
/// compiler's errors when it did not compile.
pub(crate) fn read_build(json_lines: &str) -> BTreeMap<String, Result<PathBuf, String>> {
    let mut built = BTreeMap::new();
    for message in json_lines
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
    {
        let Some(target) = message["target"]["name"].as_str() else {
            continue;
        };
        if let Some(executable) = message["executable"].as_str() {
            built.insert(target.to_owned(), Ok(PathBuf::from(executable)));
        } else if message["message"]["level"] == "error" {
            let text = message["message"]["rendered"].as_str().unwrap_or_default();
            let entry = built
                .entry(target.to_owned())
                .or_insert_with(|| Err(String::new()));
            if let Err(errors) = entry {
                // A test target reaches your file as `tests/../exercises/...`.
                errors.push_str(&text.replace("tests/../", ""));
            }
        }
    }
    built
}

/// Runs each test of a test executable alone, as `cargo test` would: from
/// the crate's directory.
fn run_tests(executable: &Path, crate_dir: &Path) -> Vec<TestRun> {
    let run = |args: &[&str]| {
        let mut command = Command::new(executable);
        command
            .args(args)
            .current_dir(crate_dir)
            .env("RUST_BACKTRACE", "0")
            .output()
    };
    let listed = run(&["--list", "--format", "terse"]).map(|listed| listed.stdout);
    let listed = String::from_utf8_lossy(listed.as_deref().unwrap_or_default()).into_owned();
    let names = listed
        .lines()
        .filter_map(|line| line.strip_suffix(": test"));
    let test = |name: &str| {
        let output = run(&["--exact", name, "--nocapture"]);
        let (code, stderr) =
            output.map_or((None, Vec::new()), |out| (out.status.code(), out.stderr));
        let stderr = String::from_utf8_lossy(&stderr).into_owned();
        TestRun {
            name: name.to_owned(),
            outcome: classify(code),
            stderr,
        }
    };
    names.map(test).collect()
}

/// `cargo <subcommand> -p exercises` on the workspace at `root`.
pub(crate) fn cargo(root: &Path, subcommand: &str) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.args([subcommand, "-p", "exercises", "--manifest-path"]);
    command.arg(root.join("Cargo.toml"));
    command
}
