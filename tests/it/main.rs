//! Cross-crate checks: run with `cargo test -p nnbook-tests`.
//!
//! The `book_*` modules keep the book in `book/src/` honest, `checks` reads
//! the comments that tie an output block to what prints it, and
//! `architecture` holds the workspace to the dependency rules of
//! ARCHITECTURE.md.
//!
//! # How the book is tested
//!
//! Nothing in the book can go stale without a test failing:
//!
//! - **Code blocks.** Every ```` ```rust ```` block in every page under
//!   `book/src/` is a doctest of this crate: the build script finds the
//!   pages (a new page is picked up without code changes) and `src/lib.rs`
//!   compiles each one with `#[doc = include_str!(...)]`. Hidden lines
//!   (`# ...`) work as in rustdoc. `ignore` and `no_run` are refused (test
//!   `book_blocks`); `compile_fail` and `should_panic` are allowed.
//! - **Listings.** A block whose body is an mdBook include
//!   (`{{#include ../../crates/activations/src/sigmoid.rs:stable}}`) shows
//!   code that lives in a crate and is compiled and tested there; for the
//!   doctests it is plain text (`markdown::doctest_copy`). `book_links`
//!   checks that every included file and `// ANCHOR:` exists. The short
//!   programs the chapters print from are examples of this crate
//!   (`tests/examples/`), which `cargo test` builds.
//! - **Printed output.** Every ```` ```text ```` block is something printed,
//!   and must carry a comment saying what prints it: `<!-- stdout of:
//!   cargo run -q -p forward -->`, `<!-- stderr of: cargo run ... (exit
//!   status 2) -->` or `<!-- same as: tests/data/article-output.txt -->`
//!   (`checks`). `book_outputs` runs the command (or reads the file)
//!   and compares, byte for byte.
//! - **Commands.** Every `cargo run` line in a ```` ```sh ```` block names a
//!   package, example and files that exist (`book_blocks`), and
//!   `book_maths` keeps the TeX of the formulas safe from Markdown.
//! - **Links.** `book_links` checks every relative link, image and
//!   `#anchor` in the book, every include, that every page is reachable
//!   from `SUMMARY.md` and every figure shown, and that every image has alt
//!   text that describes it. It needs no network: links to other sites are
//!   not followed.
//!
//! The built HTML (`mdbook build book`) is checked by `.ci/run`: no warnings,
//! maths rendered to MathML, nothing loaded from another site.

// Helpers in test code may unwrap: a panic there is a failed test with a message.
#![allow(clippy::unwrap_used)]

mod architecture;
mod book;
mod book_blocks;
mod book_links;
mod book_listings;
mod book_maths;
mod book_outputs;
mod book_translation;
mod checks;
