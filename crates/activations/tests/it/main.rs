//! The activations crate's tests, in one binary so the edit-test loop links once.
//!
//! Run them with `cargo test -p activations`.

mod accuracy;
mod activation;
mod grid;
mod properties;
