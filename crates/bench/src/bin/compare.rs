//! The Rust side of `crates/bench/compare-numpy`: the `bench` library's cases
//! on the inputs the Python side wrote (raw `f64` files `x_1e3.f64`, ...,
//! `batch_1e6.f64` in the folder given), serving `time CASE CALLS` (prints
//! seconds per call) and `write CASE PATH` (writes one call's raw result),
//! one command per line on stdin, so that the sides take turns on one core.
//! A bad command gets an `error:` line; a bad input file, exit code 2.

use bench::{BATCHES, Case, SIZES};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let folder = PathBuf::from(std::env::args_os().nth(1).unwrap_or_default());
    // Each list of sizes, read from the files `{prefix}_{size}.f64`.
    let read = |prefix: &str, sizes: &[(&str, usize)], per: usize| {
        let read_one = |&(name, len): &(&str, usize)| {
            let path = folder.join(format!("{prefix}_{name}.f64"));
            match std::fs::read(&path) {
                Ok(bytes) if bytes.len() == 8 * per * len => {
                    Ok((name.to_owned(), bytemuck::pod_collect_to_vec(&bytes)))
                }
                Ok(_) => Err(format!("{}: expected {} f64", path.display(), per * len)),
                Err(error) => Err(format!("{}: {error}", path.display())),
            }
        };
        sizes.iter().map(read_one).collect::<Result<_, String>>()
    };
    let inputs = match (read("x", &SIZES, 1), read("batch", &BATCHES, 2)) {
        (Ok(activations), Ok(batches)) => bench::Inputs::new(activations, batches),
        (Err(message), _) | (_, Err(message)) => {
            eprintln!("compare: {message} (usage: compare DATA_FOLDER)");
            return ExitCode::from(2);
        }
    };
    if let Err(error) = serve(&mut bench::cases(&inputs)) {
        eprintln!("compare: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Answers commands until the end of input.
fn serve(cases: &mut [Case<'_>]) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let words: Vec<&str> = line.split_whitespace().collect();
        let answer = match (words.as_slice(), words.get(1).map(|name| find(cases, name))) {
            (["time", _, calls], Some(Ok(case))) => match calls.parse() {
                Ok(calls) => Ok(format!("{:e}", case.time(calls))),
                Err(_) => Err(format!("{calls:?} is not a count")),
            },
            (["write", _, path], Some(Ok(case))) => std::fs::write(path, case.output())
                .map(|()| "ok".to_owned())
                .map_err(|error| format!("{path}: {error}")),
            (["time" | "write", ..], Some(Err(message))) => Err(message),
            _ => Err(format!("unknown command {line:?}")),
        };
        match answer {
            Ok(text) => writeln!(stdout, "{text}")?,
            Err(message) => writeln!(stdout, "error: {message}")?,
        }
        stdout.flush()?;
    }
    Ok(())
}

fn find<'c, 'a>(cases: &'c mut [Case<'a>], name: &str) -> Result<&'c mut Case<'a>, String> {
    let found = cases.iter_mut().find(|case| case.name == name);
    found.ok_or_else(|| format!("no case {name:?}"))
}
