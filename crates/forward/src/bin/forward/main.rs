//! The tutorial's demo: run the 3-layer network and print every step.
//!
//! `cargo run -p forward` prints exactly what the tutorial's NumPy code
//! prints. See `--help` for running your own network or input.
//!
//! It speaks English or Japanese (`language.rs`): `--lang` chooses the
//! labels of the printout and the language of the help and errors
//! (`messages.rs`). Without it the labels stay the tutorial's Japanese, so
//! the output is the tutorial's whatever the locale, and the help and errors
//! follow the locale.

mod language;
mod messages;
mod network_file;
mod printout;

use clap::{CommandFactory, FromArgMatches, Parser};
use forward::tutorial;
use language::Language;
use nalgebra::DVector;
use network_file::NetworkFile;
use printout::{DemoError, print_demo};
use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The command line. Its help is in `messages.rs`, in both languages.
#[derive(Parser, Debug)]
#[command(version)]
struct Options {
    #[arg(long, value_enum)]
    lang: Option<Language>,

    #[arg(long, value_name = "FILE.toml")]
    network: Option<PathBuf>,

    #[arg(long, value_name = "X1,X2,...", allow_hyphen_values = true)]
    input: Option<String>,
}

/// The command line with its help in `language`.
fn command_line(language: Language) -> clap::Command {
    let help = language.help();
    let command = Options::command()
        .about(help.about)
        .after_help(help.after_help)
        .mut_arg("lang", |arg| arg.help(help.lang).hide_possible_values(true))
        .mut_arg("network", |arg| arg.help(help.network))
        .mut_arg("input", |arg| arg.help(help.input));
    language.localize(command)
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let flag = Language::flag(Options::command(), &args);
    let language = Language::choose(flag, |name| std::env::var(name).ok());
    let matches = command_line(language).try_get_matches_from(&args);
    let options = match matches.and_then(|matches| Options::from_arg_matches(&matches)) {
        Ok(options) => options,
        // --help and --version are not errors: clap prints them in full.
        Err(error) if !error.use_stderr() => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => return fail(&language.command_line_error(&error)),
    };
    match run(&options, language) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(&message),
    }
}

/// Runs the demo; errors are in `language`.
fn run(options: &Options, language: Language) -> Result<(), String> {
    let file_name = options
        .network
        .as_ref()
        .map(|path| path.display().to_string());
    let NetworkFile {
        network,
        input: file_input,
    } = match &options.network {
        Some(path) => network_file::load(path, language)?,
        None => NetworkFile {
            network: tutorial::network(),
            input: Some(tutorial::input()),
        },
    };
    // The file's own input was checked when the file was read.
    let input = match (&options.input, file_input) {
        (Some(text), _) => {
            let input = parse_input(text, language)?;
            network_file::check_input(&network, &input, language)
                .map_err(|message| format!("--input: {message}"))?;
            input
        }
        (None, Some(input)) => input,
        (None, None) => return Err(language.no_input(&file_name.unwrap_or_default())),
    };

    // The labels are the tutorial's unless --lang asks for others.
    let labels = options.lang.unwrap_or(Language::Japanese);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = print_demo(&mut out, &network, &input, labels)
        .and_then(|_| out.flush().map_err(DemoError::Write));
    match written {
        Ok(()) => Ok(()),
        // The reader left early (`| head`): not our error.
        Err(DemoError::Write(error)) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(language.demo_error(&error)),
    }
}

/// `"1.0,0.5"` into a vector; each piece must be a number.
fn parse_input(text: &str, language: Language) -> Result<DVector<f64>, String> {
    let values = text
        .split(',')
        .map(|piece| {
            piece
                .trim()
                .parse::<f64>()
                .map_err(|_| format!("--input: {}", language.not_a_number(piece)))
        })
        .collect::<Result<Vec<f64>, String>>()?;
    Ok(DVector::from_vec(values))
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
