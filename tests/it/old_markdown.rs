//! A small reader for the book's Markdown: just enough to find the fenced
//! code blocks (with the HTML comments above them), the prose lines, the
//! links and the headings.
//!
//! The book is written by us in plain CommonMark, so a line-based reader is
//! enough and keeps this crate free of dependencies. The build script uses
//! it too (through `#[path]`), to prepare the chapters for rustdoc.
//!
//! ```
//! use nnbook_tests::markdown::Page;
//!
//! let page = Page::parse("# Title\n\n<!-- stdout of: cargo run -->\n```text\nhello\n```\n");
//! assert_eq!(page.blocks.len(), 1);
//! let block = &page.blocks[0];
//! assert_eq!((block.line, block.language(), block.content.as_str()), (4, "text", "hello\n"));
//! assert_eq!(block.comments, ["stdout of: cargo run"]);
//! ```

/// A fenced code block: ```` ```info ```` ... ```` ``` ````.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeBlock {
    /// The line of the opening fence, counting from 1.
    pub line: usize,
    /// The info string after the opening fence: `rust`, `rust,compile_fail`,
    /// `text`, or empty.
    pub info: String,
    /// The lines between the fences, each ending with `\n`, without the
    /// indentation of the opening fence.
    pub content: String,
    /// The one-line HTML comments directly above the block (blank lines may
    /// stand between), without `<!--` and `-->`, trimmed.
    pub comments: Vec<String>,
}

impl CodeBlock {
    /// The language: the info string up to the first comma or space.
    ///
    /// ```
    /// let page = nnbook_tests::markdown::Page::parse("```rust,compile_fail\n```\n");
    /// assert_eq!(page.blocks[0].language(), "rust");
    /// ```
    pub fn language(&self) -> &str {
        self.info.split([',', ' ', '\t']).next().unwrap_or_default()
    }

    /// The attributes after the language: `["compile_fail", "E0308"]`.
    ///
    /// ```
    /// let page = nnbook_tests::markdown::Page::parse("```rust,compile_fail,E0308\n```\n");
    /// assert_eq!(page.blocks[0].attributes(), ["compile_fail", "E0308"]);
    /// ```
    pub fn attributes(&self) -> Vec<&str> {
        self.info
            .split([',', ' ', '\t'])
            .skip(1)
            .filter(|attribute| !attribute.is_empty())
            .collect()
    }

    /// The mdBook include directives in the block (`{{#include file:anchor}}`
    /// or `{{#rustdoc_include ...}}`). A block with one is a *listing*: its
    /// code lives in a file that cargo compiles, not in the book.
    ///
    /// ```
    /// let page = nnbook_tests::markdown::Page::parse("```rust\n{{#include ../src/a.rs:main}}\n```\n");
    /// let include = &page.blocks[0].includes()[0];
    /// assert_eq!((include.path.as_str(), include.anchor.as_deref()), ("../src/a.rs", Some("main")));
    /// ```
    pub fn includes(&self) -> Vec<Include> {
        self.content.lines().filter_map(Include::parse).collect()
    }
}

/// An mdBook include directive: `{{#include path}}`, `{{#include path:anchor}}`
/// or the same with `rustdoc_include`. Line ranges (`path:3:7`) are not
/// used in this book: anchors survive edits, line numbers do not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Include {
    /// The file, relative to the page that includes it.
    pub path: String,
    /// The `ANCHOR` name, if any.
    pub anchor: Option<String>,
}

impl Include {
    /// Reads a line that is exactly one include directive.
    ///
    /// ```
    /// use nnbook_tests::markdown::Include;
    ///
    /// assert_eq!(Include::parse("{{#include exercises/ch02-step.md}}").unwrap().anchor, None);
    /// assert!(Include::parse("let x = 1;").is_none());
    /// ```
    pub fn parse(line: &str) -> Option<Self> {
        let inner = line.trim().strip_prefix("{{#")?.strip_suffix("}}")?;
        let target = inner
            .strip_prefix("include ")
            .or_else(|| inner.strip_prefix("rustdoc_include "))?
            .trim();
        let (path, anchor) = match target.split_once(':') {
            Some((path, anchor)) => (path, Some(anchor.to_owned())),
            None => (target, None),
        };
        Some(Self {
            path: path.to_owned(),
            anchor,
        })
    }
}

/// A page: its code blocks and the lines outside them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// Every fenced code block, in order.
    pub blocks: Vec<CodeBlock>,
    /// Every line outside a code block, with its line number (from 1).
    pub prose: Vec<(usize, String)>,
}

