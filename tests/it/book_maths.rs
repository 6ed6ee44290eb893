//! The maths survives Markdown. mdbook-katex turns each formula into MathML
//! before Markdown runs, but the MathML keeps the TeX source in an
//! `<annotation>`, and Markdown still reads that: `u^{(1)}_1 ... b^{(1)}_1`
//! becomes `u^{(1)}<em>1 ... b^{(1)}</em>1`, and the `<em>` ends the
//! formula early in the browser. Markdown only reads `_` as emphasis next
//! to punctuation (`}_`), and `*` anywhere, so those are refused here.

use crate::book::{assert_no_problems, pages};
use std::ops::Range;

/// The TeX of each formula, found as mdbook-katex 0.10 finds it: in the raw
/// text, before any Markdown is read, from `$$` or `$` to the next unescaped
/// same (across lines too), skipping code in backticks and the character
/// after a `\`. An unclosed formula or code span ends the search.
pub(crate) fn maths(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let run = |at: usize, byte: u8| bytes[at..].iter().take_while(|b| **b == byte).count();
    let escaped = |at: usize| {
        bytes[..at]
            .iter()
            .rev()
            .take_while(|b| **b == b'\\')
            .count()
            % 2
            == 1
    };
    let (mut maths, mut at) = (Vec::new(), 0);
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'`' => {
                // Code ends at a run of exactly as many backticks.
                let ticks = "`".repeat(run(at, b'`'));
                at += ticks.len();
                loop {
                    let Some(end) = text[at..].find(&ticks) else {
                        return maths;
                    };
                    at += end + ticks.len();
                    let more = run(at, b'`');
                    at += more;
                    if more == 0 {
                        break;
                    }
                }
            }
            b'$' => {
                let dollars = if run(at, b'$') > 1 { "$$" } else { "$" };
                let (start, mut end) = (at + dollars.len(), at + dollars.len());
                loop {
                    let Some(next) = text[end..].find(dollars) else {
                        return maths;
                    };
                    end += next;
                    if !escaped(end) {
                        break;
                    }
                    end += dollars.len();
                }
                maths.push(start..end);
                at = end + dollars.len();
            }
            _ => at += 1,
        }
    }
    maths
}

/// The text as Markdown reads it, after mdbook-katex has turned each formula
/// into MathML: the TeX blanked out, its line breaks kept. (Read as Markdown,
/// the `=` line of a matrix would underline a heading.)
pub(crate) fn without_maths(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for range in maths(text) {
        for byte in bytes[range].iter_mut().filter(|byte| **byte != b'\n') {
            *byte = b'x';
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Each formula's TeX, with the line it starts on.
pub(crate) fn formulas(text: &str) -> Vec<(usize, &str)> {
    let line = |at: usize| text[..at].matches('\n').count() + 1;
    maths(text)
        .into_iter()
        .map(|r| (line(r.start), &text[r]))
        .collect()
}

#[test]
fn formulas_are_found_as_mdbook_katex_finds_them() {
    let text = "Let $x_1$ be `$HOME`, \\$5.\n\n$$\nu = Wx\n$$\n\nand $a \\mapsto\nb$ ``$`` $c";
    let found = [(1, "x_1"), (3, "\nu = Wx\n"), (7, "a \\mapsto\nb")];
    assert_eq!(formulas(text), found);
    let (tex, x) = ("\\begin{bmatrix} a \\end{bmatrix}", "x");
    let matrix = format!("Some text\n$$\n{tex}\n=\nb\n$$\n");
    let blanked = format!("Some text\n$$\n{}\n{x}\n{x}\n$$\n", x.repeat(tex.len()));
    assert_eq!(without_maths(&matrix), blanked);
    assert_eq!(
        nnbook_tests::markdown::Page::parse(&matrix)
            .heading_ids
            .len(),
        1
    );
    assert!(crate::book::parse(&matrix).heading_ids.is_empty());
}

#[test]
fn no_formula_has_markdown_emphasis_in_it() {
    let mut problems = Vec::new();
    let mut found = 0;
    for page in pages() {
        for (line, math) in formulas(&page.text) {
            found += 1;
            let chars: Vec<char> = math.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                let after_punctuation = i > 0 && chars[i - 1].is_ascii_punctuation();
                if c == '*' || (c == '_' && after_punctuation) {
                    let at: String = chars[i.saturating_sub(12)..(i + 6).min(chars.len())]
                        .iter()
                        .collect();
                    problems.push(format!(
                        "{}:{line}: `{c}` in {at:?}: write the subscript first (u_1^{{(1)}}, \
                         not u^{{(1)}}_1), or \\ast for *",
                        page.name
                    ));
                }
            }
        }
    }
    assert!(found > 50, "the book's maths was not found");
    assert_no_problems("formulas", &problems);
}
