//! Cross-crate checks: run with `cargo test -p nnbook-tests`.
//!
//! The `book_*` modules keep the book in `book/src/` honest; the crate's
//! docs (`src/lib.rs`) explain the conventions they enforce, and `checks`
//! reads the comments that tie an output block to what prints it.

// Helpers in test code may unwrap: a panic there is a failed test with a message.
#![allow(clippy::unwrap_used)]

mod architecture;
mod book;
mod book_blocks;
mod book_links;
mod book_listings;
mod book_maths;
mod book_outputs;
mod checks;
