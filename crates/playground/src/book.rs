//! The built book: rebuilt with the pinned mdBook when it is missing or
//! older than its sources.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// The versions the book is tested with (see `.ci/run`).
const MDBOOK: &str = "0.5.3";
const MDBOOK_KATEX: &str = "0.10.0";

/// `root/book`, built first if it is missing or stale. The error is one line.
pub(crate) fn prepare(root: &Path) -> Result<PathBuf, String> {
    let output = root.join("book");
    let built = modified(&output.join("index.html"));
    let sources = newest(root, &output);
    if built.is_some_and(|built| sources.is_none_or(|sources| sources <= built)) {
        return Ok(output);
    }
    let install = format!(
        "cargo install --locked --version {MDBOOK} mdbook && cargo install --locked --version {MDBOOK_KATEX} mdbook-katex"
    );
    for (tool, version) in [("mdbook", MDBOOK), ("mdbook-katex", MDBOOK_KATEX)] {
        let found = Command::new(tool)
            .arg("--version")
            .output()
            .ok()
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned());
        let wanted = |text: &str| {
            text.split_whitespace()
                .nth(1)
                .is_some_and(|found| found.trim_start_matches('v') == version)
        };
        match found {
            Some(text) if wanted(&text) => {}
            Some(text) => {
                return Err(format!(
                    "the book is built with {tool} {version}, but `{tool} --version` says {text:?}; install the pinned versions: {install}"
                ));
            }
            None => {
                return Err(format!(
                    "{tool} {version} is needed to build the book; install it (and its partner) with: {install}"
                ));
            }
        }
    }
    eprintln!("building the book with mdbook {MDBOOK} ...");
    let status = Command::new("mdbook")
        .arg("build")
        .arg(root)
        .status()
        .map_err(|error| format!("could not start mdbook: {error}"))?;
    if !status.success() {
        return Err(format!(
            "mdbook build {} failed ({status}): see above",
            root.display()
        ));
    }
    Ok(output)
}

fn modified(path: &Path) -> Option<SystemTime> {
    path.metadata()
        .and_then(|metadata| metadata.modified())
        .ok()
}

/// The newest modification time of the files under `dir`, leaving out the
/// book's output.
fn newest(dir: &Path, output: &Path) -> Option<SystemTime> {
    let mut newest = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        if path == output {
            continue;
        }
        let time = if path.is_dir() {
            self::newest(&path, output)
        } else {
            modified(&path)
        };
        newest = newest.max(time);
    }
    newest
}
