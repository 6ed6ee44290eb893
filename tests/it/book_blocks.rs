//! Every code block in the book is tested or checked: the rules.
//!
//! - ```` ```rust ```` blocks are doctests of this crate (see `src/lib.rs`),
//!   or listings: one include of code that lives in a crate.
//! - ```` ```text ```` blocks are printed output, each with a check comment
//!   (`book_outputs` runs it).
//! - ```` ```sh ```` blocks are commands for the reader; ```` ```toml ````
//!   blocks are listings of network files.
//! - ```` ```python ```` blocks are listings of the tutorial's NumPy code in
//!   `book/python/`, which `book/python/check.py` runs in CI (`cargo test`
//!   needs no Python).

use crate::book::{BookPage, assert_no_problems, pages};
use crate::checks::Check;
use nnbook_tests::markdown::CodeBlock;

const LANGUAGES: [&str; 5] = ["rust", "text", "sh", "toml", "python"];

/// Doctest attributes a page may use. `ignore` and `no_run` would let a
/// block go stale, so they are not among them.
fn allowed_rust_attribute(attribute: &str) -> bool {
    matches!(attribute, "compile_fail" | "should_panic")
        || (attribute.len() == 5
            && attribute.starts_with('E')
            && attribute[1..].chars().all(|c| c.is_ascii_digit()))
}

fn problems_with(page: &BookPage, check: impl Fn(&CodeBlock) -> Option<String>) -> Vec<String> {
    page.page
        .blocks
        .iter()
        .filter_map(|block| {
            check(block).map(|problem| format!("{}:{}: {problem}", page.name, block.line))
        })
        .collect()
}

#[test]
fn every_block_has_a_known_language_and_no_untested_attribute() {
    let mut problems = Vec::new();
    for page in pages() {
        problems.extend(problems_with(&page, |block| {
            if !LANGUAGES.contains(&block.language()) {
                return Some(format!(
                    "code block language {:?}: use one of {LANGUAGES:?}",
                    block.info
                ));
            }
            if block.language() == "python" && block.includes().is_empty() {
                return Some(
                    "a python block must include a file of book/python/, which CI runs".to_owned(),
                );
            }
            let refused: Vec<&str> = block
                .attributes()
                .into_iter()
                .filter(|a| block.language() != "rust" || !allowed_rust_attribute(a))
                .collect();
            (!refused.is_empty())
                .then(|| format!("attribute(s) {refused:?}: every rust block must compile and run"))
        }));
    }
    assert_no_problems("code block languages", &problems);
}

#[test]
fn a_listing_is_one_include_and_nothing_else() {
    let mut problems = Vec::new();
    for page in pages() {
        problems.extend(problems_with(&page, |block| {
            let includes = block.includes();
            if includes.is_empty() {
                return None;
            }
            if includes.len() != 1 || block.content.lines().count() != 1 {
                return Some(
                    "a listing block holds exactly one {{#include}} line: \
                     code around it would be neither compiled nor tested"
                        .to_owned(),
                );
            }
            let wanted = match block.language() {
                "rust" => ".rs",
                "toml" => ".toml",
                "python" => ".py",
                other => return Some(format!("a {other} block cannot be a listing")),
            };
            (!includes[0].path.ends_with(wanted)).then(|| {
                format!(
                    "a {} listing must include a {wanted} file",
                    block.language()
                )
            })
        }));
    }
    assert_no_problems("listings", &problems);
}

#[test]
fn every_output_block_says_what_prints_it() {
    let mut problems = Vec::new();
    for page in pages() {
        let mut shown_commands = page.page.inline_code.clone();
        for block in page.page.blocks.iter().filter(|b| b.language() == "sh") {
            shown_commands.extend(block.content.lines().map(str::to_owned));
        }
        problems.extend(problems_with(&page, |block| {
            let checks: Vec<Result<Check, String>> =
                block.comments.iter().filter_map(|c| Check::parse(c)).collect();
            if block.language() != "text" {
                return (!checks.is_empty())
                    .then(|| "output checks belong above ```text blocks only".to_owned());
            }
            if checks.is_empty() {
                return Some(
                    "a ```text block is printed output and needs a comment above it saying \
                     what prints it, such as <!-- stdout of: cargo run -q -p forward -->"
                        .to_owned(),
                );
            }
            let mut problems = Vec::new();
            for check in checks {
                match check {
                    Err(message) => problems.push(message),
                    Ok(check) => {
                        if let Some(command) = check.command()
                            && !shown_commands.iter().any(|shown| shown.trim() == command)
                        {
                            problems.push(format!(
                                "the reader is never shown `{command}`: put it in a ```sh block or in `code`"
                            ));
                        }
                    }
                }
            }
            (!problems.is_empty()).then(|| problems.join("; "))
        }));
    }
    assert_no_problems("output blocks", &problems);
}

