//! Writes each file `figures::draw_all` draws that changed; with `--check`,
//! writes nothing and fails if any is out of date.

use std::process::ExitCode;

fn main() -> ExitCode {
    let check_only = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => {
            eprintln!("usage: cargo run -p figures [-- --check]");
            return ExitCode::from(2);
        }
    };
    let ok = run(check_only).unwrap_or_else(|message| {
        eprintln!("error: {message}");
        false
    });
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Writes each file that differs from what is drawn, or with `check_only`
/// lists it; returns whether all were up to date (or written).
fn run(check_only: bool) -> Result<bool, String> {
    let mut stale = 0;
    for (shown, drawn) in figures::draw_all() {
        let (drawn, path) = (
            drawn.map_err(|e| e.to_string())?,
            figures::workspace_file(&shown),
        );
        let why = match std::fs::read(&path).ok() {
            Some(bytes) if bytes == drawn.as_bytes() => "up to date",
            Some(_) if check_only => "out of date",
            None if check_only => "missing",
            _ => {
                let dir = path.parent().unwrap_or(&path);
                let written =
                    std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, &drawn));
                written.map_err(|e| format!("cannot write {shown}: {e}"))?;
                "wrote"
            }
        };
        stale += usize::from(check_only && why != "up to date");
        println!("{why:<11} {shown}");
    }
    if stale > 0 {
        eprintln!("{stale} file(s) differ from what the code draws; run `cargo run -p figures`");
    }
    Ok(stale == 0)
}
