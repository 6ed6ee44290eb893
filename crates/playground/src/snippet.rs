//! A snippet from the book, made into a program the way rustdoc makes a
//! doctest (its `make_test`), and the compiler's messages mapped back to the
//! lines the learner sees in the editor.
//!
//! The editor shows the snippet whole, hidden `# ` lines included, so line
//! `n` of the editor is line `n + 1` of the program: line 1 holds the whole
//! wrapper head (`#![allow(unused)]`, the lifted inner attributes and
//! `fn main() {`), and the tail goes after the last line.

/// The program rustdoc would compile for `code`.
pub(crate) fn wrap(code: &str) -> String {
    let mut attributes = vec!["#![allow(unused)]".to_owned()];
    let mut body = Vec::new();
    for line in code.lines() {
        let line = unhide(line);
        // rustdoc moves inner attributes to the crate's top; the line stays,
        // empty, so the lines below keep their numbers.
        if line.trim_start().starts_with("#![") {
            attributes.push(line.trim().to_owned());
            body.push(String::new());
        } else {
            body.push(line);
        }
    }
    let body = body.join("\n");
    let head = attributes.join(" ");
    if defines_main(&body) {
        format!("{head}\n{body}\n")
    } else if body.trim_end().ends_with("(())") {
        // A snippet ending in `Ok::<(), E>(())` may use `?`, as in rustdoc.
        format!(
            "{head} fn main() {{ fn _inner() -> core::result::Result<(), impl core::fmt::Debug> {{\n{body}\n}} _inner().unwrap() }}\n"
        )
    } else {
        format!("{head} fn main() {{\n{body}\n}}\n")
    }
}

/// rustdoc's hidden lines: `# code` and a lone `#` are compiled but not
/// shown on the page, `##` stands for a literal `#`.
fn unhide(line: &str) -> String {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    if trimmed == "#" {
        String::new()
    } else if let Some(rest) = trimmed.strip_prefix("# ") {
        format!("{indent}{rest}")
    } else if let Some(rest) = trimmed.strip_prefix("##") {
        format!("{indent}#{rest}")
    } else {
        line.to_owned()
    }
}

/// Whether the snippet has its own `fn main` at the start of a line (as
/// rustdoc checks, without parsing).
fn defines_main(body: &str) -> bool {
    body.lines().any(|line| {
        let line = line.trim_start();
        let line = line.strip_prefix("pub ").unwrap_or(line);
        let line = line.strip_prefix("async ").unwrap_or(line);
        line.starts_with("fn main(") || line.starts_with("fn main ()")
    })
}

/// Cargo's and rustc's messages, with the program's lines turned back into
/// the editor's: `--> src/main.rs:5:9` becomes `--> snippet:4:9`, and each
/// line of the snippet quoted in the margin (`5 |`) is renumbered; lines
/// quoted from other files (a crate's source, in a note) keep theirs.
pub(crate) fn map_diagnostics(cargo_stderr: &str) -> String {
    let mut out = String::new();
    // Whether the margin's line numbers are the snippet's: set by the last
    // `--> file:line:column` or `::: file:line:column`.
    let mut in_snippet = false;
    // Whether the current message's first `-->` is in the snippet. rustc
    // prints a `help:` suggestion's file only when it differs from that one,
    // so a `help:` block starts out in the same file as its message.
    let mut message_in_snippet = false;
    let mut message_located = false;
    for line in cargo_stderr.lines() {
        let trimmed = line.trim_start();
        // Cargo's own progress lines say nothing about the snippet.
        if [
            "Compiling ",
            "Finished ",
            "Blocking ",
            "Locking ",
            "Updating ",
        ]
        .iter()
        .any(|word| trimmed.starts_with(word))
            || trimmed.starts_with("error: could not compile")
        {
            continue;
        }
        if line.starts_with("error") || line.starts_with("warning") {
            message_located = false;
        } else if line.starts_with("help:") {
            in_snippet = message_in_snippet;
        }
        if trimmed.starts_with("--> ") || trimmed.starts_with("::: ") {
            in_snippet = trimmed[4..].starts_with("src/main.rs:");
            if !message_located {
                (message_in_snippet, message_located) = (in_snippet, true);
            }
        }
        let mapped = if in_snippet {
            map_line(line)
        } else {
            line.to_owned()
        };
        out.push_str(&mapped);
        out.push('\n');
    }
    out
}

fn map_line(line: &str) -> String {
    if let Some(at) = line.find("src/main.rs:") {
        let rest = &line[at + "src/main.rs:".len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(number) = digits.parse::<usize>() {
            return format!(
                "{}snippet:{}{}",
                &line[..at],
                number.saturating_sub(1),
                &rest[digits.len()..]
            );
        }
    }
    // The margin: `12 | code`, the number right-aligned to the widest; a
    // suggestion marks its lines `12 - old`, `12 + new` or `12 ~ changed`.
    let after_spaces = line.trim_start_matches(' ');
    let digits: String = after_spaces
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let rest = &after_spaces[digits.len()..];
    if !digits.is_empty()
        && rest
            .trim_start_matches(' ')
            .starts_with(['|', '-', '+', '~'])
        && let Ok(number) = digits.parse::<usize>()
    {
        let width = line.len() - rest.len();
        return format!("{:>width$}{rest}", number.saturating_sub(1));
    }
    line.to_owned()
}
