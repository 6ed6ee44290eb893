//! Running the exercises' tests and reading what they report.
//!
//! The runner does not load your code: it runs `cargo test -p exercises`
//! in strict mode (`NNBOOK_STRICT=1`) as a separate process and reads the
//! test harness's report, one `test <name> ... ok` line per test and a
//! `---- <name> stdout ----` section per failure. A test named
//! `ex03_stable_sigmoid::...` belongs to exercise 3.

use crate::list::{self, EXERCISES, Exercise, STRICT_VARIABLE, TODO_MARKER};
use std::io::IsTerminal;
use std::path::Path;
use std::process::Command;

/// Which code the tests run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Code {
    /// Your files, `exercises/*.rs`.
    Exercises,
    /// The reference solutions, `solutions/*.rs` (`--features solutions`).
    Solutions,
}

/// One test's result.
#[derive(Clone, Debug)]
pub(crate) struct TestResult {
    /// Its full name: `ex03_stable_sigmoid::special_values`.
    pub(crate) name: String,
    /// Whether it passed.
    pub(crate) passed: bool,
    /// What it printed when it failed (the panic message), else empty.
    pub(crate) output: String,
}

impl TestResult {
    /// Whether it failed only because the exercise reached `todo!()`.
    pub(crate) fn is_pending(&self) -> bool {
        !self.passed && self.output.contains(TODO_MARKER)
    }

    /// The test module it belongs to: `ex03_stable_sigmoid`.
    fn module(&self) -> &str {
        self.name.split("::").next().unwrap_or_default()
    }
}

/// Why the tests could not be run.
#[derive(Debug)]
pub(crate) enum RunError {
    /// cargo could not be started.
    Cargo(String),
    /// The code did not compile: cargo's own output, with the errors.
    Build(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Cargo(message) => f.write_str(message),
            Self::Build(output) => write!(f, "it does not compile:\n{output}"),
        }
    }
}

/// Runs the exercises' tests and returns every test's result.
///
/// # Errors
///
/// [`RunError`] when cargo cannot be started or the code does not compile.
pub(crate) fn run_tests(
    root: &Path,
    code: Code,
    strict: bool,
) -> Result<Vec<TestResult>, RunError> {
    let mut command = cargo(root, "test");
    command.args(["--test", "it"]);
    if code == Code::Solutions {
        command.args(["--features", "solutions"]);
    }
    // The harness's own colours would get in the way of reading its report;
    // backtraces would bury the messages.
    command.args(["--", "--color", "never"]);
    command.env("RUST_BACKTRACE", "0");
    if strict {
        command.env(STRICT_VARIABLE, "1");
    } else {
        command.env_remove(STRICT_VARIABLE);
    }
    let output = command
        .output()
        .map_err(|error| RunError::Cargo(format!("cannot run cargo: {error}")))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let results = parse_report(&stdout);
    if results.is_empty() {
        // Nothing ran: the test binary was never built.
        return Err(RunError::Build(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    Ok(results)
}

/// `cargo <subcommand> -p exercises` on the workspace at `root`, with
/// coloured compiler messages when we print to a terminal.
pub(crate) fn cargo(root: &Path, subcommand: &str) -> Command {
    // Cargo tells the programs it runs where it is.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.arg(subcommand);
    command.arg("--manifest-path").arg(root.join("Cargo.toml"));
    command.args(["-p", "exercises"]);
    let color = if std::io::stdout().is_terminal() {
        "always"
    } else {
        "never"
    };
    command.args(["--color", color]);
    command
}

/// Reads the test harness's report: the `test <name> ... <result>` lines,
/// then each failure's `---- <name> stdout ----` section.
pub(crate) fn parse_report(stdout: &str) -> Vec<TestResult> {
    let mut results: Vec<TestResult> = stdout
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("test ")?;
            let (name, result) = rest.rsplit_once(" ... ")?;
            let passed = match result {
                "ok" => true,
                "FAILED" => false,
                _ => return None,
            };
            Some(TestResult {
                name: name.to_owned(),
                passed,
                output: String::new(),
            })
        })
        .collect();
    // The harness reports tests as they finish, in no fixed order.
    results.sort_by(|a, b| a.name.cmp(&b.name));

    let mut current: Option<usize> = None;
    for line in stdout.lines() {
        if let Some(name) = line
            .strip_prefix("---- ")
            .and_then(|rest| rest.strip_suffix(" stdout ----"))
        {
            current = results.iter().position(|result| result.name == name);
        } else if line == "failures:" {
            current = None;
        } else if let Some(index) = current {
            results[index].output.push_str(line);
            results[index].output.push('\n');
        }
    }
    results
}

/// Where an exercise stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// Every test passes.
    Done,
    /// Not started: the tests reach `todo!()`, and none fails otherwise.
    Pending,
    /// Some test fails for another reason: a wrong answer, or a panic.
    Failing,
}

/// One exercise's tests, summed up.
#[derive(Clone, Debug)]
pub(crate) struct Summary {
    /// The exercise.
    pub(crate) exercise: &'static Exercise,
    /// Its tests.
    pub(crate) tests: Vec<TestResult>,
}

impl Summary {
    /// Where it stands.
    pub(crate) fn status(&self) -> Status {
        if self.failures().next().is_some() {
            Status::Failing
        } else if self.pending() > 0 {
            Status::Pending
        } else {
            Status::Done
        }
    }

    /// How many tests passed.
    pub(crate) fn passed(&self) -> usize {
        self.tests.iter().filter(|test| test.passed).count()
    }

    /// How many tests reached `todo!()`.
    pub(crate) fn pending(&self) -> usize {
        self.tests.iter().filter(|test| test.is_pending()).count()
    }

    /// The tests that failed for a reason other than `todo!()`.
    pub(crate) fn failures(&self) -> impl Iterator<Item = &TestResult> {
        self.tests
            .iter()
            .filter(|test| !test.passed && !test.is_pending())
    }
}

/// The results grouped by exercise, in exercise order, and the tests that
/// belong to no exercise (checks of the exercise list itself).
pub(crate) fn summarize(results: &[TestResult]) -> (Vec<Summary>, Vec<TestResult>) {
    let summaries = EXERCISES
        .iter()
        .map(|exercise| {
            let module = exercise.test_module();
            Summary {
                exercise,
                tests: results
                    .iter()
                    .filter(|test| test.module() == module)
                    .cloned()
                    .collect(),
            }
        })
        .collect();
    let others = results
        .iter()
        .filter(|test| list::by_test_module(test.module()).is_none())
        .cloned()
        .collect();
    (summaries, others)
}

/// The first file of ours that a build failure's messages point at
/// (`--> crates/exercises/exercises/03_stable_sigmoid.rs:12:5`).
pub(crate) fn file_with_error(cargo_output: &str) -> Option<String> {
    cargo_output.lines().find_map(|line| {
        let location = line.trim_start().strip_prefix("--> ")?;
        let path = location.split(':').next()?;
        path.contains("crates/exercises/").then(|| path.to_owned())
    })
}
