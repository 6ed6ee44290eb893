//! The book's Markdown, read by pulldown-cmark with mdBook's options: fenced
//! code blocks with the HTML comments above them, links, heading ids, inline
//! code. mdBook's preprocessors work on the raw text before that, so include
//! directives are raw lines ([`Include`]), and the tests blank the maths out
//! before reading a page (`it::book_maths`). The build script uses this too
//! (through `#[path]`), to prepare the pages for rustdoc.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// A fenced code block: ```` ```info ```` ... ```` ``` ````.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeBlock {
    /// The line of the opening fence, counting from 1.
    pub line: usize,
    /// The info string: `rust`, `rust,compile_fail`, `text`, or empty.
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
        let words = self.info.split([',', ' ', '\t']).skip(1);
        words.filter(|word| !word.is_empty()).collect()
    }

    /// The mdBook include directives in the block. A block with one is a
    /// *listing*: its code lives in a file that cargo compiles.
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
        let directives = ["include ", "rustdoc_include "];
        let target = directives
            .iter()
            .find_map(|d| inner.strip_prefix(d))?
            .trim();
        let (path, anchor) = target.split_once(':').unzip();
        Some(Self {
            path: path.unwrap_or(target).to_owned(),
            anchor: anchor.map(str::to_owned),
        })
    }
}

/// What the book's checks read in a page. Lines count from 1.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// Every fenced code block, in order.
    pub blocks: Vec<CodeBlock>,
    /// Every link and image target, with its line: `[text](target)`,
    /// `![alt](target)`, and HTML `href="..."` and `src="..."`.
    pub links: Vec<(usize, String)>,
    /// The headings' ids, as mdBook makes them: `{#id}`, or else the text in
    /// lower case, spaces turned into `-`, all but letters, digits, `-` and
    /// `_` dropped; `-1`, `-2`, ... is added to a repeated one.
    pub heading_ids: Vec<String>,
    /// The ids written out as `{#id}`: the only ones that stay the same in
    /// the Japanese edition, where each heading's text is translated.
    pub explicit_ids: Vec<String>,
    /// The inline code spans (`` `cargo test` `` gives `cargo test`).
    pub inline_code: Vec<String>,
    /// Every Markdown image, `![alt](target)`: its line, target and alt text.
    pub images: Vec<(usize, String, String)>,
}

