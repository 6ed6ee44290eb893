//! What the runner prints: your progress, the next exercise, the list, a
//! hint. Each function returns the text, so that the tests can read it.

use crate::list::{Chapter, EXERCISES, Exercise};
use crate::results::{Status, Summary, TestResult};
use std::fmt::Write as _;
use std::path::Path;

/// The width the runner's text is wrapped to.
const WIDTH: usize = 78;

/// At most this many lines of a failing test's output are shown.
const MAX_OUTPUT_LINES: usize = 30;

/// The title of a chapter: the first `# ` line of its page in `book/src/`,
/// or `chapter N` if the page cannot be read.
pub(crate) fn chapter_title(root: &Path, chapter: Chapter) -> String {
    std::fs::read_to_string(root.join("book/src").join(chapter.file))
        .ok()
        .and_then(|page| {
            page.lines()
                .find_map(|line| line.strip_prefix("# ").map(|title| title.trim().to_owned()))
        })
        .unwrap_or_else(|| format!("chapter {}", chapter.number))
}

/// `Progress: 3/15 exercises done [###------------]`, then the next
/// exercise: where it is, what to do, how far it got, and its hint.
pub(crate) fn progress(root: &Path, summaries: &[Summary], others: &[TestResult]) -> String {
    let mut text = String::new();
    let done = summaries
        .iter()
        .filter(|summary| summary.status() == Status::Done)
        .count();
    let total = summaries.len();
    let bar: String = summaries
        .iter()
        .map(|summary| match summary.status() {
            Status::Done => '#',
            Status::Pending | Status::Failing => '-',
        })
        .collect();
    let _ = writeln!(text, "Progress: {done}/{total} exercises done [{bar}]");

    let broken: Vec<&TestResult> = others.iter().filter(|test| !test.passed).collect();
    if !broken.is_empty() {
        let _ = writeln!(
            text,
            "\nThe exercises themselves are broken: a check of the exercise list fails."
        );
        for test in broken {
            let _ = writeln!(text, "\n{}:\n{}", test.name, shorten(&test.output));
        }
    }

    let Some(next) = summaries
        .iter()
        .find(|summary| summary.status() != Status::Done)
    else {
        let _ = writeln!(
            text,
            "\nEvery exercise is done. Well done! The homework at the end of each chapter \
             is next: it changes the chapters' own code."
        );
        return text;
    };
    let exercise = next.exercise;
    let _ = writeln!(
        text,
        "\nNext: exercise {}, {}\n",
        exercise.number(),
        exercise.title
    );
    let _ = writeln!(
        text,
        "  chapter  {}, {}\n           book/src/{}",
        exercise.chapter.number,
        chapter_title(root, exercise.chapter),
        exercise.chapter.file
    );
    let _ = writeln!(text, "  file     {}", exercise.path());
    let _ = writeln!(text, "  task     {}", wrap(exercise.task, 11));
    let _ = writeln!(
        text,
        "  check    cargo test -p exercises ex{:02}",
        exercise.number()
    );
    let _ = writeln!(text, "  hint     {}", wrap(exercise.hint, 11));
    let _ = writeln!(text);
    match next.status() {
        Status::Pending => {
            let _ = writeln!(
                text,
                "{} of its {} tests still reach todo!(). Replace each todo!() in\n\
                 {} with your code.\n",
                next.pending(),
                next.tests.len(),
                exercise.path()
            );
        }
        Status::Failing => {
            let failures: Vec<&TestResult> = next.failures().collect();
            let _ = writeln!(
                text,
                "{} of its {} tests pass. The first that fails, {}:\n",
                next.passed(),
                next.tests.len(),
                failures[0].name
            );
            let _ = writeln!(text, "{}\n", shorten(&failures[0].output));
        }
        Status::Done => {}
    }
    let _ = writeln!(
        text,
        "Save the file and run `cargo run -p exercises` again, or keep\n\
         `cargo run -p exercises -- watch` running."
    );
    text
}