/// Each chapter ends with its exercises, from `exercises/<same name>`.
#[test]
fn every_chapter_ends_with_its_exercises() {
    let mut problems = Vec::new();
    for page in pages().iter().filter(|p| p.name.starts_with("ch")) {
        let expected = format!("{{{{#include exercises/{}}}}}", page.name);
        let last = page.text.lines().rev().find(|line| !line.trim().is_empty());
        if last != Some(expected.as_str()) {
            problems.push(format!("{}: the last line must be {expected}", page.name));
        }
    }
    assert_no_problems("chapter endings", &problems);
}

/// The `cargo run` commands shown to the reader name packages, examples and
/// files that exist. (Those whose output the book shows are also run, by
/// `book_outputs`.)
#[test]
fn every_command_shown_names_what_exists() {
    let root = crate::book::workspace_root();
    let mut problems = Vec::new();
    for page in pages() {
        for block in page.page.blocks.iter().filter(|b| b.language() == "sh") {
            for command in block.content.lines().filter(|l| l.starts_with("cargo run")) {
                let words: Vec<&str> = command.split_whitespace().collect();
                let after = |flag: &str| {
                    words
                        .iter()
                        .position(|w| *w == flag)
                        .and_then(|i| words.get(i + 1))
                };
                let mut missing = Vec::new();
                let package = after("-p").copied().unwrap_or("forward");
                let dir = if package == "nnbook-tests" {
                    root.join("tests")
                } else {
                    root.join("crates").join(package)
                };
                if !dir.join("Cargo.toml").is_file() {
                    missing.push(format!("package {package}"));
                }
                if let Some(example) = after("--example")
                    && !dir.join("examples").join(format!("{example}.rs")).is_file()
                {
                    missing.push(format!("example {example}"));
                }
                for path in words.iter().filter(|w| w.contains('/')) {
                    if !root.join(path).exists() {
                        missing.push(format!("file {path}"));
                    }
                }
                if !missing.is_empty() {
                    problems.push(format!(
                        "{}:{}: `{command}`: no {}",
                        page.name,
                        block.line,
                        missing.join(", no ")
                    ));
                }
            }
        }
    }
    assert_no_problems("commands", &problems);
}

/// The lines of a block that carry the code: no blank lines, no `use`.
fn code_lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("use "))
        .collect()
}

/// Whether `twin` is `failing` with exactly one line changed (imports
/// aside); the twin may go on after the changed code, with assertions say.
fn differs_in_one_line(failing: &str, twin: &str) -> bool {
    let (failing, twin) = (code_lines(failing), code_lines(twin));
    twin.len() >= failing.len() && failing.iter().zip(&twin).filter(|(a, b)| a != b).count() == 1
}

/// Stable rustdoc does not check the error code of a `compile_fail` block:
/// it passes if the code fails to compile for any reason, a typo included.
/// So every such block stands next to a compiling twin (the rust block just
/// before or after it) that is the same code with one line changed: then
/// that line, the mistake the page is about, is the only possible reason.
#[test]
fn every_compile_fail_block_has_a_compiling_twin() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for page in pages() {
        let rust: Vec<&CodeBlock> = page
            .page
            .blocks
            .iter()
            .filter(|b| b.language() == "rust")
            .collect();
        let fails = |block: &CodeBlock| block.attributes().contains(&"compile_fail");
        for (i, block) in rust.iter().enumerate().filter(|(_, b)| fails(b)) {
            checked += 1;
            let neighbours = [i.checked_sub(1), Some(i + 1)];
            let has_twin = neighbours
                .into_iter()
                .flatten()
                .filter_map(|j| rust.get(j))
                .any(|twin| !fails(twin) && differs_in_one_line(&block.content, &twin.content));
            if !has_twin {
                problems.push(format!(
                    "{}:{}: a compile_fail block needs a compiling twin just before or after \
                     it that differs in exactly one line (imports aside)",
                    page.name, block.line
                ));
            }
        }
    }
    assert_no_problems("compile_fail twins", &problems);
    assert!(checked >= 3, "only {checked} compile_fail blocks found");
}
