//! Every internal link, image, `#anchor` and include in the book leads
//! somewhere, every page and figure is reachable, and every image says in
//! words what it shows. No network is needed: links to other sites
//! (`https://...`) are not followed.

use crate::book::{assert_no_problems, book_src, pages, resolve};
use nnbook_tests::markdown::Include;
use std::collections::BTreeSet;
use std::fs;

fn is_external(target: &str) -> bool {
    target.contains("://") || target.starts_with("mailto:")
}

#[test]
fn every_relative_link_and_anchor_exists() {
    let pages = pages();
    let mut problems = Vec::new();
    for page in &pages {
        for (line, target) in &page.page.links {
            if is_external(target) {
                continue;
            }
            let at = format!("{}:{line}: {target}", page.name);
            let (path, anchor) = match target.split_once('#') {
                Some((path, anchor)) => (path, Some(anchor)),
                None => (target.as_str(), None),
            };
            if path.ends_with(".html") {
                problems.push(format!("{at}: link to the .md page; mdBook makes it .html"));
                continue;
            }
            // Only an explicit `{#id}` survives translation: the Japanese
            // edition's headings, and so their made-up ids, are Japanese.
            let ids = if path.is_empty() {
                page.page.explicit_ids.clone()
            } else {
                let file = resolve(&page.name, path);
                if !file.is_file() {
                    problems.push(format!("{at}: no such file"));
                    continue;
                }
                if !path.ends_with(".md") {
                    continue;
                }
                crate::book::parse(&fs::read_to_string(&file).unwrap()).explicit_ids
            };
            if let Some(anchor) = anchor
                && !ids.iter().any(|id| id == anchor)
            {
                problems.push(format!(
                    "{at}: no heading with the explicit id {{#{anchor}}} (explicit ids: {ids:?}); \
                     a link needs one, since the Japanese edition translates the heading's text"
                ));
            }
        }
    }
    assert_no_problems("links", &problems);
}

/// All the include directives of a page, in code blocks and in the prose:
/// mdBook expands them before it reads any Markdown, so every line counts.
fn includes(text: &str) -> Vec<Include> {
    text.lines().filter_map(Include::parse).collect()
}

#[test]
fn every_include_and_anchor_exists() {
    let mut problems = Vec::new();
    for page in pages() {
        for include in includes(&page.text) {
            let at = format!("{}: {{{{#include {}}}}}", page.name, include.path);
            let Ok(text) = fs::read_to_string(resolve(&page.name, &include.path)) else {
                problems.push(format!("{at}: no such file"));
                continue;
            };
            if let Some(anchor) = include.anchor {
                let marks = |word: &str| {
                    text.lines()
                        .filter(|line| {
                            line.trim_start().starts_with("//")
                                || line.trim_start().starts_with('#')
                        })
                        .filter(|line| line.trim_end().ends_with(&format!("{word}: {anchor}")))
                        .count()
                };
                if (marks("ANCHOR"), marks("ANCHOR_END")) != (1, 1) {
                    problems.push(format!(
                        "{at}: needs exactly one `ANCHOR: {anchor}` and one `ANCHOR_END: {anchor}` comment"
                    ));
                }
            }
        }
    }
    assert_no_problems("includes", &problems);
}

/// Every page is listed in SUMMARY.md or included by a page that is, and
/// every figure is shown somewhere: nothing is written for nobody. (The
/// Japanese figures in `figures/ja/` are for the Japanese book.)
#[test]
fn every_page_and_figure_is_reachable() {
    let pages = pages();
    let summary = pages.iter().find(|p| p.name == "SUMMARY.md").unwrap();
    let mut reached: BTreeSet<String> = BTreeSet::from(["SUMMARY.md".to_owned()]);
    for (_, target) in &summary.page.links {
        reached.insert(target.clone());
    }
    let mut used = BTreeSet::new();
    for page in &pages {
        for include in includes(&page.text) {
            let dir = page.name.rsplit_once('/').map_or("", |(dir, _)| dir);
            let path = if dir.is_empty() {
                include.path
            } else {
                format!("{dir}/{}", include.path)
            };
            reached.insert(path);
        }
        for (_, target) in &page.page.links {
            used.insert(resolve(&page.name, target));
        }
    }
    let mut problems: Vec<String> = pages
        .iter()
        .filter(|p| !reached.contains(&p.name))
        .map(|p| format!("{}: not in SUMMARY.md, nor included by a page", p.name))
        .collect();
    let figures = book_src().join("figures");
    for entry in fs::read_dir(&figures).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            continue;
        }
        let shown = used
            .iter()
            .any(|target| target.canonicalize().ok() == path.canonicalize().ok());
        if !shown {
            problems.push(format!("{}: no page shows this figure", path.display()));
        }
    }
    // The Japanese book (translated from this one) shows figures/ja/NAME
    // where this one shows figures/NAME: each needs its English twin.
    for entry in fs::read_dir(figures.join("ja")).unwrap() {
        let path = entry.unwrap().path();
        let twin = path.file_name().map(|name| figures.join(name));
        if !twin.is_some_and(|twin| twin.is_file()) {
            problems.push(format!(
                "{}: no English figure of that name",
                path.display()
            ));
        }
    }
    assert_no_problems("reachability", &problems);
}

/// Every image has alt text that tells a reader who cannot see it what it
/// shows: a description, not a name (five words at the very least).
#[test]
fn every_image_has_alt_text_that_describes_it() {
    let mut problems = Vec::new();
    for page in pages() {
        for (line, target, alt) in &page.page.images {
            if alt.split_whitespace().count() < 5 {
                problems.push(format!(
                    "{}:{line}: {target}: the alt text {alt:?} does not say what the image shows",
                    page.name
                ));
            }
        }
    }
    assert_no_problems("alt text", &problems);
}