impl Page {
    /// Splits Markdown text into code blocks and prose.
    ///
    /// An unclosed fence runs to the end of the text, as in CommonMark.
    ///
    /// ```
    /// use nnbook_tests::markdown::Page;
    ///
    /// let page = Page::parse("Some prose.\n\n```text\nprinted\n```\n");
    /// assert_eq!(page.blocks.len(), 1);
    /// assert_eq!(page.prose[0], (1, "Some prose.".to_owned()));
    /// ```
    pub fn parse(text: &str) -> Self {
        let mut page = Self::default();
        let mut comments = Vec::new();
        let mut lines = (1..).zip(text.lines());
        while let Some((number, line)) = lines.next() {
            if let Some(fence) = Fence::open(line) {
                let mut content = String::new();
                for (_, inner) in lines.by_ref() {
                    if fence.closes(inner) {
                        break;
                    }
                    content.push_str(fence.unindent(inner));
                    content.push('\n');
                }
                page.blocks.push(CodeBlock {
                    line: number,
                    info: fence.info.to_owned(),
                    content,
                    comments: std::mem::take(&mut comments),
                });
                continue;
            }
            match html_comment(line) {
                Some(comment) => comments.push(comment.to_owned()),
                None if line.trim().is_empty() => {}
                None => comments.clear(),
            }
            page.prose.push((number, line.to_owned()));
        }
        page
    }

    /// The ids of the page's headings, as mdBook makes them (see
    /// [`heading_id`]); a repeated id gets `-1`, `-2`, ... as in mdBook.
    ///
    /// ```
    /// let page = nnbook_tests::markdown::Page::parse("# Sigmoid\n## Why `exp` overflows\n## Sigmoid\n");
    /// assert_eq!(page.heading_ids(), ["sigmoid", "why-exp-overflows", "sigmoid-1"]);
    /// ```
    pub fn heading_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for (_, line) in &self.prose {
            let Some(text) = heading_text(line) else {
                continue;
            };
            let base = heading_id(text);
            let mut id = base.clone();
            let mut repeat = 0;
            while ids.contains(&id) {
                repeat += 1;
                id = format!("{base}-{repeat}");
            }
            ids.push(id);
        }
        ids
    }

    /// Every link target in the prose: Markdown links and images
    /// (`[text](target)`, `![alt](target)`) and HTML `href="..."` and
    /// `src="..."`, with their line numbers. Inline code is skipped.
    ///
    /// ```
    /// let page = nnbook_tests::markdown::Page::parse("See [ReLU](ch04-relu.md#nan), not `a[i](j)`.\n<img src=\"figures/step.svg\">\n");
    /// let targets: Vec<_> = page.links().into_iter().map(|(_, target)| target).collect();
    /// assert_eq!(targets, ["ch04-relu.md#nan", "figures/step.svg"]);
    /// ```
    pub fn links(&self) -> Vec<(usize, String)> {
        let mut links = Vec::new();
        for (number, line) in &self.prose {
            let text = without_inline_code(line);
            let mut rest = text.as_str();
            while let Some(start) = rest.find("](") {
                rest = &rest[start + 2..];
                let end = rest.find(')').unwrap_or(rest.len());
                // `[text](target "title")`: the target ends at a space.
                let target = rest[..end].split_whitespace().next().unwrap_or_default();
                links.push((*number, target.trim_matches(['<', '>']).to_owned()));
            }
            for attribute in ["href=\"", "src=\""] {
                let mut rest = text.as_str();
                while let Some(start) = rest.find(attribute) {
                    rest = &rest[start + attribute.len()..];
                    let end = rest.find('"').unwrap_or(rest.len());
                    links.push((*number, rest[..end].to_owned()));
                }
            }
        }
        links
    }

    /// The maths of the page, for mdbook-katex: each `$$ ... $$` display
    /// block and each inline `$...$` (outside inline code), with the line
    /// it starts on. `\$` is a plain dollar sign.
    ///
    /// ```
    /// let page = nnbook_tests::markdown::Page::parse("Let $x_1$ be `$HOME`.\n\n$$\nu = Wx\n$$\n");
    /// assert_eq!(page.maths(), [(1, "x_1".to_owned()), (3, "\nu = Wx\n".to_owned())]);
    /// ```
    pub fn maths(&self) -> Vec<(usize, String)> {
        let mut maths = Vec::new();
        let mut display: Option<(usize, String)> = None;
        for (number, line) in &self.prose {
            if line.trim() == "$$" {
                match display.take() {
                    Some(block) => maths.push(block),
                    None => display = Some((*number, "\n".to_owned())),
                }
                continue;
            }
            if let Some((_, text)) = &mut display {
                text.push_str(line);
                text.push('\n');
                continue;
            }
            let text = without_inline_code(line).replace("\\$", "");
            let mut pieces = text.split('$');
            pieces.next();
            while let (Some(math), Some(_)) = (pieces.next(), pieces.next()) {
                maths.push((*number, math.to_owned()));
            }
        }
        maths
    }

    /// The inline code spans of the prose (`` `cargo test` `` gives
    /// `cargo test`).
    ///
    /// ```
    /// let page = nnbook_tests::markdown::Page::parse("Run `cargo test`, then `mdbook build book`.\n");
    /// assert_eq!(page.inline_code(), ["cargo test", "mdbook build book"]);
    /// ```
    pub fn inline_code(&self) -> Vec<String> {
        let mut spans = Vec::new();
        for (_, line) in &self.prose {
            let mut parts = line.split('`');
            parts.next();
            while let (Some(code), Some(_)) = (parts.next(), parts.next()) {
                spans.push(code.to_owned());
            }
        }
        spans
    }
}

