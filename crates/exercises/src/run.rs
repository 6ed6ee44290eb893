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

/// Each test target built: its executable, or the compiler's errors.
type Built = BTreeMap<String, Result<PathBuf, String>>;

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

/// Builds and tests every exercise (or solution). Fails only when cargo cannot be started.
pub(crate) fn judge_all(root: &Path, info: &Info, solutions: bool) -> Result<Vec<Judged>, String> {
    let features = solutions.then_some("--features=solutions");
    let (mut built, all_errors) = build(root, ["--test=*"].into_iter().chain(features), None)?;
    let judged = info
        .exercises
        .iter()
        .map(|e| judge(root, built.remove(&e.stem()), &all_errors));
    Ok(judged.collect())
}

/// Builds one exercise's tests around the wrong answer in `file` and runs them.
pub(crate) fn judge_wrong_answer(root: &Path, stem: &str, file: &Path) -> Judged {
    let target = format!("--test={stem}");
    let args = [target.as_str(), "--features=wrong-answer"];
    let (mut built, all_errors) = build(root, args, Some(file))?;
    judge(root, built.remove(stem), &all_errors)
}

/// Runs a built test target's tests, or gives its errors (or, with no errors of its own, all).
fn judge(root: &Path, built: Option<Result<PathBuf, String>>, all_errors: &str) -> Judged {
    match built {
        Some(Ok(executable)) => Ok(run_tests(&executable, &root.join("crates/exercises"))),
        Some(Err(errors)) => Err(errors),
        None => Err(all_errors.to_owned()),
    }
}

/// `cargo build` with `args`: each target's executable or errors, and every error as one text.
fn build<'a>(
    root: &Path,
    args: impl IntoIterator<Item = &'a str>,
    wrong_answer: Option<&Path>,
) -> Result<(Built, String), String> {
    let mut build = cargo(root, "build");
    build
        .args(["-q", "--keep-going", "--message-format=json"])
        .args(args);
    if let Some(file) = wrong_answer {
        build.env("NNBOOK_WRONG_ANSWER", file);
    }
    let output = build.output().map_err(|e| format!("cargo: {e}"))?;
    let built = read_build(&String::from_utf8_lossy(&output.stdout));
    // No executable and no error of its own: code it depends on fails. Show every error.
    let all_errors: String = built.values().filter_map(|t| t.clone().err()).collect();
    Ok((built, all_errors + &String::from_utf8_lossy(&output.stderr)))
}

/// Reads cargo's JSON messages: each test target's executable, or else the compiler's errors.
pub(crate) fn read_build(json_lines: &str) -> Built {
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
