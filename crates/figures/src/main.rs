//! Writes every file that `figures::draw_all` draws: the book's figures and
//! chapter 8's summary table.
//!
//! ```text
//! cargo run -p figures              # write the files that changed
//! cargo run -p figures -- --check   # write nothing; fail if any is out of date
//! ```

use std::fs;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo run -p figures [-- --check]";

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

/// Draws each file and compares it with the one on disk. Writes those that
/// differ, or with `check_only` lists them. Returns whether all were up to
/// date (or written).
fn run(check_only: bool) -> Result<bool, String> {
    let mut stale = Vec::new();
    for (shown, drawn) in figures::draw_all() {
        let drawn = drawn.map_err(|e| e.to_string())?;
        let path = figures::workspace_file(&shown);
        let on_disk = fs::read(&path).ok();
        if on_disk.as_deref() == Some(drawn.as_bytes()) {
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
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            fs::write(&path, &drawn).map_err(|e| format!("cannot write {shown}: {e}"))?;
            println!("wrote       {shown}");
        }
    }
    if !stale.is_empty() {
        let count = stale.len();
        eprintln!("{count} file(s) differ from what the code draws; run `cargo run -p figures`");
    }
    Ok(stale.is_empty())
}
