//! The runner's own tests: `cargo test -p exercises --bin exercises`, which
//! compiles none of the exercises. Running cargo itself is exercised by
//! `verify` in CI.

use crate::info::{Info, disagreements};
use crate::run::{NOT_STARTED, Outcome, TestRun, classify, count, read_build, status};
use crate::{list, progress};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn info() -> Info {
    Info::parse(include_str!("../info.toml")).unwrap()
}

fn test(name: &str, outcome: Outcome, stderr: &str) -> TestRun {
    let (name, stderr) = (name.to_owned(), stderr.to_owned());
    TestRun {
        name,
        outcome,
        stderr,
    }
}

#[test]
fn info_toml_lists_the_exercises_in_chapter_order() {
    let info = info();
    assert_eq!(info.exercises.len(), 15);
    let third = &info.exercises[2];
    assert_eq!(
        (third.number, third.stem()),
        (3, "03_stable_sigmoid".to_owned())
    );
    assert_eq!(
        third.path(),
        "crates/exercises/exercises/03_stable_sigmoid.rs"
    );
    assert_eq!(
        (
            third.chapter_number(),
            third.chapter_title(&root()).as_str()
        ),
        (3, "The sigmoid")
    );
    for exercise in &info.exercises {
        let texts = [&exercise.task, &exercise.hint];
        assert!(
            texts.iter().all(|text| text.trim().ends_with('.')),
            "{}",
            exercise.name
        );
        // The runner prints them after 11 columns of labels, in 78.
        let lines = texts.iter().flat_map(|text| text.lines());
        assert!(
            lines.clone().all(|line| line.chars().count() <= 66),
            "{}",
            exercise.name
        );
        assert!(!exercise.title.is_empty(), "{}", exercise.name);
    }
}

#[test]
fn info_toml_errors_name_the_problem() {
    let missing =
        "[[exercises]]\nname = \"neuron\"\nchapter = \"ch01-x\"\ntitle = \"t\"\ntask = \"t\"\n";
    let error = Info::parse(missing).unwrap_err();
    assert!(error.contains("missing field `hint`"), "{error}");
    let unknown = format!("{missing}hint = \"h\"\nhints = \"h\"\n");
    let error = Info::parse(&unknown).unwrap_err();
    assert!(error.contains("unknown field `hints`"), "{error}");
    assert!(Info::parse(&format!("{missing}hint = \"h\"\n")).is_ok());
}

