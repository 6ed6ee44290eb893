//! Draws every figure (`figures::draw_all`) into `book/src/figures/`.
//!
//! ```text
//! cargo run -p figures              # write the figures that changed
//! cargo run -p figures -- --check   # write nothing; fail if any is out of date
//! ```

use std::collections::BTreeSet;
use std::fs;
use std::io::ErrorKind;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo run -p figures [-- --check]";
const REGENERATE: &str = "cargo run -p figures";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check_only = match args.as_slice() {
        [] => false,
        [flag] if flag == "--check" => true,
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("error: unexpected arguments {args:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(check_only) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Draws each figure and compares it with its file. Writes the files that
/// differ, or with `check_only` lists them. Returns whether all were up to date
/// (or written).
fn run(check_only: bool) -> Result<bool, String> {
    let dir = figures::output_dir();
    if !check_only {
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }

    let mut seen = BTreeSet::new();
    let mut stale = Vec::new();
    for (file_name, svg) in figures::draw_all() {
        if !seen.insert(file_name) {
            return Err(format!("two figures are named {file_name}"));
        }
        let svg = svg.map_err(|e| e.to_string())?;
        let shown = format!("{}/{file_name}", figures::OUTPUT_DIR);
        let path = dir.join(file_name);

        let on_disk = match fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == ErrorKind::NotFound => None,
            Err(e) => return Err(format!("cannot read {shown}: {e}")),
        };
        if on_disk.as_deref() == Some(svg.as_bytes()) {
            println!("up to date  {shown}");
        } else if check_only {
            let why = if on_disk.is_some() {
                "out of date"
            } else {
                "missing"
            };
            println!("{why:<11} {shown}");
            stale.push(shown);
        } else {
            fs::write(&path, &svg).map_err(|e| format!("cannot write {shown}: {e}"))?;
            println!("wrote       {shown}");
        }
    }

    if !stale.is_empty() {
        eprintln!(
            "{} figure(s) differ from what the code draws; run `{REGENERATE}` to redraw them",
            stale.len()
        );
    }
    Ok(stale.is_empty())
}
