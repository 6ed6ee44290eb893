//! The forward crate's tests, in one binary: `cargo test -p forward`.

// Helpers in test code may unwrap: a panic there is a failed test with a message.
#![allow(clippy::unwrap_used)]

// The demo binary's own modules, compiled into this test binary as well so
// that they can be tested directly, not only by running the program.
#[path = "../../src/bin/forward/language.rs"]
#[allow(dead_code)]
mod language;
#[path = "../../src/bin/forward/messages.rs"]
#[allow(dead_code)]
mod messages;
#[path = "../../src/bin/forward/network_file.rs"]
#[allow(dead_code)]
mod network_file;
#[path = "../../src/bin/forward/printout.rs"]
#[allow(dead_code)]
mod printout;

mod batch;
mod cli;
mod demo;
mod edges;
mod languages;
mod network;
mod numbers;
