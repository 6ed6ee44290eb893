//! The activations crate's tests, in one binary so the edit-test loop links once.
//!
//! Run them with `cargo test -p activations`.

// Helpers in test code may unwrap: a panic there is a failed test with a message.
#![allow(clippy::unwrap_used)]

mod accuracy;
mod activation;
mod grid;
mod properties;
