//! `cargo run -p exercises -- verify`: the proof, for CI, that the
//! exercises work. Run it on a clean checkout, where every file in
//! `exercises/` is still a stub.
//!
//! 1. The files agree with the list: each stub has its `// TODO` and
//!    `todo!()`, names its title and chapter (with the chapter's real
//!    title, linked), tells how to run its tests, and quotes its hint from
//!    `src/list.rs` word for word; each solution has no `todo!()` and marks
//!    what the book shows with `// ANCHOR:`.
//! 2. Every stub fails its tests in strict mode, and only by reaching
//!    `todo!()`: a test that fails for another reason is itself broken.
//! 3. Without strict mode the same tests pass, so `cargo test` at the root
//!    is green on a fresh clone.
//! 4. Every solution passes every test of its exercise in strict mode
//!    (`--features solutions` compiles each solution in place of its stub,
//!    exactly as copying it over would).
//! 5. Stubs and solutions are clippy-clean (`-D warnings`) and formatted.

use crate::list::{CHAPTERS, EXERCISES, Exercise};
use crate::report::chapter_title;
use crate::results::{Code, Status, Summary, TestResult, run_tests, summarize};
use std::path::Path;
use std::time::Instant;

/// Runs every check and prints what it finds. Returns whether all passed.
pub(crate) fn verify(root: &Path) -> bool {
    let started = Instant::now();
    let mut problems: Vec<String> = Vec::new();

    step(1, "the files agree with src/list.rs");
    for exercise in &EXERCISES {
        problems.extend(check_files(root, exercise));
    }
    for chapter in CHAPTERS {
        if !EXERCISES.iter().any(|exercise| exercise.chapter == chapter) {
            problems.push(format!("chapter {} has no exercise", chapter.number));
        }
        // Each chapter ends with its exercises page and has a solutions page.
        for directory in ["exercises", "solutions"] {
            let page = format!("book/src/{directory}/{}", chapter.file);
            if !root.join(&page).is_file() {
                problems.push(format!("{page} does not exist"));
            }
        }
    }

    step(
        2,
        "every stub fails its tests, by reaching todo!() (NNBOOK_STRICT=1)",
    );
    let stubs = tests_of(root, Code::Exercises, true, &mut problems);
    if let Some((summaries, others)) = &stubs {
        for summary in summaries {
            if summary.tests.is_empty() {
                problems.push(format!("{}: no tests", summary.exercise.test_module()));
            } else if summary.status() != Status::Pending {
                let passing = summary.passed();
                let failures: Vec<&str> = summary.failures().map(|t| t.name.as_str()).collect();
                problems.push(format!(
                    "the stub of exercise {} does not fail as a stub: {} of {} tests reach \
                     todo!(), {passing} pass, and these fail for another reason: {failures:?}",
                    summary.exercise.number(),
                    summary.pending(),
                    summary.tests.len()
                ));
            }
        }
        problems.extend(failed_others(others));
    }

    step(3, "without NNBOOK_STRICT those tests pass, as pending");
    if let Some((summaries, others)) = tests_of(root, Code::Exercises, false, &mut problems) {
        for test in summaries.iter().flat_map(|s| &s.tests).chain(&others) {
            if !test.passed {
                problems.push(format!("{} fails without NNBOOK_STRICT", test.name));
            }
        }
    }

    step(
        4,
        "every solution passes every test (--features solutions, NNBOOK_STRICT=1)",
    );
    let solutions = tests_of(root, Code::Solutions, true, &mut problems);
    if let Some((summaries, others)) = &solutions {
        for summary in summaries {
            if summary.tests.is_empty() || summary.status() != Status::Done {
                let failing: Vec<&str> = summary
                    .tests
                    .iter()
                    .filter(|test| !test.passed)
                    .map(|test| test.name.as_str())
                    .collect();
                problems.push(format!(
                    "the solution of exercise {} fails {failing:?} of its {} tests",
                    summary.exercise.number(),
                    summary.tests.len()
                ));
            }
        }
        problems.extend(failed_others(others));
    }

    step(5, "stubs and solutions are clippy-clean and formatted");
    for (what, features) in [("stubs", None), ("solutions", Some("solutions"))] {
        let mut clippy = crate::results::cargo(root, "clippy");
        clippy.arg("--all-targets");
        if let Some(features) = features {
            clippy.args(["--features", features]);
        }
        clippy.args(["--", "-D", "warnings"]);
        problems.extend(run_quietly(clippy, &format!("clippy on the {what}")));
    }
    // cargo fmt takes no --color, so not `results::cargo`.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut fmt = std::process::Command::new(cargo);
    fmt.arg("fmt")
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"));
    fmt.args(["-p", "exercises", "--check"]);
    problems.extend(run_quietly(fmt, "cargo fmt --check"));

    if let (Some((stubs, _)), Some((solutions, _))) = (&stubs, &solutions) {
        println!("\n     exercise              stub: pending/tests  solution: passed/tests");
        for (stub, solution) in stubs.iter().zip(solutions) {
            let stub_counts = format!("{}/{}", stub.pending(), stub.tests.len());
            let solution_counts = format!("{}/{}", solution.passed(), solution.tests.len());
            println!(
                "    {:>2} {:<20} {stub_counts:>10}  {solution_counts:>20}",
                stub.exercise.number(),
                stub.exercise.name,
            );
        }
    }

    let seconds = started.elapsed().as_secs_f64();
    if problems.is_empty() {
        println!(
            "\nverify: all {} exercises check out ({seconds:.1} s)",
            EXERCISES.len()
        );
        true
    } else {
        println!("\nverify: {} problem(s) ({seconds:.1} s):", problems.len());
        for problem in &problems {
            println!("  - {problem}");
        }
        false
    }
}

