//! `cargo run -p nnbook-tests --bin check-editions -- book/book book/book/ja`:
//! compares a translated edition of the built book with the English one.
//! CI runs it after building both (`cargo run -p playground -- --build`).
//!
//! For every page of the English book, the translation must have the page,
//! with the same code blocks (`<pre>`, byte for byte: code stays code), the
//! same number of formulas, only translated figures (`figures/ja/...`) that
//! exist, and no Markdown left unrendered (a `**` or `_` that did not turn into
//! emphasis, which happens when a marker touches Japanese punctuation).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs};

fn main() -> ExitCode {
    let arguments: Vec<PathBuf> = env::args_os().skip(1).map(PathBuf::from).collect();
    let [english, translated] = arguments.as_slice() else {
        eprintln!(
            "usage: check-editions ENGLISH_BOOK TRANSLATED_BOOK (e.g. book/book book/book/ja)"
        );
        return ExitCode::from(2);
    };
    let language = translated
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut problems = Vec::new();
    let mut pages = 0;
    // The English book may hold the translation (book/book/ja) or not.
    for page in html_pages(english, &[translated.clone(), english.join(&language)]) {
        pages += 1;
        let relative = page.strip_prefix(english).unwrap_or(&page).to_owned();
        let Ok(ours) = fs::read_to_string(&page) else {
            problems.push(format!("{}: cannot read", page.display()));
            continue;
        };
        let theirs_path = translated.join(&relative);
        let Ok(theirs) = fs::read_to_string(&theirs_path) else {
            problems.push(format!("{}: missing", theirs_path.display()));
            continue;
        };
        let at = theirs_path.display();
        let (our_code, their_code) = (elements(&ours, "pre"), elements(&theirs, "pre"));
        if our_code.len() != their_code.len() {
            problems.push(format!(
                "{at}: {} code blocks, the English page has {}",
                their_code.len(),
                our_code.len()
            ));
        }
        for (number, (a, b)) in our_code.iter().zip(&their_code).enumerate() {
            if a != b {
                let (english_line, their_line) = first_difference(a, b);
                problems.push(format!(
                    "{at}: code block {} differs from the English page's:\n  English: {english_line}\n  {language}: {their_line}",
                    number + 1,
                ));
            }
        }
        let formulas = |html: &str| html.matches("<math").count();
        if formulas(&ours) != formulas(&theirs) {
            problems.push(format!(
                "{at}: {} formulas, the English page has {}",
                formulas(&theirs),
                formulas(&ours)
            ));
        }
        let content = main_content(&theirs);
        for image in content.split("<img src=\"").skip(1) {
            let source = image.split('"').next().unwrap_or_default();
            if source.contains("figures/") && !source.contains(&format!("figures/{language}/")) {
                problems.push(format!(
                    "{at}: shows {source}, the English figure; use figures/{language}/"
                ));
            }
            let file = theirs_path.parent().unwrap_or(translated).join(source);
            if !source.contains("://") && !file.is_file() {
                problems.push(format!("{at}: shows {source}, which is not there"));
            }
        }
        let prose = without(&without(&without(content, "pre"), "code"), "math");
        for marker in ["**", "_", "*"] {
            if let Some(at_byte) = text_only(&prose).find(marker) {
                let text = text_only(&prose);
                let start = text.floor_char_boundary(at_byte.saturating_sub(40));
                let end = text.ceil_char_boundary((at_byte + 40).min(text.len()));
                problems.push(format!(
                    "{at}: Markdown left as text ({marker:?}): ...{}...",
                    &text[start..end]
                ));
            }
        }
    }
    if problems.is_empty() {
        println!(
            "check-editions: {pages} pages of {} and {} agree",
            english.display(),
            translated.display()
        );
        ExitCode::SUCCESS
    } else {
        eprintln!("{}", problems.join("\n"));
        eprintln!("check-editions: {} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}

/// The book's HTML pages, leaving out the translations inside it.
fn html_pages(dir: &Path, skip: &[PathBuf]) -> Vec<PathBuf> {
    let mut pages = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return pages;
    };
    for path in entries.flatten().map(|entry| entry.path()) {
        if skip.contains(&path) {
            continue;
        }
        if path.is_dir() {
            pages.extend(html_pages(&path, skip));
        } else if path
            .extension()
            .is_some_and(|extension| extension == "html")
        {
            pages.push(path);
        }
    }
    pages.sort();
    pages
}

/// Each `<tag ...>...</tag>` element of `html`, whole, in order.
fn elements<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let Some(length) = rest[start..].find(&close) else {
            break;
        };
        let end = start + length + close.len();
        found.push(&rest[start..end]);
        rest = &rest[end..];
    }
    found
}

/// `html` without its `<tag>` elements.
fn without(html: &str, tag: &str) -> String {
    let mut text = html.to_owned();
    for element in elements(html, tag) {
        text = text.replacen(element, " ", 1);
    }
    text
}

/// The page's own text: what mdBook puts in `<main>`.
fn main_content(html: &str) -> &str {
    elements(html, "main").first().copied().unwrap_or(html)
}

/// `html` with its tags (and attributes) removed.
fn text_only(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for character in html.chars() {
        match character {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(character),
            _ => {}
        }
    }
    text
}

/// The two texts from the first character where they differ, a line each.
fn first_difference<'a>(a: &'a str, b: &'a str) -> (&'a str, &'a str) {
    let at = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((at, _), _)| at);
    let line_start = a[..at].rfind('\n').map_or(0, |at| at + 1);
    let line = |text: &'a str| {
        text.get(line_start..)
            .unwrap_or_default()
            .lines()
            .next()
            .unwrap_or_default()
    };
    (line(a), line(b))
}
