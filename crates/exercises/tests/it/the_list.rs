//! The table of exercises in `src/list.rs` matches the files.

use crate::list::{CHAPTERS, EXERCISES};
use std::collections::BTreeSet;
use std::path::Path;

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `*.rs` file names in one of the crate's directories.
fn files_in(directory: &str) -> BTreeSet<String> {
    std::fs::read_dir(crate_dir().join(directory))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".rs"))
        .collect()
}

/// Each exercise has a stub, a solution and a test module, and there are no
/// others.
#[test]
fn every_exercise_has_its_three_files() {
    let expected: BTreeSet<String> = EXERCISES.iter().map(|e| e.file_name()).collect();
    assert_eq!(files_in("exercises"), expected, "exercises/");
    assert_eq!(files_in("solutions"), expected, "solutions/");
    let tests: BTreeSet<String> = EXERCISES
        .iter()
        .map(|e| format!("{}.rs", e.test_module()))
        .collect();
    let test_files: BTreeSet<String> = files_in("tests/it")
        .into_iter()
        .filter(|name| name.starts_with("ex"))
        .collect();
    assert_eq!(test_files, tests, "tests/it/");
}

/// Exercises come in chapter order, every chapter has at least one, and
/// each has a title, a task and a hint.
#[test]
fn exercises_follow_the_chapters() {
    let chapters: Vec<u32> = EXERCISES.iter().map(|e| e.chapter.number).collect();
    assert!(chapters.is_sorted(), "{chapters:?}");
    for chapter in CHAPTERS {
        assert!(
            chapters.contains(&chapter.number),
            "chapter {} has no exercise",
            chapter.number
        );
        assert!(
            chapter
                .file
                .starts_with(&format!("ch{:02}-", chapter.number)),
            "{}",
            chapter.file
        );
    }
    for exercise in EXERCISES {
        assert!(
            !exercise.title.is_empty() && !exercise.task.is_empty() && !exercise.hint.is_empty()
        );
        assert!(
            exercise.task.ends_with('.') && exercise.hint.ends_with('.'),
            "{}",
            exercise.name
        );
    }
}