impl Page {
    /// Reads a page. An unclosed fence runs to the end of the text.
    ///
    /// ```
    /// let page = nnbook_tests::markdown::Page::parse(
    ///     "# NumPy ↔ nalgebra\n## `relu(NaN)` is NaN\n## NumPy ↔ nalgebra\n<!-- stdout of: cargo run -->\n\n\
    ///      ```text\nhello\n```\nSee [ReLU](ch04-relu.md#nan), `a[i](j)`.\n<img src=\"step.svg\">\n",
    /// );
    /// assert_eq!(page.heading_ids, ["numpy--nalgebra", "relunan-is-nan", "numpy--nalgebra-1"]);
    /// assert!(page.explicit_ids.is_empty());
    /// assert_eq!(nnbook_tests::markdown::Page::parse("## NaN {#nan}\n").explicit_ids, ["nan"]);
    /// let block = &page.blocks[0];
    /// assert_eq!((block.line, block.content.as_str()), (6, "hello\n"));
    /// assert_eq!(block.comments, ["stdout of: cargo run"]);
    /// assert_eq!(page.links, [(9, "ch04-relu.md#nan".into()), (10, "step.svg".into())]);
    /// assert_eq!(page.inline_code, ["relu(NaN)", "a[i](j)"]);
    /// let page = nnbook_tests::markdown::Page::parse("![A *curved* line, `h(x)`](a.svg)\n");
    /// assert_eq!(page.images, [(1, "a.svg".into(), "A curved line, h(x)".into())]);
    /// ```
    pub fn parse(text: &str) -> Self {
        let mut page = Self::default();
        let (mut comments, mut block, mut heading) = (Vec::new(), None, None);
        let mut image: Option<(usize, String, String)> = None;
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_HEADING_ATTRIBUTES;
        for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
            let line = || text[..range.start].matches('\n').count() + 1;
            // Only comments (and blank lines) may stand between a comment and its block.
            match comment(&event) {
                Some(comment) => comments.push(comment.to_owned()),
                None if matches!(event, Event::Start(Tag::HtmlBlock | Tag::CodeBlock(_))) => {}
                None if event != Event::End(TagEnd::HtmlBlock) => comments.clear(),
                None => {}
            }
            match event {
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                    block = Some(CodeBlock {
                        line: line(),
                        info: info.into_string(),
                        content: String::new(),
                        comments: std::mem::take(&mut comments),
                    });
                }
                Event::End(TagEnd::CodeBlock) => page.blocks.extend(block.take()),
                Event::Start(Tag::Heading { id, .. }) => heading = Some((id, String::new())),
                Event::End(TagEnd::Heading(_)) => {
                    let (id, text) = heading.take().unwrap_or_default();
                    page.explicit_ids.extend(id.as_deref().map(str::to_owned));
                    let base = id.map_or_else(|| heading_id(&text), |id| id.into_string());
                    let suffixed = (1..).map(|n| format!("{base}-{n}"));
                    let mut ids = std::iter::once(base.clone()).chain(suffixed);
                    let id = ids.find(|id| !page.heading_ids.contains(id));
                    page.heading_ids.extend(id);
                }
                Event::Text(text) => match (&mut block, &mut heading, &mut image) {
                    (Some(block), _, _) => block.content.push_str(&text),
                    (None, _, Some((_, _, alt))) => alt.push_str(&text),
                    (None, Some((_, heading)), None) => heading.push_str(&text),
                    (None, None, None) => {}
                },
                Event::Code(code) => {
                    if let Some((_, heading)) = &mut heading {
                        heading.push_str(&code);
                    }
                    if let Some((_, _, alt)) = &mut image {
                        alt.push_str(&code);
                    }
                    page.inline_code.push(code.into_string());
                }
                Event::Start(Tag::Image { dest_url, .. }) => {
                    page.links.push((line(), dest_url.to_string()));
                    image = Some((line(), dest_url.into_string(), String::new()));
                }
                Event::End(TagEnd::Image) => page.images.extend(image.take()),
                Event::Start(Tag::Link { dest_url, .. }) => {
                    page.links.push((line(), dest_url.into_string()));
                }
                Event::Html(html) | Event::InlineHtml(html) => {
                    for attribute in ["href=\"", "src=\""] {
                        for rest in html.split(attribute).skip(1) {
                            let target = rest.split('"').next().unwrap_or_default();
                            page.links.push((line(), target.to_owned()));
                        }
                    }
                }
                _ => {}
            }
        }
        page
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
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let page = Page::parse(text);
    for block in page.blocks.iter().filter(|b| !b.includes().is_empty()) {
        // What stands before the info string stays: indentation and fence.
        let line = &mut lines[block.line - 1];
        let fence = line.find(['`', '~']).unwrap_or_default();
        let info = line.len() - line[fence..].trim_start_matches(['`', '~']).len();
        line.replace_range(info.., "text");
    }
    lines.iter().map(|line| format!("{line}\n")).collect()
}

/// The text of a one-line HTML comment (`<!-- note -->` gives `note`).
fn comment<'a>(event: &'a Event) -> Option<&'a str> {
    let Event::Html(h) = event else { return None };
    let inner = h.trim().strip_prefix("<!--")?.strip_suffix("-->")?;
    Some(inner.trim())
}

/// The id mdBook gives a heading with this text (its markup already read):
/// see [`Page::heading_ids`].
fn heading_id(text: &str) -> String {
    let id = text.chars().filter_map(|c| match c {
        c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c.to_lowercase().to_string()),
        c if c.is_whitespace() => Some("-".to_owned()),
        _ => None,
    });
    id.collect()
}
