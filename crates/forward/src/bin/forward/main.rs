//! The tutorial's demo: run the 3-layer network and print every step.
//!
//! `cargo run -p forward` prints exactly what the tutorial's NumPy code
//! prints. See `--help` for running your own network or input.

mod network_file;
mod printout;

use clap::Parser;
use forward::tutorial;
use nalgebra::DVector;
use network_file::NetworkFile;
use printout::{DemoError, Language, print_demo};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Runs a neural network forward and prints every array and its shape, as
/// the tutorial's NumPy code does.
///
/// With no options it runs the tutorial's network (2 -> 3 -> 2 -> 2, sigmoid
/// hidden layers, identity output) on the input [1.0, 0.5], printing exactly
/// the tutorial's output.
#[derive(Parser, Debug)]
#[command(
    version,
    after_help = "Examples:\n  \
        cargo run -p forward\n  \
        cargo run -p forward -- --lang en\n  \
        cargo run -p forward -- --input 0.2,-1.5\n  \
        cargo run -p forward -- --network crates/forward/networks/tutorial.toml\n\n\
        A network file is TOML: one [[layers]] table per layer, first to last, each with\n\
        `weights` (one row per output, one number per input), `bias` (one number per\n\
        output) and `activation` (step, sigmoid, relu or identity), plus an optional\n\
        top-level `input`. crates/forward/networks/tutorial.toml is the tutorial's network.\n\n\
        Bad input prints one line starting with `error:` and exits with status 2."
)]
struct Options {
    /// Language of the labels: ja (the tutorial's own) or en. The numbers are the same.
    #[arg(long, value_enum, default_value = "ja")]
    lang: Language,

    /// Run the network in this TOML file instead of the tutorial's.
    #[arg(long, value_name = "FILE.toml")]
    network: Option<PathBuf>,

    /// The input, as comma-separated finite numbers (default: the file's `input`, or the
    /// tutorial's 1.0,0.5).
    #[arg(long, value_name = "X1,X2,...", allow_hyphen_values = true)]
    input: Option<String>,
}

fn main() -> ExitCode {
    let options = match Options::try_parse() {
        Ok(options) => options,
        // --help and --version are not errors: clap prints them in full.
        Err(error) if !error.use_stderr() => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => return fail(&first_paragraph(&error.render().to_string())),
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(&message),
    }
}

fn run(options: &Options) -> Result<(), String> {
    let file_name = options
        .network
        .as_ref()
        .map(|path| path.display().to_string());
    let NetworkFile {
        network,
        input: file_input,
    } = match &options.network {
        Some(path) => network_file::load(path)?,
        None => NetworkFile {
            network: tutorial::network(),
            input: Some(tutorial::input()),
        },
    };
    // The file's own input was checked when the file was read.
    let input = match (&options.input, file_input) {
        (Some(text), _) => {
            let input = parse_input(text)?;
            network_file::check_input(&network, &input)
                .map_err(|message| format!("--input: {message}"))?;
            input
        }
        (None, Some(input)) => input,
        (None, None) => {
            let file = file_name.unwrap_or_default();
            return Err(format!(
                "{file} has no `input`: add one to the file, or pass --input"
            ));
        }
    };

    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = print_demo(&mut out, &network, &input, options.lang)
        .and_then(|_| out.flush().map_err(DemoError::Write));
    match written {
        Ok(()) => Ok(()),
        // The reader left early (`| head`): not our error.
        Err(DemoError::Write(error)) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(error.to_string()),
    }
}

/// `"1.0,0.5"` into a vector; each piece must be a number.
fn parse_input(text: &str) -> Result<DVector<f64>, String> {
    let values = text
        .split(',')
        .map(|piece| {
            piece
                .trim()
                .parse::<f64>()
                .map_err(|_| format!("--input: {piece:?} is not a number"))
        })
        .collect::<Result<Vec<f64>, String>>()?;
    Ok(DVector::from_vec(values))
}

/// clap's message without its hints: the lines up to the first blank one,
/// joined into one line.
fn first_paragraph(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect();
    lines.join(" ").trim_start_matches("error: ").to_owned()
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