#[test]
fn the_files_and_the_book_agree_with_info_toml() {
    let problems = disagreements(&root(), &info());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_missing_or_extra_file_is_named() {
    let mut info = info();
    // As if exercise 15 were renamed in info.toml only.
    info.exercises[14].name = "in_place_renamed".to_owned();
    let problems = disagreements(&root(), &info);
    for directory in ["exercises", "solutions", "tests"] {
        let listed =
            format!("info.toml lists {directory}/15_in_place_renamed.rs, which does not exist");
        assert!(problems.contains(&listed), "{problems:#?}");
        let extra = format!("{directory}/15_in_place.rs is not in info.toml, or not as number 15");
        assert!(problems.contains(&extra), "{problems:#?}");
    }
    assert_eq!(problems.len(), 6, "{problems:#?}");
    info.exercises.swap(0, 14);
    let problems = disagreements(&root(), &info);
    assert!(
        problems.iter().any(|p| p.contains("not in chapter order")),
        "{problems:#?}"
    );
}

#[test]
fn exercises_are_found_by_number_or_name() {
    let info = info();
    assert_eq!(info.find("3").unwrap().name, "stable_sigmoid");
    assert_eq!(info.find("relu_nan").unwrap().number, 6);
    for wrong in ["0", "16", "-1", "sigmoid", ""] {
        let error = info.find(wrong).unwrap_err();
        assert!(error.starts_with("there is no exercise"), "{error}");
    }
}

#[test]
fn exit_statuses_are_outcomes() {
    assert_eq!(classify(Some(0)), Outcome::Passed);
    assert_eq!(classify(Some(NOT_STARTED)), Outcome::NotStarted);
    assert_eq!(classify(Some(101)), Outcome::Failed);
    assert_eq!(classify(Some(1)), Outcome::Failed);
    // Killed by a signal, such as a stack overflow's.
    assert_eq!(classify(None), Outcome::Failed);
}

#[test]
fn a_wrong_answer_outweighs_todo() {
    let passed = test("a", Outcome::Passed, "");
    let todo = test("b", Outcome::NotStarted, "not started");
    let failed = test("c", Outcome::Failed, "wrong");
    assert_eq!(status(&Ok(vec![passed.clone()])), "done");
    assert_eq!(
        status(&Ok(vec![passed.clone(), todo.clone()])),
        "not started"
    );
    assert_eq!(status(&Ok(vec![todo.clone(), failed])), "failing");
    assert_eq!(
        status(&Ok(Vec::new())),
        "failing",
        "an exercise without tests"
    );
    assert_eq!(status(&Err("error[E0308]".to_owned())), "does not compile");
    assert_eq!(
        count(&Ok(vec![passed.clone(), todo, passed]), Outcome::Passed),
        2
    );
}

#[test]
fn cargo_json_gives_executables_and_errors() {
    let json = r#"{"reason":"compiler-artifact","target":{"name":"activations","kind":["lib"]},"executable":null}
{"reason":"compiler-message","target":{"name":"05_tanh","kind":["test"]},"message":{"level":"warning","rendered":"warning: unused"}}
{"reason":"compiler-message","target":{"name":"05_tanh","kind":["test"]},"message":{"level":"error","rendered":"error: expected `;`\n --> crates/exercises/tests/../exercises/05_tanh.rs:3:9\n"}}
{"reason":"compiler-artifact","target":{"name":"01_neuron","kind":["test"]},"executable":"/t/01_neuron-abc"}
not json: cargo's own line
{"reason":"build-finished","success":false}"#;
    let built = read_build(json);
    assert_eq!(built.len(), 2, "{built:?}");
    assert_eq!(built["01_neuron"], Ok(PathBuf::from("/t/01_neuron-abc")));
    let errors = built["05_tanh"].clone().unwrap_err();
    assert!(
        errors.contains("--> crates/exercises/exercises/05_tanh.rs:3:9"),
        "{errors}"
    );
    assert!(
        !errors.contains("unused"),
        "warnings are left out: {errors}"
    );
}

#[test]
fn progress_shows_the_first_exercise_not_done() {
    let info = info();
    let done = Ok(vec![test("a", Outcome::Passed, "")]);
    let failed = test(
        "first",
        Outcome::Failed,
        "thread 'first' panicked:\nstep_int(0.0)\nnote: run with `RUST_BACKTRACE=1`",
    );
    let todo = Ok(vec![test("a", Outcome::NotStarted, "")]);
    let mut judged = vec![todo; 15];
    judged[0] = done.clone();
    judged[1] = Ok(vec![test("a", Outcome::Passed, ""), failed]);
    let text = progress(&root(), &info, &judged);
    assert!(
        text.starts_with("Progress: 1/15 exercises done [#--------------]\n"),
        "{text}"
    );
    assert!(
        text.contains("Next: exercise 2, The step function as integers"),
        "{text}"
    );
    assert!(
        text.contains("crates/exercises/exercises/02_step_int.rs"),
        "{text}"
    );
    assert!(
        text.contains("cargo test -p exercises --test 02_step_int"),
        "{text}"
    );
    assert!(
        text.contains("1 of its 2 tests pass. The first that fails, first:"),
        "{text}"
    );
    assert!(text.contains("    step_int(0.0)"), "{text}");
    assert!(!text.contains("RUST_BACKTRACE"), "{text}");
    assert!(text.contains("i64::from(bool)"), "the hint: {text}");
    assert!(
        text.lines().all(|line| line.chars().count() <= 80),
        "{text}"
    );

    judged[1] = done.clone();
    let text = progress(&root(), &info, &judged);
    assert!(text.contains("Next: exercise 3,"), "{text}");
    assert!(
        text.contains("0 of its 1 tests pass; the others reach todo!()."),
        "{text}"
    );

    // An exercise that does not compile comes first, and the others still count.
    judged[9] = Err("error: expected `;`".to_owned());
    let text = progress(&root(), &info, &judged);
    assert!(
        text.starts_with("Progress: 2/15 exercises done [##-"),
        "{text}"
    );
    assert!(text.contains("Next: exercise 10,"), "{text}");
    assert!(
        text.contains("It does not compile. The compiler says:\n\nerror: expected `;`"),
        "{text}"
    );

    let text = progress(&root(), &info, &vec![done; 15]);
    assert!(text.starts_with("Progress: 15/15 exercises done"), "{text}");
    assert!(text.contains("Every exercise is done"), "{text}");
}

#[test]
fn the_list_has_one_line_per_exercise() {
    let mut judged = vec![Ok(vec![test("a", Outcome::NotStarted, "")]); 15];
    judged[0] = Ok(vec![test("a", Outcome::Passed, "")]);
    judged[1] = Ok(vec![test("a", Outcome::Failed, "")]);
    judged[4] = Err(String::new());
    let text = list(&root(), &info(), &judged);
    assert_eq!(
        text.lines().filter(|line| line.contains(".rs ")).count(),
        15,
        "{text}"
    );
    assert!(text.contains(" 1  done  "), "{text}");
    assert!(text.contains(" 2  failing  "), "{text}");
    assert!(text.contains(" 3  not started  "), "{text}");
    assert!(text.contains(" 5  does not compile  "), "{text}");
    assert!(text.ends_with("\n1/15 exercises done\n"), "{text}");
}
