//! Writes each file `figures::draw_all` draws that changed. (`cargo test -p
//! figures` is the check: it fails while a committed file is out of date.)

use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args().len() > 1 {
        eprintln!("usage: cargo run -p figures (no arguments)");
        return ExitCode::from(2);
    }
    for (shown, drawn) in figures::draw_all() {
        let path = figures::workspace_file(&shown);
        let written = drawn.map_err(|e| e.to_string()).and_then(|drawn| {
            if std::fs::read(&path).is_ok_and(|bytes| bytes == drawn.as_bytes()) {
                return Ok("up to date");
            }
            let dir = path.parent().unwrap_or(&path);
            let write = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, &drawn));
            write
                .map(|()| "wrote")
                .map_err(|e| format!("cannot write {shown}: {e}"))
        });
        match written {
            Ok(what) => println!("{what:<11} {shown}"),
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