fn step(number: u32, what: &str) {
    println!("verify {number}/5: {what}");
}

/// Runs the tests and groups them by exercise; on a build failure, records
/// it as a problem and returns `None`.
fn tests_of(
    root: &Path,
    code: Code,
    strict: bool,
    problems: &mut Vec<String>,
) -> Option<(Vec<Summary>, Vec<TestResult>)> {
    match run_tests(root, code, strict) {
        Ok(results) => Some(summarize(&results)),
        Err(error) => {
            let what = match code {
                Code::Exercises => "stubs",
                Code::Solutions => "solutions",
            };
            problems.push(format!("the {what} could not be tested: {error}"));
            None
        }
    }
}

/// The tests outside any exercise (checks of the list) that failed.
fn failed_others(others: &[TestResult]) -> Vec<String> {
    others
        .iter()
        .filter(|test| !test.passed)
        .map(|test| format!("{} fails:\n{}", test.name, test.output))
        .collect()
}

/// Runs a command, and if it fails, returns its output as a problem.
fn run_quietly(mut command: std::process::Command, what: &str) -> Option<String> {
    match command.output() {
        Ok(output) if output.status.success() => None,
        Ok(output) => Some(format!(
            "{what} fails:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )),
        Err(error) => Some(format!("cannot run {what}: {error}")),
    }
}

/// The `//!` lines at the top of a file, without the markers, joined with
/// single spaces.
fn doc_text(source: &str) -> String {
    let words: Vec<&str> = source
        .lines()
        .map_while(|line| line.strip_prefix("//!"))
        .flat_map(str::split_whitespace)
        .collect();
    words.join(" ")
}

/// The checks of step 1 for one exercise.
fn check_files(root: &Path, exercise: &Exercise) -> Vec<String> {
    let mut problems = Vec::new();
    let directory = root.join("crates/exercises");
    let stub_path = format!("exercises/{}", exercise.file_name());
    let solution_path = format!("solutions/{}", exercise.file_name());
    let (stub, solution) = match (
        std::fs::read_to_string(directory.join(&stub_path)),
        std::fs::read_to_string(directory.join(&solution_path)),
    ) {
        (Ok(stub), Ok(solution)) => (stub, solution),
        (Err(error), _) => return vec![format!("cannot read {stub_path}: {error}")],
        (_, Err(error)) => return vec![format!("cannot read {solution_path}: {error}")],
    };

    let number = exercise.number();
    let chapter = exercise.chapter;
    let doc = doc_text(&stub);
    let expected = [
        (
            "its heading",
            format!("# Exercise {number}: {}", exercise.title),
        ),
        (
            "a link to its chapter",
            format!(
                "Chapter {}, [{}](../../../book/src/{}).",
                chapter.number,
                chapter_title(root, chapter),
                chapter.file
            ),
        ),
        (
            "how to check it",
            format!("`cargo test -p exercises ex{number:02}`"),
        ),
        ("its hint", format!("Hint: {}", exercise.hint)),
    ];
    for (what, text) in expected {
        let text: Vec<&str> = text.split_whitespace().collect();
        if !doc.contains(&text.join(" ")) {
            problems.push(format!(
                "{stub_path}: its doc comment must contain {what}: {:?}",
                text.join(" ")
            ));
        }
    }
    if !root.join("book/src").join(chapter.file).is_file() {
        problems.push(format!(
            "{stub_path}: links to book/src/{}, which does not exist",
            chapter.file
        ));
    }
    for needed in ["// TODO", "todo!()"] {
        if !stub.contains(needed) {
            problems.push(format!(
                "{stub_path} has no {needed}: is it solved? verify needs the stubs as committed"
            ));
        }
    }
    if solution.contains("todo!(") {
        problems.push(format!("{solution_path} still has a todo!()"));
    }
    if !solution.contains("// ANCHOR: ") {
        problems.push(format!(
            "{solution_path} has no `// ANCHOR:` for the book's solutions page"
        ));
    }
    problems
}
