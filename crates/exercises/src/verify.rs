//! `cargo run -p exercises -- verify`: CI's proof that the exercises work,
//! on a clean checkout. A stub's test may pass or reach `todo!()`, and one
//! must reach it; a test that fails otherwise is itself broken. Every
//! solution passes, and every wrong answer in `wrong-answers/` fails. The
//! runner's unit tests check that info.toml, the files and the book agree.

use crate::info::Info;
use crate::run::{self, Judged, Outcome};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

/// The commands every stub and solution must pass.
const CHECKS: [&str; 3] = [
    "clippy --all-targets -- -D warnings",
    "clippy --all-targets --features=solutions -- -D warnings",
    "fmt --check",
];

/// The stubs and the solutions: the feature that builds them, what they must do.
const KINDS: [(&str, &str, &str); 2] = [
    ("stub", "", "fails its tests only by reaching todo!()"),
    ("solution", "solutions", "passes every test"),
];

/// Runs every check and prints what it finds: fails unless all pass.
pub(crate) fn verify(root: &Path, info: &Info) -> ExitCode {
    let mut problems = Vec::new();
    for (kind, feature, must) in KINDS {
        println!("verify: every {kind} {must}");
        let features = format!("--features={feature}");
        let judged = run::judge_all(root, info, &["--test=*", &features], None);
        let judged = judged.unwrap_or_else(|error| vec![Err(error); info.exercises.len()]);
        for (judged, exercise) in judged.iter().zip(&info.exercises) {
            let name = format!("{kind} {}", exercise.number);
            problems.extend(problem(kind, &name, judged));
        }
    }
    println!("verify: every wrong answer in wrong-answers/ fails its exercise's tests");
    for index in 0..info.exercises.len() {
        problems.extend(reject_wrong_answers(root, info, index));
    }
    println!("verify: stubs and solutions are clippy-clean and formatted");
    for command in CHECKS {
        let (subcommand, args) = command.split_once(' ').unwrap_or_default();
        let output = run::cargo(root, subcommand).args(args.split(' ')).output();
        match output {
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
    let list: String = problems.iter().map(|p| format!("  - {p}\n")).collect();
    println!("\nverify: {found} problem(s) in {count} exercises\n{list}");
    ExitCode::from(u8::from(found > 0))
}

/// What is wrong with a verdict, if anything. A stub must reach `todo!()`
/// and fail nothing; a solution must pass; a wrong answer must compile and
/// fail a test without reaching `todo!()`.
fn problem(kind: &str, name: &str, judged: &Judged) -> Option<String> {
    let failed = names(judged, Outcome::Failed);
    let todo = run::count(judged, Outcome::NotStarted);
    let right = match kind {
        "stub" => failed.is_empty() && todo > 0,
        "solution" => run::status(judged) == "done",
        _ => judged.is_ok() && !failed.is_empty() && todo == 0,
    };
    let errors = judged.as_ref().err().map_or("", String::as_str);
    let what = format!("{todo} tests reach todo!(), these fail: {failed:?}");
    (!right).then(|| format!("{name}: {what}{errors}"))
}

/// `wrong-answers/NN_name.toml`: each `[[wrong]]` is the solution with
/// `replace` (once in it) replaced by `with`; `why` says what is wrong.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WrongAnswers {
    wrong: Vec<BTreeMap<String, String>>,
}

/// Writes each wrong answer of exercise `index` out and runs its tests on it.
fn reject_wrong_answers(root: &Path, info: &Info, index: usize) -> Vec<String> {
    let (stem, dir) = (info.exercises[index].stem(), root.join("crates/exercises"));
    let read = |path: String| {
        let text = std::fs::read_to_string(dir.join(&path));
        text.map_err(|e| format!("{path}: {e}"))
    };
    let data = read(format!("wrong-answers/{stem}.toml"));
    let data = data.and_then(|text| toml::from_str(&text).map_err(|e| format!("{stem}: {e}")));
    let (wrong, solution) = match (data, read(format!("solutions/{stem}.rs"))) {
        (Ok(WrongAnswers { wrong }), Ok(solution)) if wrong.len() >= 5 => (wrong, solution),
        (Err(error), _) | (_, Err(error)) => return vec![error],
        _ => return vec![format!("wrong-answers/{stem}.toml: fewer than 5")],
    };
    // include!() takes no inner doc comments (`//!`).
    let (solution, out) = (
        solution.replace("//!", "//"),
        root.join("target/wrong-answers"),
    );
    let mut problems = Vec::new();
    for (number, wrong) in (1..).zip(&wrong) {
        let [why, replace, with] = ["why", "replace", "with"].map(|key| wrong.get(key));
        let [why, replace, with] = [why, replace, with].map(|v| v.map_or("", String::as_str));
        let name = format!("{stem} wrong answer {number} ({why})");
        if solution.matches(replace).count() != 1 {
            problems.push(format!("{name}: its `replace` is not once in the solution"));
            continue;
        }
        let file = out.join(format!("{stem}-{number}.rs"));
        let code = solution.replacen(replace, with, 1);
        let written = std::fs::create_dir_all(&out).and_then(|()| std::fs::write(&file, code));
        let args = [&format!("--test={stem}"), "--features=wrong-answer"];
        let judge = |()| run::judge_all(root, info, &args, Some(&file));
        let judged = written.map_err(|e| e.to_string()).and_then(judge);
        let judged = judged.and_then(|mut all| all.swap_remove(index));
        problems.extend(problem("wrong", &name, &judged));
    }
    problems
}

/// The names of an exercise's tests that had `outcome`.
fn names(judged: &Judged, outcome: Outcome) -> Vec<String> {
    let tests = judged.iter().flatten();
    let tests = tests.filter(|test| test.outcome == outcome);
    tests.map(|test| test.name.clone()).collect()
}
