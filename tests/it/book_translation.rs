//! The Japanese edition's catalogue, `book/po/ja.po`: each message keeps
//! the English message's code, links and formulas, and uses the glossary's
//! words. (That the catalogue covers today's English text, and that the
//! built pages' code blocks are the English ones, is checked by `.ci/run`
//! after building both editions: `check-editions`.)

use crate::book::{assert_no_problems, book_src, parse};
use polib::catalog::Catalog;

fn catalogue() -> Catalog {
    let path = book_src().join("../po/ja.po");
    polib::po_file::parse(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// What must be the same on both sides, in order of appearance: inline
/// code, link and image targets (a figure in its Japanese version), and
/// formulas (katex has made them MathML before extraction).
fn kept(markdown: &str) -> Vec<String> {
    let page = parse(markdown);
    let mut kept: Vec<String> = page.inline_code;
    kept.extend(
        page.links
            .into_iter()
            .map(|(_, target)| target.replace("figures/ja/", "figures/")),
    );
    kept.extend(
        markdown
            .split("<math")
            .skip(1)
            .map(|math| without_words(math.split("</math>").next().unwrap_or_default())),
    );
    // Japanese may put them in another order.
    kept.sort();
    kept
}

/// A formula's MathML without the words in it (`<mtext>` and TeX's
/// `\text{...}`), which are translated like the prose around them.
fn without_words(math: &str) -> String {
    let mut kept = String::new();
    let mut rest = math;
    while let Some((start, end)) = ["<mtext>", "\\text{"]
        .iter()
        .zip(["</mtext>", "}"])
        .filter_map(|(open, close)| Some((rest.find(open)? + open.len(), close)))
        .min()
    {
        kept.push_str(&rest[..start]);
        rest = &rest[start..];
        rest = &rest[rest.find(end).unwrap_or(rest.len())..];
    }
    kept.push_str(rest);
    kept
}

#[test]
fn every_message_is_translated_and_keeps_code_links_and_formulas() {
    let mut problems = Vec::new();
    for message in catalogue().messages() {
        let at = message
            .source()
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned();
        let english = message.msgid();
        let japanese = message.msgstr().unwrap_or_default();
        if japanese.is_empty() {
            problems.push(format!("{at}: not translated: {english:?}"));
        } else if message.is_fuzzy() {
            problems.push(format!(
                "{at}: fuzzy (a guess gettext will not use): {english:?}"
            ));
        } else if kept(english) != kept(japanese) {
            problems.push(format!(
                "{at}: the code, links or formulas differ\n  English:  {:?}\n  Japanese: {:?}",
                kept(english),
                kept(japanese)
            ));
        } else if let Some((_, figure)) = parse(japanese).links.iter().find(|(_, target)| {
            target.starts_with("figures/") && !target.starts_with("figures/ja/")
        }) {
            problems.push(format!(
                "{at}: shows the English figure {figure}; use figures/ja/"
            ));
        }
    }
    assert_no_problems("the Japanese catalogue", &problems);
}

/// The glossary's terms table: (the word to use, the variants to avoid).
fn avoided_variants() -> Vec<(String, Vec<String>)> {
    let glossary = std::fs::read_to_string(book_src().join("appendix-glossary.md")).unwrap();
    let table = glossary
        .split("| Japanese | English | avoid in Japanese |")
        .nth(1)
        .expect("the glossary has its terms table");
    table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            let avoid: Vec<String> = cells
                .last()?
                .split(',')
                .map(str::trim)
                .filter(|word| !word.is_empty())
                .map(str::to_owned)
                .collect();
            (!avoid.is_empty()).then(|| (cells[0].to_owned(), avoid))
        })
        .collect()
}

#[test]
fn no_japanese_page_uses_a_variant_the_glossary_avoids() {
    let variants = avoided_variants();
    assert!(
        variants
            .iter()
            .any(|(term, avoid)| term == "中間層" && avoid.contains(&"隠れ層".to_owned())),
        "the glossary's table lost 中間層's variant: {variants:?}"
    );
    let mut problems = Vec::new();
    for message in catalogue().messages() {
        let japanese = message.msgstr().unwrap_or_default();
        // Where the English names a variant (the glossary does, to say it
        // is avoided), the Japanese may too.
        let uses = |variant: &&String| {
            japanese.contains(variant.as_str()) && !message.msgid().contains(variant.as_str())
        };
        for (term, avoid) in &variants {
            for variant in avoid.iter().filter(uses) {
                problems.push(format!(
                    "{}: says {variant}; the glossary's word is {term}",
                    message.source().lines().next().unwrap_or_default()
                ));
            }
        }
    }
    assert_no_problems("the Japanese words", &problems);
}
