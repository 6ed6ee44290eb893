//! The forward crate's tests, in one binary: `cargo test -p forward`.

// Helpers in test code may unwrap: a panic there is a failed test with a message.
#![allow(clippy::unwrap_used)]

mod batch;
mod cli;
mod demo;
mod network;
mod numbers;