/// The opening fence of a code block.
struct Fence<'a> {
    indent: usize,
    marker: char,
    length: usize,
    info: &'a str,
}

impl<'a> Fence<'a> {
    fn open(line: &'a str) -> Option<Self> {
        let trimmed = line.trim_start();
        let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
        let length = trimmed.chars().take_while(|c| *c == marker).count();
        let info = trimmed[length..].trim();
        // A backtick fence's info string may not contain a backtick
        // (otherwise the line is inline code).
        (length >= 3 && !(marker == '`' && info.contains('`'))).then_some(Self {
            indent: line.len() - trimmed.len(),
            marker,
            length,
            info,
        })
    }

    fn closes(&self, line: &str) -> bool {
        let trimmed = line.trim();
        trimmed.len() >= self.length && trimmed.chars().all(|c| c == self.marker)
    }

    fn unindent<'b>(&self, line: &'b str) -> &'b str {
        let spaces = line.len() - line.trim_start_matches(' ').len();
        &line[spaces.min(self.indent)..]
    }
}

/// A copy of a page for rustdoc, which compiles every ```` ```rust ```` block
/// as a doctest: the info string of each listing block (one that includes a
/// file, see [`CodeBlock::includes`]) becomes `text`. A listing is compiled
/// where it lives, in its own crate; in the chapter it is only a directive.
/// Lines keep their numbers, so a failing doctest's line is the page's.
///
/// ```
/// use nnbook_tests::markdown::doctest_copy;
///
/// let page = "```rust\n{{#include ../a.rs:x}}\n```\n\n```rust\nassert!(true);\n```\n";
/// assert_eq!(doctest_copy(page), "```text\n{{#include ../a.rs:x}}\n```\n\n```rust\nassert!(true);\n```\n");
/// ```
pub fn doctest_copy(text: &str) -> String {
    let listing_lines: Vec<usize> = Page::parse(text)
        .blocks
        .iter()
        .filter(|block| !block.includes().is_empty())
        .map(|block| block.line)
        .collect();
    let mut copy = String::with_capacity(text.len());
    for (number, line) in (1..).zip(text.lines()) {
        match Fence::open(line) {
            Some(fence) if listing_lines.contains(&number) => {
                let marker = fence.marker.to_string().repeat(fence.length);
                copy.push_str(&format!("{}{marker}text", " ".repeat(fence.indent)));
            }
            _ => copy.push_str(line),
        }
        copy.push('\n');
    }
    copy
}

/// The text of a one-line HTML comment, trimmed: `<!-- note -->` gives
/// `note`.
///
/// ```
/// use nnbook_tests::markdown::html_comment;
///
/// assert_eq!(html_comment("  <!-- stdout of: cargo run -->"), Some("stdout of: cargo run"));
/// assert_eq!(html_comment("text"), None);
/// ```
pub fn html_comment(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix("<!--")?.strip_suffix("-->")?;
    Some(inner.trim())
}

/// The text of an ATX heading line (`## Title` gives `Title`).
fn heading_text(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    let rest = &line[hashes..];
    ((1..=6).contains(&hashes) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| rest.trim().trim_end_matches('#').trim())
}

/// The id mdBook gives a heading: its text in lower case, spaces turned
/// into `-`, and everything but letters, digits, `-` and `_` dropped.
///
/// ```
/// use nnbook_tests::markdown::heading_id;
///
/// assert_eq!(heading_id("`relu(NaN)` is NaN"), "relunan-is-nan");
/// assert_eq!(heading_id("NumPy ↔ nalgebra"), "numpy--nalgebra");
/// ```
pub fn heading_id(text: &str) -> String {
    without_markup(text)
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                Some(c.to_lowercase().collect::<String>())
            } else if c.is_whitespace() {
                Some("-".to_owned())
            } else {
                None
            }
        })
        .collect()
}

/// Heading text as mdBook renders it: link targets and emphasis dropped.
fn without_markup(text: &str) -> String {
    let mut plain = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("](") {
        plain.push_str(&rest[..start]);
        rest = &rest[start + 2..];
        rest = rest.find(')').map_or("", |end| &rest[end + 1..]);
    }
    plain.push_str(rest);
    plain.replace(['[', ']', '*'], "")
}

/// A line with its inline code spans (`` `...` ``) removed.
fn without_inline_code(line: &str) -> String {
    line.split('`').step_by(2).collect()
}
