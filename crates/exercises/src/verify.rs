//! `cargo run -p exercises -- verify`: CI's proof that the exercises work.
//! Run it on a clean checkout, where every file in `exercises/` is a stub.
//!
//! 1. info.toml, `exercises/`, `solutions/`, `tests/` and the book agree;
//!    each stub has its `// TODO`, its `todo!()` and a heading that names
//!    its title, chapter and test command; each solution has no `todo!()`
//!    and an `// ANCHOR:` for the book's solutions page.
//! 2. Every stub compiles, and each of its tests passes or reaches `todo!()`,
//!    at least one the latter: a test that fails otherwise is itself broken.
//! 3. Every solution passes every test (`--features solutions` compiles
//!    each solution in place of its stub, as copying it over would).
//! 4. Stubs and solutions are clippy-clean (`-D warnings`) and formatted.

use crate::info::{Exercise, Info, disagreements};
use crate::run::{self, Judged, Outcome};
use std::path::Path;

/// Runs every check and prints what it finds. Returns whether all passed.
pub(crate) fn verify(root: &Path, info: &Info) -> bool {
    println!("verify 1/4: info.toml, the files and the book agree");
    let mut problems = disagreements(root, info);
    for exercise in &info.exercises {
        problems.extend(check_files(root, exercise));
    }
    println!("verify 2/4: every stub fails its tests, only by reaching todo!()");
    for (stub, exercise) in judge(root, info, false).iter().zip(&info.exercises) {
        let failed = names(stub, Outcome::Failed);
        if !failed.is_empty() || run::count(stub, Outcome::NotStarted) == 0 {
            let (number, errors) = (exercise.number, stub.as_ref().err());
            let errors = errors.map_or("", String::as_str);
            problems.push(format!(
                "stub {number} fails, not by todo!(): {failed:?}{errors}"
            ));
        }
    }
    println!("verify 3/4: every solution passes every test (--features solutions)");
    for (solution, exercise) in judge(root, info, true).iter().zip(&info.exercises) {
        let mut failed = names(solution, Outcome::Failed);
        failed.extend(names(solution, Outcome::NotStarted));
        if run::status(solution) != "done" {
            let (number, errors) = (exercise.number, solution.as_ref().err());
            let errors = errors.map_or("", String::as_str);
            problems.push(format!("solution {number} fails {failed:?}{errors}"));
        }
    }
    println!("verify 4/4: stubs and solutions are clippy-clean and formatted");
    let clippy = ["--all-targets", "--", "-D", "warnings"];
    let clippy_solved = [
        "--all-targets",
        "--features=solutions",
        "--",
        "-D",
        "warnings",
    ];
    let commands = [
        ("clippy", &clippy[..]),
        ("clippy", &clippy_solved),
        ("fmt", &["--check"]),
    ];
    for (subcommand, args) in commands {
        let output = run::cargo(root, subcommand).args(args).output();
        let what = format!("cargo {subcommand} {}", args.join(" "));
        match output {
            Ok(output) if output.status.success() => {}
            Ok(output) => {
                let stderr =
                    String::from_utf8_lossy(&[output.stdout, output.stderr].concat()).into_owned();
                problems.push(format!("{what} fails:\n{stderr}"));
            }
            Err(error) => problems.push(format!("cannot run {what}: {error}")),
        }
    }
    let count = info.exercises.len();
    let found = problems.len();
    println!("\nverify: {found} problem(s) in {count} exercises");
    for problem in &problems {
        println!("  - {problem}");
    }
    problems.is_empty()
}

/// Builds and judges every exercise, or says for each why cargo failed.
fn judge(root: &Path, info: &Info, solutions: bool) -> Vec<Judged> {
    let judged = run::judge_all(root, info, solutions);
    judged.unwrap_or_else(|error| vec![Err(error); info.exercises.len()])
}

/// The names of an exercise's tests that had `outcome`.
fn names(judged: &Judged, outcome: Outcome) -> Vec<String> {
    let tests = judged.iter().flatten();
    let tests = tests.filter(|test| test.outcome == outcome);
    tests.map(|test| test.name.clone()).collect()
}

/// The checks of step 1 on one exercise's stub and solution.
fn check_files(root: &Path, exercise: &Exercise) -> Vec<String> {
    let stem = exercise.stem();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap_or_default();
    let stub_path = exercise.path();
    let solution_path = format!("crates/exercises/solutions/{stem}.rs");
    let (stub, solution) = (read(&stub_path), read(&solution_path));
    // The stub's `//!` lines, as one line of words.
    let doc = stub.lines().map_while(|line| line.strip_prefix("//!"));
    let doc: Vec<&str> = doc.flat_map(str::split_whitespace).collect();
    let doc = doc.join(" ");
    let (number, title) = (exercise.number, &exercise.title);
    let (chapter, page) = (exercise.chapter_number(), &exercise.chapter);
    let chapter_title = exercise.chapter_title(root);
    let needed = [
        format!("# Exercise {number}: {title}"),
        format!("Chapter {chapter}, [{chapter_title}](../../../book/src/{page}.md)."),
        format!("`cargo test -p exercises --test {stem}`"),
    ];
    let mut problems = Vec::new();
    for text in needed.iter().filter(|text| !doc.contains(text.as_str())) {
        problems.push(format!("{stub_path}: its doc comment must say {text:?}"));
    }
    for marker in ["// TODO", "todo!()"].iter().filter(|m| !stub.contains(*m)) {
        problems.push(format!("{stub_path} has no {marker}: is it a stub?"));
    }
    if solution.contains("todo!(") || !solution.contains("// ANCHOR: ") {
        problems.push(format!("{solution_path} needs an ANCHOR and no todo!()"));
    }
    problems
}
