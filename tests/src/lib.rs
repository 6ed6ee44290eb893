//! Cross-crate checks for nnbook, and the machinery that keeps the book
//! (`book/src/`) honest. Run everything with `cargo test -p nnbook-tests`.
//!
//! How the book is tested, check by check, is told in the test binary's
//! docs (`tests/it/main.rs`) and, for readers, in the book's running
//! appendix. This library holds what both the tests and the build script
//! need: the Markdown reader ([`markdown`]).

pub mod markdown;

/// The pages of the book, one module per page, compiled only by
/// `cargo test --doc` (written by `build.rs`).
#[cfg(doctest)]
mod book {
    include!(concat!(env!("OUT_DIR"), "/book_pages.rs"));
}
