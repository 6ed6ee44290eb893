//! Building the exercises and running their tests. `cargo build --keep-going` builds every exercise
//! that compiles and tells in JSON where each test executable is, or the compiler's errors. Then
//! each test runs alone; its exit status is the verdict: 0 passed, [`NOT_STARTED`], else failed.

use crate::info::Info;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The exit status of a test that reached `todo!()`, as `NOT_STARTED` in `tests/support/mod.rs`.
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

/// One test: its name, how it went, and its log: what it wrote to stderr.
#[derive(Clone, Debug)]
pub(crate) struct TestRun {
    pub(crate) name: String,
    pub(crate) outcome: Outcome,
    pub(crate) log: String,
}

/// One exercise's result: its tests, or the compiler's errors.
pub(crate) type Judged = Result<Vec<TestRun>, String>;

/// Where an exercise stands. A wrong answer outweighs a `todo!()`: it is what to fix first.
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
    let tests = judged.iter().flatten();
    tests.filter(|test| test.outcome == outcome).count()
}

/// Builds the test targets that `args` select (`--test=*`: all) and runs each exercise's tests,
/// or gives its compiler errors; `wrong_answer` is a file to build instead of the stub, with
/// `--features=wrong-answer`. Fails only when cargo cannot be started.
pub(crate) fn judge_all(
    root: &Path,
    info: &Info,
    args: &[&str],
    wrong_answer: Option<&Path>,
) -> Result<Vec<Judged>, String> {
    let mut build = cargo(root, "build");
    build.args(["-q", "--keep-going", "--message-format=json"]);
    build.args(args);
    build.envs(wrong_answer.map(|file| ("NNBOOK_WRONG_ANSWER", file)));
    let output = build.output().map_err(|e| format!("cargo: {e}"))?;
    let mut built = read_build(&String::from_utf8_lossy(&output.stdout));
    // No executable and no error of its own: code it depends on fails. Show every error.
    let all_errors: String = built.values().filter_map(|t| t.clone().err()).collect();
    let all_errors = all_errors + &String::from_utf8_lossy(&output.stderr);
    let mut judged = Vec::new();
    for exercise in &info.exercises {
        judged.push(match built.remove(&exercise.stem()) {
            Some(Ok(executable)) => Ok(run_tests(&executable, &root.join("crates/exercises"))),
            Some(Err(errors)) => Err(errors),
            None => Err(all_errors.clone()),
        });
    }
    Ok(judged)
}

/// Reads cargo's JSON messages: each test target's executable, or else the compiler's errors.
pub(crate) fn read_build(json_lines: &str) -> BTreeMap<String, Result<PathBuf, String>> {
    let mut built = BTreeMap::new();
    for line in json_lines.lines() {
        let message: Value = serde_json::from_str(line).unwrap_or_default();
        let (target, executable) = (&message["target"]["name"], &message["executable"]);
        let (Some(target), level) = (target.as_str(), &message["message"]["level"]) else {
            continue;
        };
        if let Some(executable) = executable.as_str() {
            built.insert(target.to_owned(), Ok(PathBuf::from(executable)));
        } else if level == "error" {
            let errors = built.entry(target.to_owned()).or_insert(Err(String::new()));
            let text = message["message"]["rendered"].as_str().unwrap_or_default();
            // A test target reaches your file as `tests/../exercises/...`.
            if let Err(errors) = errors {
                errors.push_str(&text.replace("tests/../", ""));
            }
        }
    }
    built
}

/// Runs each test of a test executable alone, from the crate's directory as `cargo test` does.
fn run_tests(executable: &Path, crate_dir: &Path) -> Vec<TestRun> {
    let run = |args: &[&str]| {
        let mut command = Command::new(executable);
        command.args(args).current_dir(crate_dir);
        command.env("RUST_BACKTRACE", "0").output().ok()
    };
    let listed = run(&["--list", "--format=terse"]).map(|out| out.stdout);
    let listed = String::from_utf8(listed.unwrap_or_default()).unwrap_or_default();
    let mut tests = Vec::new();
    let names = listed.lines().filter_map(|l| l.strip_suffix(": test"));
    for name in names {
        let output = run(&["--exact", name, "--nocapture"]);
        let outcome = classify(output.as_ref().and_then(|out| out.status.code()));
        let log = output.map(|out| String::from_utf8_lossy(&out.stderr).into_owned());
        let (name, log) = (name.to_owned(), log.unwrap_or_default());
        tests.push(TestRun { name, outcome, log });
    }
    tests
}

/// `cargo <subcommand> -p exercises` on the workspace at `root`.
pub(crate) fn cargo(root: &Path, subcommand: &str) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or("cargo".into()));
    command.args([subcommand, "-p", "exercises", "--manifest-path"]);
    command.arg(root.join("Cargo.toml"));
    command
}
