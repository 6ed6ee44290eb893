//! The exercise runner: your progress and the next exercise to do. They are
//! listed in `info.toml` (`info.rs`); each is its own test target, built and
//! judged by exit status (`run.rs`). `verify.rs` is CI's proof they work.
//! It speaks English or Japanese: `--lang`, else the locale (`language.rs`,
//! the demo's own file); what it says is in `messages.rs`.

mod info;
// The rule that picks English or Japanese, and clap's words in each: the
// demo's own file, so that the two programs cannot disagree.
#[path = "../../forward/src/bin/forward/language.rs"]
mod language;
mod messages;
mod run;
#[cfg(test)]
mod tests;
mod verify;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use info::{Exercise, Info};
use language::Language;
use run::{Judged, Outcome, TestRun, count, status};
use std::ffi::OsString;
use std::fs::DirEntry;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, SystemTime};
use unicode_width::UnicodeWidthStr;

/// The command line. Its help is in `messages.rs`, in both languages.
#[derive(Parser, Debug)]
struct Options {
    #[command(subcommand)]
    command: Option<Command>,

    #[arg(long, value_enum, global = true)]
    lang: Option<Language>,
}

#[derive(Subcommand, Debug)]
enum Command {
    Progress,
    Watch,
    List,
    Hint { exercise: String },
    Verify,
}

/// The command line with its help in `language`.
fn command_line(language: Language) -> clap::Command {
    let help = language.help();
    let about = |text| move |command: clap::Command| command.about(text);
    let command = Options::command()
        .about(help.about)
        .after_help(help.after_help)
        .disable_help_subcommand(true)
        .mut_arg("lang", |arg| arg.help(help.lang).hide_possible_values(true))
        .mut_subcommand("progress", about(help.progress))
        .mut_subcommand("watch", about(help.watch))
        .mut_subcommand("list", about(help.list))
        .mut_subcommand("hint", |command| {
            let command = command.about(help.hint);
            command.mut_arg("exercise", |arg| arg.help(help.exercise))
        })
        .mut_subcommand("verify", about(help.verify));
    language.localize(command)
}

