//! Reading the book's pages, for the `book_*` tests.

use nnbook_tests::markdown::Page;
use std::fs;
use std::path::{Path, PathBuf};

/// The workspace root: commands in the book run from here.
pub(crate) fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The book's source directory, `book/src`.
pub(crate) fn book_src() -> PathBuf {
    workspace_root().join("book/src")
}

/// A page of the book: its path under `book/src`, text and parsed form.
pub(crate) struct BookPage {
    /// Relative to `book/src`, with `/` separators: `ch03-sigmoid.md`.
    pub(crate) name: String,
    pub(crate) text: String,
    pub(crate) page: Page,
}

/// Reads a page as mdBook reads it: mdbook-katex has taken the maths out
/// before Markdown sees it.
pub(crate) fn parse(text: &str) -> Page {
    Page::parse(&crate::book_maths::without_maths(text))
}

/// Every `.md` file under `book/src`, sorted by name.
pub(crate) fn pages() -> Vec<BookPage> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "md") {
                found.push(path);
            }
        }
    }
    let root = book_src();
    let mut paths = Vec::new();
    walk(&root, &mut paths);
    let mut pages: Vec<BookPage> = paths
        .iter()
        .map(|path| {
            let text = fs::read_to_string(path).unwrap();
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            BookPage {
                name,
                page: parse(&text),
                text,
            }
        })
        .collect();
    pages.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(pages.len() > 10, "the book's pages were not found");
    pages
}

/// The file a page refers to by a path relative to itself.
pub(crate) fn resolve(page_name: &str, target: &str) -> PathBuf {
    let dir = Path::new(page_name).parent().unwrap_or(Path::new(""));
    book_src().join(dir).join(target)
}

/// Panics with every problem found, one per line, if there are any.
pub(crate) fn assert_no_problems(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{} problem(s) with {what}:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
