//! `cargo run -p exercises -- verify`: CI's proof that the exercises work,
//! on a clean checkout. A stub's test may pass or reach `todo!()`, and one
//! must reach it; a test that fails otherwise is itself broken. The runner's
//! unit tests check that info.toml, the files and the book agree.

use crate::info::Info;
use crate::run::{self, Judged, Outcome};
use std::path::Path;

/// Runs every check and prints what it finds. Returns whether all passed.
pub(crate) fn verify(root: &Path, info: &Info) -> bool {
    let mut problems = Vec::new();
    let steps = [
        (
            false,
            "1/3: every stub fails its tests only by reaching todo!()",
        ),
        (
            true,
            "2/3: every solution passes every test (--features solutions)",
        ),
    ];
    for (solutions, step) in steps {
        println!("verify {step}");
        let kind = if solutions { "solution" } else { "stub" };
        let judged = run::judge_all(root, info, solutions);
        let judged = judged.unwrap_or_else(|error| vec![Err(error); info.exercises.len()]);
        for (judged, exercise) in judged.iter().zip(&info.exercises) {
            let failed = names(judged, Outcome::Failed);
            let todo = run::count(judged, Outcome::NotStarted);
            let wrong = match solutions {
                true => run::status(judged) != "done",
                false => !failed.is_empty() || todo == 0,
            };
            if wrong {
                let errors = judged.as_ref().err().map_or("", String::as_str);
                let failures = format!("{todo} tests reach todo!(), these fail: {failed:?}");
                let number = exercise.number;
                problems.push(format!("{kind} {number}: {failures}{errors}"));
            }
        }
    }
    println!("verify 3/3: stubs and solutions are clippy-clean and formatted");
    for command in [
        "clippy --all-targets -- -D warnings",
        "clippy --all-targets --features=solutions -- -D warnings",
        "fmt --check",
    ] {
        let (subcommand, args) = command.split_once(' ').unwrap_or_default();
        match run::cargo(root, subcommand).args(args.split(' ')).output() {
            Ok(output) if output.status.success() => {}
            Ok(output) => {
                let text = [output.stdout, output.stderr].concat();
                let text = String::from_utf8_lossy(&text);
                problems.push(format!("cargo {command} fails:\n{text}"));
            }
            Err(error) => problems.push(format!("cannot run cargo {command}: {error}")),
        }
    }
    let (found, count) = (problems.len(), info.exercises.len());
    println!("\nverify: {found} problem(s) in {count} exercises");
    for problem in &problems {
        println!("  - {problem}");
    }
    problems.is_empty()
}

/// The names of an exercise's tests that had `outcome`.
fn names(judged: &Judged, outcome: Outcome) -> Vec<String> {
    let tests = judged.iter().flatten();
    let tests = tests.filter(|test| test.outcome == outcome);
    tests.map(|test| test.name.clone()).collect()
}
