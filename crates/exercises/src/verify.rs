//! `cargo run -p exercises -- verify`: CI's proof that the exercises work,
//! on a clean checkout. A stub's test may pass or reach `todo!()`, and one
//! must reach it; a test that fails otherwise is itself broken. The runner's
//! unit tests check that info.toml, the files and the book agree.

use crate::info::Info;
use crate::run::{self, Judged, Outcome};
use std::path::Path;

/// Runs every check and prints what it finds. Returns whether all passed.
/// With `only` (an exercise's stem), checks only that exercise's wrong answers.
pub(crate) fn verify(root: &Path, info: &Info, only: Option<String>) -> bool {
    let mut problems = Vec::new();
    let stub = "1/4: every stub fails its tests only by reaching todo!()";
    let solution = "2/4: every solution passes every test (--features solutions)";
    for (solutions, step) in [(false, stub), (true, solution)]
        .iter()
        .filter(|_| only.is_none())
    {
        println!("verify {step}");
        let kind = if *solutions { "solution" } else { "stub" };
        let judged = run::judge_all(root, info, *solutions);
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
    println!("verify 3/4: every wrong answer in wrong-answers/ fails its exercise's tests");
    for stem in info.exercises.iter().map(|e| e.stem()) {
        if only.as_ref().is_none_or(|only| *only == stem) {
            problems.extend(reject_wrong_answers(root, &stem));
        }
    }
    println!("verify 4/4: stubs and solutions are clippy-clean and formatted");
    let commands = if only.is_some() { &[][..] } else { &CHECKS[..] };
    for command in commands {
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

/// The commands every stub and solution must pass.
const CHECKS: [&str; 3] = [
    "clippy --all-targets -- -D warnings",
    "clippy --all-targets --features=solutions -- -D warnings",
    "fmt --check",
];

/// One exercise's wrong answers (`wrong-answers/NN_name.toml`): each is the
/// solution with one piece of text replaced.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WrongAnswers {
    wrong: Vec<WrongAnswer>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WrongAnswer {
    /// What is wrong with it, for the message when its tests accept it.
    why: String,
    replace: String,
    with: String,
}

/// Writes each wrong answer of exercise `stem` out and runs its tests on it:
/// it must compile, and fail at least one test without reaching `todo!()`.
fn reject_wrong_answers(root: &Path, stem: &str) -> Vec<String> {
    let dir = root.join("crates/exercises");
    let read =
        |path: String| std::fs::read_to_string(dir.join(&path)).map_err(|e| format!("{path}: {e}"));
    let data = read(format!("wrong-answers/{stem}.toml"));
    let data = data.and_then(|text| toml::from_str(&text).map_err(|e| format!("{stem}.toml: {e}")));
    let (wrong, solution) = match (data, read(format!("solutions/{stem}.rs"))) {
        (Ok(WrongAnswers { wrong }), Ok(solution)) if wrong.len() >= 5 => (wrong, solution),
        (Ok(_), Ok(_)) => return vec![format!("wrong-answers/{stem}.toml: fewer than 5")],
        (Err(error), _) | (_, Err(error)) => return vec![error],
    };
    // include!() takes no inner doc comments (`//!`).
    let solution: String = solution
        .lines()
        .filter(|l| !l.starts_with("//!"))
        .map(|l| l.to_owned() + "\n")
        .collect();
    let out = root.join("target/wrong-answers");
    let mut problems = Vec::new();
    for (index, WrongAnswer { why, replace, with }) in wrong.iter().enumerate() {
        let name = format!("{stem} wrong answer {} ({why})", index + 1);
        if solution.matches(replace.as_str()).count() != 1 {
            problems.push(format!("{name}: its `replace` is not once in the solution"));
            continue;
        }
        let file = out.join(format!("{stem}-{}.rs", index + 1));
        let written = std::fs::create_dir_all(&out)
            .and_then(|()| std::fs::write(&file, solution.replacen(replace, with, 1)));
        let judged = written
            .map_err(|e| e.to_string())
            .and_then(|()| run::judge_wrong_answer(root, stem, &file));
        match judged {
            Err(errors) => problems.push(format!("{name} does not compile:\n{errors}")),
            Ok(_) if run::count(&judged, Outcome::NotStarted) > 0 => {
                problems.push(format!("{name} reaches todo!()"))
            }
            Ok(_) if run::count(&judged, Outcome::Failed) == 0 => {
                problems.push(format!("{name} passes every test"))
            }
            Ok(_) => {}
        }
    }
    problems
}

/// The names of an exercise's tests that had `outcome`.
fn names(judged: &Judged, outcome: Outcome) -> Vec<String> {
    let tests = judged.iter().flatten();
    let tests = tests.filter(|test| test.outcome == outcome);
    tests.map(|test| test.name.clone()).collect()
}
