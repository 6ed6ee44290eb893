//! Prepares the book's pages for rustdoc, so that every ```rust block in
//! `book/src/**/*.md` runs as a doctest of this crate: each page is copied to
//! `$OUT_DIR/book/` with its listing blocks (includes of crate code, compiled
//! in their own crates) marked `text`, and `$OUT_DIR/book_pages.rs` gets one
//! module per page, `#[doc = include_str!("<copy>")] mod page_ch03_sigmoid {}`.
//! Cargo reruns this whenever anything under `book/src/` changes, so a new
//! page is tested without touching any code.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

#[path = "src/markdown.rs"]
#[allow(dead_code, unreachable_pub)]
mod markdown;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=../book/src");
    println!("cargo::rerun-if-changed=src/markdown.rs");
    let book = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?).join("../book/src");
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    let (mut dirs, mut pages) = (vec![book.clone()], Vec::new());
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|extension| extension == "md") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    let mut modules = String::new();
    for page in &pages {
        let relative = page.strip_prefix(&book)?;
        let copy = out_dir.join("book").join(relative);
        fs::create_dir_all(copy.parent().ok_or("a page with no directory")?)?;
        fs::write(&copy, markdown::doctest_copy(&fs::read_to_string(page)?))?;
        // `exercises/ch03-sigmoid.md` gives `page_exercises_ch03_sigmoid`.
        let name = relative.with_extension("").to_string_lossy().to_lowercase();
        let name = name.replace(|c: char| !c.is_ascii_alphanumeric(), "_");
        let copy = copy
            .to_str()
            .ok_or("the build directory's path is not UTF-8")?;
        writeln!(
            modules,
            "#[doc = include_str!({copy:?})]\nmod page_{name} {{}}"
        )?;
    }
    fs::write(out_dir.join("book_pages.rs"), modules)?;
    Ok(())
}