/// One line per exercise: its number, status, test count, chapter and title.
pub(crate) fn list(summaries: &[Summary]) -> String {
    let mut text = String::new();
    let done = summaries
        .iter()
        .filter(|summary| summary.status() == Status::Done)
        .count();
    for summary in summaries {
        let exercise = summary.exercise;
        let status = match summary.status() {
            Status::Done => "done",
            Status::Pending => "pending",
            Status::Failing => "failing",
        };
        let _ = writeln!(
            text,
            "{:>2}  {status:<7}  {:>2}/{:<2} tests  ch{}  {:<26} {}",
            exercise.number(),
            summary.passed(),
            summary.tests.len(),
            exercise.chapter.number,
            exercise.file_name(),
            exercise.title
        );
    }
    let _ = writeln!(text, "\n{done}/{} exercises done", summaries.len());
    text
}

/// The hint for one exercise, with where to find it.
pub(crate) fn hint(exercise: &Exercise) -> String {
    format!(
        "Exercise {}: {}\n{}\n\nHint: {}\n",
        exercise.number(),
        exercise.title,
        exercise.path(),
        wrap(exercise.hint, 6)
    )
}

/// The exercise named by `text`: its number (`3`) or its name
/// (`stable_sigmoid`).
///
/// # Errors
///
/// A message listing the valid choices when there is no such exercise.
pub(crate) fn find_exercise(text: &str) -> Result<&'static Exercise, String> {
    let by_number = text
        .parse::<usize>()
        .ok()
        .and_then(|number| EXERCISES.get(number.checked_sub(1)?));
    by_number
        .or_else(|| EXERCISES.iter().find(|exercise| exercise.name == text))
        .ok_or_else(|| {
            format!(
                "there is no exercise {text:?}: give a number from 1 to {} or a name such as {:?}",
                EXERCISES.len(),
                EXERCISES[0].name
            )
        })
}

/// What to say when the exercises do not compile: cargo's messages, and
/// which of your files to look at.
pub(crate) fn build_failure(cargo_output: &str) -> String {
    // The test binary reaches your files through `tests/it/../../`; show
    // the plain path, and leave out cargo's progress lines.
    let output = cargo_output.replace("crates/exercises/tests/it/../../", "crates/exercises/");
    let messages: Vec<&str> = output
        .lines()
        .filter(|line| !line.trim_start().starts_with("Compiling "))
        .collect();
    let mut text = String::from("The exercises do not compile. cargo says:\n\n");
    text.push_str(messages.join("\n").trim());
    text.push('\n');
    if let Some(file) = crate::results::file_with_error(&output) {
        let _ = writeln!(
            text,
            "\nThe first error is in {file}. Fix it and run again."
        );
    }
    text
}

/// A failing test's output without the harness's noise, at most
/// [`MAX_OUTPUT_LINES`] lines, indented.
fn shorten(output: &str) -> String {
    let lines: Vec<&str> = output
        .lines()
        .filter(|line| !line.starts_with("note: run with `RUST_BACKTRACE=1`"))
        // proptest's default TestRunner, used without a source file, says so
        // on every failure; one line per broken sigmoid buries the message.
        .filter(|line| !line.starts_with("proptest: FileFailurePersistence::"))
        .collect();
    let lines: Vec<&str> = lines
        .iter()
        .copied()
        .skip_while(|line| line.trim().is_empty())
        .collect();
    let end = lines
        .iter()
        .rposition(|line| !line.trim().is_empty())
        .map_or(0, |last| last + 1);
    let mut shown: Vec<String> = lines[..end]
        .iter()
        .take(MAX_OUTPUT_LINES)
        .map(|line| format!("    {line}"))
        .collect();
    if end > MAX_OUTPUT_LINES {
        shown.push(format!(
            "    ... ({} more lines: run the `check` command above to see them)",
            end - MAX_OUTPUT_LINES
        ));
    }
    shown.join("\n")
}

/// Breaks `text` into lines of at most [`WIDTH`] characters, the first
/// starting after a label `indent` characters wide and the others indented
/// by `indent` spaces.
fn wrap(text: &str, indent: usize) -> String {
    let mut wrapped = String::new();
    let mut column = indent;
    for word in text.split_whitespace() {
        let length = word.chars().count();
        if column > indent && column + 1 + length > WIDTH {
            wrapped.push('\n');
            wrapped.push_str(&" ".repeat(indent));
            column = indent;
        } else if column > indent {
            wrapped.push(' ');
            column += 1;
        }
        wrapped.push_str(word);
        column += length;
    }
    wrapped
}
