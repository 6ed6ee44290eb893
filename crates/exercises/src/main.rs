//! The exercise runner: your progress through the book's exercises, the
//! next one to do, its file and its hint. The exercises are listed in
//! `info.toml` (read in `info.rs`); each is its own test target, built and
//! judged by exit status in `run.rs`, so that one that does not compile
//! cannot hide the others. `verify.rs` is CI's proof that they all work.

mod info;
mod run;
#[cfg(test)]
mod tests;
mod verify;

use clap::{Parser, Subcommand};
use info::Info;
use run::{Judged, Outcome};
use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

/// Shows your progress through the book's exercises and the next one to do,
/// with its file, task and hint.
///
/// Each exercise is a file in crates/exercises/exercises/ with a todo!() to
/// replace. It is done when all its tests pass.
#[derive(Parser, Debug)]
#[command(after_help = "Examples:\n  cargo run -p exercises\n  \
    cargo run -p exercises -- hint 3\n  cargo test -p exercises --test 03_stable_sigmoid\n\n\
    Bad arguments print one line starting with `error:` and exit with status 2.")]
struct Options {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show your progress and the next exercise (the default).
    Progress,
    /// The same, again each time you save an exercise file (Ctrl-C stops).
    Watch,
    /// List every exercise with its status.
    List,
    /// Show the hint for one exercise.
    Hint {
        /// The exercise's number (3) or name (stable_sigmoid).
        exercise: String,
    },
    /// For CI: prove that every stub fails its tests only by reaching
    /// todo!() and every solution passes them, clippy-clean. Run it on a
    /// clean checkout.
    Verify,
}

