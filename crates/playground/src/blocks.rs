//! The `rust` blocks of a chapter's Markdown, in page order, with what the
//! page may do with each: the script in the page (`book/playground.js`)
//! pairs them with the page's `code.language-rust` elements.

use serde::Serialize;
use std::path::Path;

/// One ```` ```rust ```` block.
#[derive(Debug, Serialize)]
pub(crate) struct Block {
    /// `run` (a program or a doctest-style snippet), `listing` (code
    /// included from a crate, compiled there), `compile_fail`, `ignore` or
    /// `no_run`.
    pub(crate) kind: &'static str,
    /// The block's text as written, hidden `# ` lines included; empty
    /// unless `kind` is `run`.
    pub(crate) code: String,
}

/// The `rust` blocks of `markdown`.
pub(crate) fn rust_blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let Some((fence, info)) = opening_fence(line) else {
            continue;
        };
        let mut content = String::new();
        for line in lines.by_ref() {
            let trimmed = line.trim();
            if trimmed.starts_with(&fence) && trimmed.chars().all(|c| fence.starts_with(c)) {
                break;
            }
            content.push_str(line);
            content.push('\n');
        }
        let mut words = info.split([',', ' ', '\t']).filter(|word| !word.is_empty());
        if words.next() != Some("rust") {
            continue;
        }
        let attributes: Vec<&str> = words.collect();
        let kind = if content.contains("{{#include") || content.contains("{{#rustdoc_include") {
            "listing"
        } else {
            ["compile_fail", "ignore", "no_run"]
                .into_iter()
                .find(|attribute| attributes.contains(attribute))
                .unwrap_or("run")
        };
        let code = if kind == "run" {
            content
        } else {
            String::new()
        };
        blocks.push(Block { kind, code });
    }
    blocks
}

/// ```` ```info ```` or `~~~info`, indented by at most three spaces: the
/// fence and the info string.
fn opening_fence(line: &str) -> Option<(String, &str)> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let length = trimmed.chars().take_while(|c| *c == marker).count();
    (length >= 3).then(|| (marker.to_string().repeat(length), trimmed[length..].trim()))
}

/// `markdown` with each `{{#include file.md}}` line replaced by that file,
/// as mdBook does before rendering (the chapters include their exercises
/// so), so that the blocks line up with the page's. `dir` is the including
/// file's directory.
pub(crate) fn expand_includes(markdown: &str, dir: &Path, depth: usize) -> String {
    let mut expanded = String::new();
    for line in markdown.lines() {
        let included = line
            .trim()
            .strip_prefix("{{#include ")
            .and_then(|rest| rest.strip_suffix("}}"))
            .map(str::trim)
            .filter(|path| path.ends_with(".md") && depth < 8)
            .and_then(|path| {
                let path = dir.join(path);
                let text = std::fs::read_to_string(&path).ok()?;
                let parent = path.parent().unwrap_or(dir).to_owned();
                Some(expand_includes(&text, &parent, depth + 1))
            });
        match included {
            Some(text) => expanded.push_str(&text),
            None => expanded.push_str(line),
        }
        expanded.push('\n');
    }
    expanded
}
