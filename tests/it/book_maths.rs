//! The maths survives Markdown. mdbook-katex turns each formula into MathML
//! before Markdown runs, but the MathML keeps the TeX source in an
//! `<annotation>`, and Markdown still reads that: `u^{(1)}_1 ... b^{(1)}_1`
//! becomes `u^{(1)}<em>1 ... b^{(1)}</em>1`, and the `<em>` ends the
//! formula early in the browser. Markdown only reads `_` as emphasis next
//! to punctuation (`}_`), and `*` anywhere, so those are refused here.

use crate::book::{assert_no_problems, pages};

#[test]
fn no_formula_has_markdown_emphasis_in_it() {
    let mut problems = Vec::new();
    let mut formulas = 0;
    for page in pages() {
        for (line, math) in page.page.maths() {
            formulas += 1;
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
    assert!(formulas > 50, "the book's maths was not found");
    assert_no_problems("formulas", &problems);
}