fn main() -> ExitCode {
    let command = match Options::try_parse() {
        Ok(options) => options.command.unwrap_or(Command::Progress),
        // --help and --version are not errors: clap prints them in full.
        Err(error) if !error.use_stderr() => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => return fail(&first_line(&error.render().to_string()), 2),
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let info = match std::fs::read_to_string(root.join("crates/exercises/info.toml")) {
        Ok(text) => Info::parse(&text),
        Err(error) => Err(format!("cannot read crates/exercises/info.toml: {error}")),
    };
    let info = match info {
        Ok(info) => info,
        Err(message) => return fail(&message, 1),
    };
    let show =
        |print: fn(&Path, &Info, &[Judged]) -> String| match run::judge_all(&root, &info, false) {
            Ok(judged) => {
                print!("{}", print(&root, &info, &judged));
                ExitCode::SUCCESS
            }
            Err(message) => fail(&message, 1),
        };
    match command {
        Command::Progress => show(progress),
        Command::List => show(list),
        Command::Watch => loop {
            if std::io::stdout().is_terminal() {
                // Clear the screen and go to its top-left corner.
                print!("\x1b[2J\x1b[H");
            }
            show(progress);
            println!("\nWatching crates/exercises/exercises/ for changes. Ctrl-C stops.");
            let before = last_change(&root);
            while last_change(&root) == before {
                std::thread::sleep(Duration::from_millis(300));
            }
        },
        Command::Hint { exercise } => match info.find(&exercise) {
            Ok(exercise) => {
                let (number, title, path) = (exercise.number, &exercise.title, exercise.path());
                println!(
                    "Exercise {number}: {title}\n{path}\n\nHint:\n{}",
                    exercise.hint.trim()
                );
                ExitCode::SUCCESS
            }
            Err(message) => fail(&message, 2),
        },
        Command::Verify if verify::verify(&root, &info) => ExitCode::SUCCESS,
        Command::Verify => ExitCode::FAILURE,
    }
}

/// `Progress: 3/15 exercises done [###------------]`, then the exercise to
/// work on: the first that does not compile, else the first not done.
fn progress(root: &Path, info: &Info, judged: &[Judged]) -> String {
    let statuses: Vec<&str> = judged.iter().map(run::status).collect();
    let bar: String = statuses
        .iter()
        .map(|&s| if s == "done" { '#' } else { '-' })
        .collect();
    let (done, total) = (bar.matches('#').count(), judged.len());
    let text = format!("Progress: {done}/{total} exercises done [{bar}]\n");
    let broken = judged.iter().position(Result::is_err);
    let Some(next) = broken.or_else(|| statuses.iter().position(|&s| s != "done")) else {
        return text
            + "\nEvery exercise is done. Well done! Next: the homework at the end\n\
                       of each chapter, which changes the chapters' own code.\n";
    };
    let (exercise, result) = (&info.exercises[next], &judged[next]);
    let (number, title, path, stem) = (
        exercise.number,
        &exercise.title,
        exercise.path(),
        exercise.stem(),
    );
    let (chapter, page, chapter_title) = (
        exercise.chapter_number(),
        &exercise.chapter,
        exercise.chapter_title(root),
    );
    // The labels are 11 characters wide; the texts' lines follow them.
    let indent = |text: &str| text.trim().replace('\n', "\n           ");
    let (task, hint) = (indent(&exercise.task), indent(&exercise.hint));
    let passed = run::count(result, Outcome::Passed);
    let total = result.iter().flatten().count();
    let failure = result
        .iter()
        .flatten()
        .find(|test| test.outcome == Outcome::Failed);
    let verdict = match (result, failure) {
        (Err(errors), _) => format!(
            "It does not compile. The compiler says:\n\n{}",
            errors.trim()
        ),
        (Ok(_), Some(failure)) => {
            // Its panic message, without the note on backtraces.
            let lines = failure
                .stderr
                .lines()
                .filter(|line| !line.starts_with("note: run with"));
            let lines: Vec<&str> = lines.filter(|line| !line.is_empty()).take(30).collect();
            let name = &failure.name;
            format!(
                "{passed} of its {total} tests pass. The first that fails, {name}:\n\n    {}",
                lines.join("\n    ")
            )
        }
        (Ok(_), None) => format!(
            "{passed} of its {total} tests pass; the others reach todo!().\nReplace each todo!() in {path} with your code."
        ),
    };
    format!(
        "{text}
Next: exercise {number}, {title}

  chapter  {chapter}, {chapter_title}
           book/src/{page}.md
  file     {path}
  task     {task}
  check    cargo test -p exercises --test {stem}
  hint     {hint}

{verdict}

Save the file and run `cargo run -p exercises` again, or keep
`cargo run -p exercises -- watch` running.
"
    )
}

/// One line per exercise: its number, status, tests passed, chapter, file
/// and title.
fn list(_: &Path, info: &Info, judged: &[Judged]) -> String {
    let mut text = String::new();
    for (exercise, result) in info.exercises.iter().zip(judged) {
        let (number, title, status) = (exercise.number, &exercise.title, run::status(result));
        let tests = format!(
            "{}/{}",
            run::count(result, Outcome::Passed),
            result.iter().flatten().count()
        );
        let (chapter, file) = (exercise.chapter_number(), format!("{}.rs", exercise.stem()));
        let _ = writeln!(
            text,
            "{number:>2}  {status:<16} {tests:>5}  ch{chapter}  {file:<26} {title}"
        );
    }
    let done = judged
        .iter()
        .filter(|result| run::status(result) == "done")
        .count();
    let _ = writeln!(text, "\n{done}/{} exercises done", judged.len());
    text
}

/// The latest modification time in `exercises/` and the number of files
/// there: when it changes, a file was saved.
fn last_change(root: &Path) -> (Option<SystemTime>, usize) {
    let entries = std::fs::read_dir(root.join("crates/exercises/exercises"))
        .into_iter()
        .flatten();
    let times: Vec<Option<SystemTime>> = entries
        .flatten()
        .map(|e| e.metadata().and_then(|m| m.modified()).ok())
        .collect();
    (times.iter().flatten().max().copied(), times.len())
}

/// clap's message without its hints: the lines up to the first blank one,
/// as one line.
fn first_line(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .collect();
    lines
        .iter()
        .map(|line| line.trim())
        .collect::<Vec<_>>()
        .join(" ")
        .trim_start_matches("error: ")
        .to_owned()
}

/// Prints one `error:` line and exits with `status`.
fn fail(message: &str, status: u8) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(status)
}
