//! Prepares the book's pages for rustdoc, so that every ```rust block in
//! `book/src/**/*.md` runs as a doctest of this crate.
//!
//! For each page it writes a copy to `$OUT_DIR/book/` in which listing blocks
//! (includes of crate code, compiled in their own crates) are marked `text`,
//! and it writes `$OUT_DIR/book_pages.rs` with one module per page:
//! `#[doc = include_str!("<copy>")] mod ch03_sigmoid {}`. Cargo reruns this
//! script whenever anything under `book/src/` changes, so a new page is
//! tested without touching any code.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io};

#[path = "src/markdown.rs"]
#[allow(dead_code, unreachable_pub)]
mod markdown;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let book = manifest_dir.join("../book/src");
    println!("cargo::rerun-if-changed=../book/src");
    println!("cargo::rerun-if-changed=src/markdown.rs");

    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    let mut pages = Vec::new();
    find_pages(&book, &mut pages)?;
    pages.sort();

    let mut modules = String::new();
    for page in &pages {
        let relative = page.strip_prefix(&book)?;
        let copy = out_dir.join("book").join(relative);
        if let Some(parent) = copy.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&copy, markdown::doctest_copy(&fs::read_to_string(page)?))?;
        let copy = copy
            .to_str()
            .ok_or("the build directory's path is not UTF-8")?;
        writeln!(
            modules,
            "#[doc = include_str!({copy:?})]\nmod {} {{}}",
            module_name(relative)
        )?;
    }
    fs::write(out_dir.join("book_pages.rs"), modules)?;
    Ok(())
}

/// Every `.md` file under `dir`.
fn find_pages(dir: &Path, pages: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            find_pages(&path, pages)?;
        } else if path.extension().is_some_and(|extension| extension == "md") {
            pages.push(path);
        }
    }
    Ok(())
}

/// `exercises/ch03-sigmoid.md` gives `exercises_ch03_sigmoid`.
fn module_name(relative: &Path) -> String {
    let name: String = relative
        .with_extension("")
        .to_string_lossy()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("page_{}", name.to_lowercase())
}
