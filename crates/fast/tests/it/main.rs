//! The fast crate's tests, in one binary: `cargo test -p fast`. Each proves
//! a fast path equal to the simple form it replaces.

// Helpers in test code may unwrap: a panic there is a failed test with a message.
#![allow(clippy::unwrap_used)]

mod accuracy;
mod activations;
mod arithmetic;
mod batch;
mod one;
