//! The playground binary, started for real and asked over real HTTP.
//!
//! The first test to run a snippet waits while the workspace's crates are
//! built for snippets (under `target/playground/`), once.

// The helpers panic on purpose: a panic there is a failed test.
#![allow(clippy::unwrap_used)]

mod book;
mod runs;
mod security;
mod support;