/// The language the user asked for, with `--lang` or the locale.
fn chosen_language(args: &[OsString]) -> Language {
    let flag = Language::flag(Options::command(), args);
    Language::choose(flag, |name| std::env::var(name).ok())
}

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let args: Vec<OsString> = std::env::args_os().collect();
    let language = chosen_language(&args);
    let matches = command_line(language).try_get_matches_from(&args);
    let options = matches.and_then(|matches| Options::from_arg_matches(&matches));
    let (command, info) = match (options, Info::load(&root)) {
        (Ok(options), Ok(info)) => (options.command.unwrap_or(Command::Progress), info),
        // --help and --version are not errors: clap prints them in full.
        (Err(help), _) if !help.use_stderr() => {
            return ExitCode::from(help.print().map_or(1, |()| 0));
        }
        (Err(error), _) => return fail(&language.command_line_error(&error), 2),
        (_, Err(message)) => return fail(&message, 1),
    };
    let watch = matches!(command, Command::Watch);
    let print = match command {
        Command::Progress | Command::Watch => progress,
        Command::List => list,
        Command::Hint { exercise } => match info.find(&exercise, language) {
            Ok(exercise) => {
                let texts = exercise.texts(language);
                let (number, path) = (exercise.number, exercise.path());
                let page = language.hint_page(number, &texts.title, &path, texts.hint.trim());
                println!("{page}");
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
                print!("{}", print(&root, &info, &judged, &done, language));
            }
            Err(message) => return fail(&message, 1),
        }
        if !watch {
            return ExitCode::SUCCESS;
        }
        println!("\n{}", language.watching());
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
fn progress(
    root: &Path,
    info: &Info,
    judged: &[Judged],
    done: &[bool],
    language: Language,
) -> String {
    let mark = |&done: &bool| if done { '#' } else { '-' };
    let bar: String = done.iter().map(mark).collect();
    let (finished, total) = (bar.matches('#').count(), judged.len());
    let old = judged.iter().zip(done).filter(|(j, d)| j.is_err() && **d);
    let text = language.progress(finished, total, old.count(), &bar) + "\n";
    let broken = judged.iter().position(Result::is_err);
    let Some(next) = broken.or_else(|| judged.iter().position(|j| status(j) != "done")) else {
        return text + "\n" + language.all_done() + "\n";
    };
    let (exercise, result) = (&info.exercises[next], &judged[next]);
    let texts = exercise.texts(language);
    let (path, stem, page) = (exercise.path(), exercise.stem(), &exercise.chapter);
    let chapter_title = exercise.chapter_title(root, language);
    let chapter = language.chapter(exercise.chapter_number(), &chapter_title);
    // The labels are 11 columns wide; the texts' lines follow them.
    let indent = |text: &str| text.trim().replace('\n', "\n           ");
    let (task, hint) = (indent(&texts.task), indent(&texts.hint));
    let tests: Vec<&TestRun> = result.iter().flatten().collect();
    let (passed, total) = (count(result, Outcome::Passed), tests.len());
    let verdict = match (result, tests.iter().find(|t| t.outcome == Outcome::Failed)) {
        (Err(errors), _) => language.does_not_compile(errors),
        (Ok(_), Some(failure)) => {
            // Its panic message, without the note on backtraces.
            let lines = failure.log.lines().filter(|l| !l.starts_with("note: "));
            let message: Vec<&str> = lines.filter(|line| !line.is_empty()).take(30).collect();
            let first = language.first_failure(passed, total, &failure.name);
            format!("{first}\n\n    {}", message.join("\n    "))
        }
        (Ok(_), None) => language.rest_not_started(passed, total),
    };
    let next = language.next_exercise(exercise.number, &texts.title);
    let labels = language.labels();
    format!(
        "{text}
{next}

{}{chapter}
           book/src/{page}.md
{}{path}
{}{task}
{}cargo test -p exercises --test {stem}
{}{hint}

{}

{}
",
        labels.chapter,
        labels.file,
        labels.task,
        labels.check,
        labels.hint,
        verdict.trim_end(),
        language.save_and_run_again(),
    )
}

/// One line per exercise: its number, status, tests passed, chapter, file and title.
fn list(_: &Path, info: &Info, judged: &[Judged], _: &[bool], language: Language) -> String {
    let mut text = String::new();
    for (exercise, result) in info.exercises.iter().zip(judged) {
        let (number, title) = (exercise.number, &exercise.texts(language).title);
        let status = language.status(status(result));
        // Padded to 16 columns on screen, where a Japanese character takes two.
        let status = format!(
            "{status}{}",
            " ".repeat(16usize.saturating_sub(status.width()))
        );
        let passed = count(result, Outcome::Passed);
        let tests = format!("{passed}/{}", result.iter().flatten().count());
        let (chapter, file) = (exercise.chapter_number(), format!("{}.rs", exercise.stem()));
        text += &format!("{number:>2}  {status} {tests:>5}  ch{chapter}  {file:<26} {title}\n");
    }
    let done = judged.iter().filter(|j| status(j) == "done").count();
    text + "\n" + &language.exercises_done(done, judged.len()) + "\n"
}

/// The latest modification time in `exercises/`: when it changes, a file was saved.
fn last_change(root: &Path) -> Option<SystemTime> {
    let entries = std::fs::read_dir(root.join("crates/exercises/exercises")).ok()?;
    let modified = |entry: DirEntry| entry.metadata().ok()?.modified().ok();
    entries.flatten().filter_map(modified).max()
}

/// Prints one `error:` line (a message's first paragraph, such as the TOML
/// reader's, in one line), exits with `status`.
fn fail(message: &str, status: u8) -> ExitCode {
    let first_paragraph = message.split("\n\n").next().unwrap_or_default();
    let words: Vec<&str> = first_paragraph.split_whitespace().collect();
    eprintln!("error: {}", words.join(" "));
    ExitCode::from(status)
}
