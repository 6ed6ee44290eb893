//! The demo's printed output: byte for byte the tutorial's, and snapshots.
//!
//! When a change alters the output on purpose, `cargo insta review` shows
//! the difference and lets you accept it (install it with
//! `cargo install --locked cargo-insta`).

use crate::language::Language;
use crate::network_file;
use crate::printout::print_demo;
use forward::{Network, tutorial};
use nalgebra::DVector;

/// The exact stdout of the tutorial's NumPy code.
const TUTORIAL_OUTPUT: &str = include_str!("../../../../tests/data/article-output.txt");
const TOML_EXAMPLE: &str = include_str!("../../networks/tutorial.toml");

fn demo(network: &Network, input: &DVector<f64>, language: Language) -> String {
    let mut out = Vec::new();
    print_demo(&mut out, network, input, language).unwrap();
    String::from_utf8(out).unwrap()
}

// ANCHOR: byte_for_byte
#[test]
fn the_demo_prints_the_tutorials_output_byte_for_byte() {
    let printed = demo(&tutorial::network(), &tutorial::input(), Language::Japanese);
    assert_eq!(printed, TUTORIAL_OUTPUT);
}
// ANCHOR_END: byte_for_byte

#[test]
fn snapshot_japanese() {
    let printed = demo(&tutorial::network(), &tutorial::input(), Language::Japanese);
    insta::assert_snapshot!("demo_ja", printed);
}

// ANCHOR: snapshot
#[test]
fn snapshot_english() {
    let printed = demo(&tutorial::network(), &tutorial::input(), Language::English);
    insta::assert_snapshot!("demo_en", printed);
}
// ANCHOR_END: snapshot

#[test]
fn snapshot_toml_example() {
    let file = network_file::parse(TOML_EXAMPLE, Language::English).unwrap();
    let printed = demo(&file.network, &file.input.unwrap(), Language::English);
    insta::assert_snapshot!("toml_example_en", printed);
}

/// The snapshot is pinned to the tutorial, not only to whatever the code
/// printed when it was accepted. (insta stores a snapshot without its final
/// newline.)
#[test]
fn the_japanese_snapshot_is_the_tutorials_output() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/it/snapshots/it__demo__demo_ja.snap"
    );
    let snapshot = std::fs::read_to_string(path).unwrap();
    let (_header, content) = snapshot.split_once("\n---\n").unwrap();
    let content = content.strip_prefix("---\n").unwrap_or(content);
    assert_eq!(
        format!("{}\n", content.trim_end_matches('\n')),
        TUTORIAL_OUTPUT
    );
}

/// English labels change only the label lines: every number is the same.
#[test]
fn both_languages_print_the_same_numbers() {
    let ja = demo(&tutorial::network(), &tutorial::input(), Language::Japanese);
    let en = demo(&tutorial::network(), &tutorial::input(), Language::English);
    assert_eq!(ja.lines().count(), en.lines().count());
    for (a, b) in ja.lines().zip(en.lines()) {
        if a.starts_with("***") {
            assert!(b.starts_with("*** ") && b.ends_with(" ***"), "{b}");
        } else {
            assert_eq!(a, b);
        }
    }
}

/// The TOML example is the tutorial's network, so it prints the same.
#[test]
fn the_toml_example_reproduces_the_tutorial() {
    let file = network_file::parse(TOML_EXAMPLE, Language::English).unwrap();
    assert_eq!(file.network, tutorial::network());
    let printed = demo(&file.network, &file.input.unwrap(), Language::Japanese);
    assert_eq!(printed, TUTORIAL_OUTPUT);
}
