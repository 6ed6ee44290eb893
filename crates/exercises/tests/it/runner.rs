//! The runner's reading of test reports and what it prints, on made-up
//! reports. (Running cargo itself is exercised by `verify` in CI.)

use crate::list::{EXERCISES, TODO_MARKER};
use crate::report::{build_failure, find_exercise, hint, list, progress};
use crate::results::{Status, parse_report, summarize};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// A test harness report in which exercise 1 is done, exercise 2 has one
/// wrong answer and one pending test, and every other exercise is pending.
fn report() -> String {
    let mut lines = vec!["running N tests".to_owned()];
    let mut failures = Vec::new();
    for exercise in &EXERCISES {
        let module = exercise.test_module();
        let (first, second) = match exercise.number() {
            1 => ("ok", "ok"),
            2 => ("FAILED", "FAILED"),
            _ => ("FAILED", "ok"),
        };
        lines.push(format!("test {module}::first ... {first}"));
        lines.push(format!("test {module}::second ... {second}"));
        if first == "FAILED" {
            let message = if exercise.number() == 2 {
                "assertion `left == right` failed: step_int(0.0)\n  left: 1\n right: 0".to_owned()
            } else {
                format!(
                    "exercise {} is not done: your code {TODO_MARKER}",
                    exercise.number()
                )
            };
            failures.push(format!(
                "---- {module}::first stdout ----\n\nthread '{module}::first' panicked at x.rs:1:1:\n{message}\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
            ));
        }
        if second == "FAILED" {
            failures.push(format!(
                "---- {module}::second stdout ----\nexercise 2 is not done: your code {TODO_MARKER}\n"
            ));
        }
    }
    lines.push("test the_list::exercises_follow_the_chapters ... ok".to_owned());
    format!(
        "{}\n\nfailures:\n\n{}\nfailures:\n    ...\n\ntest result: FAILED.\n",
        lines.join("\n"),
        failures.join("\n")
    )
}

#[test]
fn the_report_is_read_test_by_test() {
    let results = parse_report(&report());
    assert_eq!(results.len(), 2 * EXERCISES.len() + 1);
    let wrong = results
        .iter()
        .find(|test| test.name == "ex02_step_int::first")
        .unwrap();
    assert!(!wrong.passed);
    assert!(wrong.output.contains("step_int(0.0)"), "{}", wrong.output);
    assert!(!wrong.output.contains("---- "), "{}", wrong.output);
    let pending = results
        .iter()
        .find(|test| test.name == "ex02_step_int::second")
        .unwrap();
    assert!(pending.is_pending());
}

#[test]
fn each_exercise_gets_its_status() {
    let (summaries, others) = summarize(&parse_report(&report()));
    assert_eq!(summaries[0].status(), Status::Done);
    // A wrong answer outweighs a pending test: it is what to fix first.
    assert_eq!(summaries[1].status(), Status::Failing);
    assert!(summaries[2..].iter().all(|s| s.status() == Status::Pending));
    assert_eq!(others.len(), 1);
}

#[test]
fn progress_counts_and_shows_the_first_unfinished_exercise() {
    let (summaries, others) = summarize(&parse_report(&report()));
    let text = progress(root(), &summaries, &others);
    let total = EXERCISES.len();
    assert!(
        text.starts_with(&format!("Progress: 1/{total} exercises done [#-")),
        "{text}"
    );
    let second = &EXERCISES[1];
    assert!(
        text.contains(&format!("Next: exercise 2, {}", second.title)),
        "{text}"
    );
    assert!(text.contains(&second.path()), "{text}");
    assert!(text.contains("cargo test -p exercises ex02"), "{text}");
    assert!(
        text.contains("step_int(0.0)"),
        "the failure is shown: {text}"
    );
    assert!(!text.contains("RUST_BACKTRACE"), "{text}");
    let words: Vec<&str> = text.split_whitespace().collect();
    let hint: Vec<&str> = second.hint.split_whitespace().collect();
    assert!(
        words.join(" ").contains(&hint.join(" ")),
        "the whole hint: {text}"
    );
    assert!(
        text.lines().all(|line| line.chars().count() <= 100),
        "{text}"
    );
}

#[test]
fn progress_when_every_exercise_is_done() {
    let passing: String = EXERCISES
        .iter()
        .map(|e| format!("test {}::only ... ok\n", e.test_module()))
        .collect();
    let (summaries, others) = summarize(&parse_report(&passing));
    let text = progress(root(), &summaries, &others);
    let total = EXERCISES.len();
    assert!(
        text.starts_with(&format!("Progress: {total}/{total} exercises done")),
        "{text}"
    );
    assert!(text.contains("Every exercise is done"), "{text}");
}

#[test]
fn the_list_has_one_line_per_exercise() {
    let (summaries, _) = summarize(&parse_report(&report()));
    let text = list(&summaries);
    assert_eq!(
        text.lines().filter(|l| l.contains(" tests ")).count(),
        EXERCISES.len()
    );
    assert!(text.contains(" 1  done"), "{text}");
    assert!(text.contains(" 2  failing"), "{text}");
    assert!(text.contains(" 3  pending"), "{text}");
}

#[test]
fn exercises_are_found_by_number_or_name() {
    assert_eq!(find_exercise("3").unwrap().name, EXERCISES[2].name);
    assert_eq!(
        find_exercise(EXERCISES[4].name).unwrap().name,
        EXERCISES[4].name
    );
    for wrong in ["0", "16", "-1", "sigmoid", ""] {
        let error = find_exercise(wrong).unwrap_err();
        assert!(error.starts_with("there is no exercise"), "{error}");
    }
    assert!(hint(&EXERCISES[0]).contains(&EXERCISES[0].path()));
}

#[test]
fn a_build_failure_names_the_file_plainly() {
    let cargo = "   Compiling exercises v0.1.0\nerror[E0425]: cannot find value `oops`\n  \
                 --> crates/exercises/tests/it/../../exercises/01_neuron.rs:40:29\n";
    let text = build_failure(cargo);
    assert!(!text.contains("Compiling"), "{text}");
    assert!(
        text.contains("--> crates/exercises/exercises/01_neuron.rs:40:29"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "The first error is in crates/exercises/exercises/01_neuron.rs. Fix it and run again.\n"
        ),
        "{text}"
    );
}
