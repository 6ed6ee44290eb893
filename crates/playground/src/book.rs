//! The built book, English at `book/book` and each translation under it
//! (`book/book/ja`): rebuilt with the pinned mdBook when it is missing or
//! older than its sources.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// The versions the book is tested with (see `.ci/run`).
const MDBOOK: &str = "0.5.3";
const MDBOOK_KATEX: &str = "0.10.0";
/// mdbook-gettext, which translates the pages, has no `--version`.
const MDBOOK_I18N_HELPERS: &str = "0.4.0";

/// The translations (`book/po/LANGUAGE.po`), each built into
/// `book/book/LANGUAGE/`, with the title its pages show.
pub(crate) const TRANSLATIONS: [&str; 1] = ["ja"];
const TITLES: [&str; 1] = ["活性化関数をRustで読み直す"];

/// The translations `root` has a catalogue for, with their titles.
fn translations(root: &Path) -> impl Iterator<Item = (&'static str, &'static str)> {
    let catalogue = |language: &str| root.join("po").join(format!("{language}.po"));
    TRANSLATIONS
        .into_iter()
        .zip(TITLES)
        .filter(move |(language, _)| catalogue(language).is_file())
}

/// `root/book`, built first if it is missing or stale. The error is one line.
pub(crate) fn prepare(root: &Path) -> Result<PathBuf, String> {
    let output = root.join("book");
    let built = std::iter::once(output.clone())
        .chain(translations(root).map(|(language, _)| output.join(language)))
        .map(|edition| modified(&edition.join("index.html")))
        .min()
        .flatten();
    let sources = newest(root, &output);
    if built.is_some_and(|built| sources.is_none_or(|sources| sources <= built)) {
        return Ok(output);
    }
    build(root)?;
    Ok(output)
}

/// Builds the English book and its translations, as CI does.
pub(crate) fn build(root: &Path) -> Result<(), String> {
    let install = format!(
        "cargo install --locked --version {MDBOOK} mdbook && cargo install --locked --version {MDBOOK_KATEX} mdbook-katex && cargo install --locked --version {MDBOOK_I18N_HELPERS} mdbook-i18n-helpers"
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
    if translations(root).next().is_some()
        && Command::new("mdbook-gettext")
            .args(["supports", "html"])
            .output()
            .is_err()
    {
        return Err(format!(
            "mdbook-gettext (mdbook-i18n-helpers {MDBOOK_I18N_HELPERS}) is needed to build the book's translations; install the book's tools with: {install}"
        ));
    }
    eprintln!("building the book with mdbook {MDBOOK} ...");
    mdbook(Command::new("mdbook").arg("build").arg(root))?;
    for (language, title) in translations(root) {
        // mdbook-gettext translates the pages when the book's language has
        // a catalogue; the title is not a message, so it is set here.
        let output = root.join("book").join(language);
        mdbook(
            Command::new("mdbook")
                .arg("build")
                .arg(root)
                .arg("--dest-dir")
                .arg(&output)
                .env("MDBOOK_BOOK__LANGUAGE", language)
                .env("MDBOOK_BOOK__TITLE", title),
        )?;
    }
    Ok(())
}

fn mdbook(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|error| format!("could not start mdbook: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status}): see above"))
    }
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
