//! The exercise runner: your progress and the next exercise to do. They are
//! listed in `info.toml` (`info.rs`); each is its own test target, built and
//! judged by exit status (`run.rs`). `verify.rs` is CI's proof they work.

mod info;
mod run;
#[cfg(test)]
mod tests;
mod verify;

use clap::{Parser, Subcommand};
use info::{Exercise, Info};
use run::{Judged, Outcome, TestRun, count, status};
use std::fs::DirEntry;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

/// Shows your progress through the book's exercises and the next one to do, with its hint.
#[derive(Parser, Debug)]
#[command(after_help = "Example: cargo run -p exercises -- hint 3\n\n\
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
    /// todo!() and every solution passes them, clippy-clean, and that
    /// every wrong answer in wrong-answers/ fails them.
    Verify,
}

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (command, info) = match (Options::try_parse(), Info::load(&root)) {
        (Ok(options), Ok(info)) => (options.command.unwrap_or(Command::Progress), info),
        // --help and --version are not errors: clap prints them in full.
        (Err(help), _) if !help.use_stderr() => {
            return ExitCode::from(help.print().map_or(1, |()| 0));
        }
        (Err(error), _) => return fail(&error.render().to_string(), 2),
        (_, Err(message)) => return fail(&message, 1),
    };
    let watch = matches!(command, Command::Watch);
    let print = match command {
        Command::Progress | Command::Watch => progress,
        Command::List => list,
        Command::Hint { exercise } => match info.find(&exercise) {
            Ok(exercise) => {
                let (number, title, path) = (exercise.number, &exercise.title, exercise.path());
                let hint = exercise.hint.trim();
                println!("Exercise {number}: {title}\n{path}\n\nHint:\n{hint}");
                return ExitCode::SUCCESS;
            }
            Err(message) => return fail(&message, 2),
        },
        Command::Verify => return verify::verify(&root, &info),
    };
    loop {
        // In watch mode, clear the screen and go to its top-left corner first.
        print!("{}", if watch { "\x1b[2J\x1b[H" } else { "" });
        match run::judge_all(&root, &info, &["--test=*"], None) {
            Ok(judged) => {
                let done = remember(&root, &info, &judged);
                print!("{}", print(&root, &info, &judged, &done));
            }
            Err(message) => return fail(&message, 1),
        }
        if !watch {
            return ExitCode::SUCCESS;
        }
        println!("\nWatching crates/exercises/exercises/ for changes. Ctrl-C stops.");
        let before = last_change(&root);
        while last_change(&root) == before {
            std::thread::sleep(Duration::from_millis(300));
        }
    }
}

/// Which exercises are done: as judged now, or for one that does not compile now, as at the
/// last run where it did (kept in `target/exercises-done.txt`), so an error does not hide them.
fn remember(root: &Path, info: &Info, judged: &[Judged]) -> Vec<bool> {
    let file = root.join("target/exercises-done.txt");
    let before = std::fs::read_to_string(&file).unwrap_or_default();
    let was = |e: &Exercise| before.lines().any(|line| line == e.stem());
    let is_done = |(e, j)| status(j) == "done" || (j.is_err() && was(e));
    let done: Vec<bool> = info.exercises.iter().zip(judged).map(is_done).collect();
    let stems = info.exercises.iter().zip(&done).filter(|(_, done)| **done);
    let text: String = stems.map(|(e, _)| e.stem() + "\n").collect();
    let _ = std::fs::write(file, text);
    done
}

/// `Progress: 3/15 ...`, then the first exercise that does not compile, else the first not done.
fn progress(root: &Path, info: &Info, judged: &[Judged], done: &[bool]) -> String {
    let mark = |&done: &bool| if done { '#' } else { '-' };
    let bar: String = done.iter().map(mark).collect();
    let (finished, total) = (bar.matches('#').count(), judged.len());
    let old = judged.iter().zip(done).filter(|(j, d)| j.is_err() && **d);
    let old = match old.count() {
        0 => String::new(),
        old => format!(" ({old} as when they last compiled)"),
    };
    let text = format!("Progress: {finished}/{total} exercises done{old} [{bar}]\n");
    let broken = judged.iter().position(Result::is_err);
    let Some(next) = broken.or_else(|| judged.iter().position(|j| status(j) != "done")) else {
        return text + "\nEvery exercise is done. Well done! The homework comes next.\n";
    };
    let (exercise, result) = (&info.exercises[next], &judged[next]);
    let (number, title) = (exercise.number, &exercise.title);
    let (path, stem) = (exercise.path(), exercise.stem());
    let (chapter, page) = (exercise.chapter_number(), &exercise.chapter);
    let chapter_title = exercise.chapter_title(root);
    // The labels are 11 characters wide; the texts' lines follow them.
    let indent = |text: &str| text.trim().replace('\n', "\n           ");
    let (task, hint) = (indent(&exercise.task), indent(&exercise.hint));
    let tests: Vec<&TestRun> = result.iter().flatten().collect();
    let (passed, total) = (count(result, Outcome::Passed), tests.len());
    let verdict = match (result, tests.iter().find(|t| t.outcome == Outcome::Failed)) {
        (Err(errors), _) => format!("It does not compile. The compiler says:\n\n{errors}"),
        (Ok(_), Some(failure)) => {
            // Its panic message, without the note on backtraces.
            let lines = failure.log.lines().filter(|l| !l.starts_with("note: "));
            let message: Vec<&str> = lines.filter(|line| !line.is_empty()).take(30).collect();
            let (name, message) = (&failure.name, message.join("\n    "));
            let first = format!("{passed} of its {total} tests pass. The first that fails");
            format!("{first}, {name}:\n\n    {message}")
        }
        (Ok(_), None) => format!("{passed} of its {total} tests pass; the others reach todo!()."),
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

{}

Save the file and run `cargo run -p exercises` again, or keep
`cargo run -p exercises -- watch` running.
",
        verdict.trim_end()
    )
}

/// One line per exercise: its number, status, tests passed, chapter, file and title.
fn list(_: &Path, info: &Info, judged: &[Judged], _: &[bool]) -> String {
    let mut text = String::new();
    for (exercise, result) in info.exercises.iter().zip(judged) {
        let (number, title, status) = (exercise.number, &exercise.title, status(result));
        let passed = count(result, Outcome::Passed);
        let tests = format!("{passed}/{}", result.iter().flatten().count());
        let (chapter, file) = (exercise.chapter_number(), format!("{}.rs", exercise.stem()));
        text += &format!("{number:>2}  {status:<16} {tests:>5}  ch{chapter}  {file:<26} {title}\n");
    }
    let done = judged.iter().filter(|j| status(j) == "done").count();
    text + &format!("\n{done}/{} exercises done\n", judged.len())
}

/// The latest modification time in `exercises/`: when it changes, a file was saved.
fn last_change(root: &Path) -> Option<SystemTime> {
    let entries = std::fs::read_dir(root.join("crates/exercises/exercises")).ok()?;
    let modified = |entry: DirEntry| entry.metadata().ok()?.modified().ok();
    entries.flatten().filter_map(modified).max()
}

/// Prints one `error:` line (clap's first paragraph, without its `error: `), exits with `status`.
fn fail(message: &str, status: u8) -> ExitCode {
    let first_paragraph = message.split("\n\n").next().unwrap_or_default();
    let words: Vec<&str> = first_paragraph.split_whitespace().collect();
    eprintln!("error: {}", words.join(" ").trim_start_matches("error: "));
    ExitCode::from(status)
}
