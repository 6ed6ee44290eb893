//! Listings show code, not walls of doc comments: the rustdoc above an item
//! is for the API docs, and the chapter around a listing already explains
//! it. An `// ANCHOR:` goes after the item's doc comment.

use std::path::Path;

/// The longest run of `///` or `//!` lines a listing may show.
const MOST_DOC_LINES_IN_A_ROW: usize = 3;

/// The lines of `text` between `// ANCHOR: name` and `// ANCHOR_END: name`.
fn anchored<'a>(text: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let start = format!("ANCHOR: {name}");
    let end = format!("ANCHOR_END: {name}");
    let mut lines = text.lines();
    lines
        .by_ref()
        .find(|line| line.trim_end().ends_with(&start))?;
    Some(
        lines
            .take_while(|line| !line.trim_end().ends_with(&end))
            .collect(),
    )
}

fn longest_doc_run(lines: &[&str]) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for line in lines {
        let trimmed = line.trim_start();
        run = if trimmed.starts_with("///") || trimmed.starts_with("//!") {
            run + 1
        } else {
            0
        };
        longest = longest.max(run);
    }
    longest
}

#[test]
fn listings_start_after_the_doc_comments() {
    let book = Path::new(env!("CARGO_MANIFEST_DIR")).join("../book/src");
    let mut pages = vec![book.clone()];
    let mut checked = 0;
    while let Some(path) = pages.pop() {
        if path.is_dir() {
            pages.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|extension| extension != "md") {
            continue;
        }
        let page = std::fs::read_to_string(&path).unwrap();
        for (number, line) in (1..).zip(page.lines()) {
            let Some(target) = line.trim().strip_prefix("{{#include ") else {
                continue;
            };
            let target = target.trim_end_matches("}}");
            let Some((file, anchor)) = target.split_once(':') else {
                continue;
            };
            let included = path.parent().unwrap().join(file);
            let text = std::fs::read_to_string(&included).unwrap();
            let region = anchored(&text, anchor).unwrap_or_default();
            let run = longest_doc_run(&region);
            assert!(
                run <= MOST_DOC_LINES_IN_A_ROW,
                "{}:{number}: the listing {file}:{anchor} shows {run} doc-comment lines in a row; \
                 move its `// ANCHOR: {anchor}` below the doc comment",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 10, "only {checked} anchored listings found");
}

#[test]
fn a_wall_of_doc_comments_is_counted() {
    let text = "// ANCHOR: a\n/// one\n/// two\n/// three\n/// four\nfn a() {}\n// ANCHOR_END: a\n";
    assert_eq!(longest_doc_run(&anchored(text, "a").unwrap()), 4);
    assert_eq!(longest_doc_run(&["/// x", "fn a() {}", "/// y"]), 1);
}
