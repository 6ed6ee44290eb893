//! Temporary: the pulldown-cmark reader gives what the old line-based reader
//! gave, on every page of the book: the same code blocks (line, info,
//! content, comments), links, heading ids, includes and doctest copies.
//! Maths and inline code differ where the old reader was wrong, and only
//! there: it missed formulas and code spans that run across a line break,
//! and split ```` ```rust ```` on every backtick; those are printed, and the
//! old formulas must all still be found.

use crate::book::pages;
use crate::old_markdown as old;
use nnbook_tests::markdown as new;
use std::fmt::Debug;

fn compare<T: Debug + PartialEq>(
    what: &str,
    page: &str,
    old: &[T],
    new: &[T],
    out: &mut Vec<String>,
) {
    if old != new {
        let gone: Vec<_> = old.iter().filter(|x| !new.contains(x)).collect();
        let added: Vec<_> = new.iter().filter(|x| !old.contains(x)).collect();
        out.push(format!(
            "{page}: {what}: old only {gone:#?}\n  new only {added:#?}"
        ));
    }
}

#[test]
fn new_reader_equals_old_reader() {
    let mut out = Vec::new();
    let mut counts = [0usize; 6];
    for page in pages() {
        let (o, n) = (old::Page::parse(&page.text), crate::book::parse(&page.text));
        let n_maths: Vec<(usize, String)> = crate::book_maths::formulas(&page.text)
            .into_iter()
            .map(|(l, m)| (l, m.to_owned()))
            .collect();
        let name = page.name.as_str();
        let ob: Vec<_> = o
            .blocks
            .iter()
            .map(|b| {
                (
                    b.line,
                    b.info.clone(),
                    b.content.clone(),
                    b.comments.clone(),
                )
            })
            .collect();
        let nb: Vec<_> = n
            .blocks
            .iter()
            .map(|b| {
                (
                    b.line,
                    b.info.clone(),
                    b.content.clone(),
                    b.comments.clone(),
                )
            })
            .collect();
        compare("blocks", name, &ob, &nb, &mut out);
        compare("links", name, &o.links(), &n.links, &mut out);
        compare(
            "heading ids",
            name,
            &o.heading_ids(),
            &n.heading_ids,
            &mut out,
        );
        let mut known = Vec::new();
        compare(
            "inline code",
            name,
            &o.inline_code(),
            &n.inline_code,
            &mut known,
        );
        compare("maths", name, &o.maths(), &n_maths, &mut known);
        let lost: Vec<_> = o
            .maths()
            .into_iter()
            .filter(|m| !n_maths.contains(m))
            .collect();
        assert!(lost.is_empty(), "{name}: formulas lost: {lost:?}");
        if !known.is_empty() {
            println!("{}", known.join("\n"));
        }
        let mut oi: Vec<_> = o
            .prose
            .iter()
            .filter_map(|(_, l)| old::Include::parse(l))
            .map(|i| (i.path, i.anchor))
            .collect();
        oi.extend(
            o.blocks
                .iter()
                .flat_map(|b| b.includes())
                .map(|i| (i.path, i.anchor)),
        );
        let mut ni: Vec<_> = page
            .text
            .lines()
            .filter_map(new::Include::parse)
            .map(|i| (i.path, i.anchor))
            .collect();
        oi.sort();
        ni.sort();
        compare("includes", name, &oi, &ni, &mut out);
        compare(
            "doctest copy",
            name,
            &[old::doctest_copy(&page.text)],
            &[new::doctest_copy(&page.text)],
            &mut out,
        );
        for (count, n) in counts.iter_mut().zip([
            nb.len(),
            n.links.len(),
            n.heading_ids.len(),
            n.inline_code.len(),
            n_maths.len(),
            ni.len(),
        ]) {
            *count += n;
        }
    }
    println!("blocks, links, heading ids, inline code, maths, includes compared: {counts:?}");
    assert!(out.is_empty(), "{}", out.join("\n"));
}
