//! # Exercise 16: Read the trace: which hidden unit matters most
//!
//! Chapter 6, [The network in Rust](../../../book/src/ch06-rust-network.md).
//!
//! The output layer computes `y[i] = b[i] + Σ_j W[i][j]·z[j]`, where `z`
//! is what the layer before it gave (layer 2's output `z2` in the
//! tutorial). Each term `W[i][j]·z[j]` is what unit `j` contributes to
//! `y[i]` (before the output activation, which is the identity in the
//! tutorial). A `Trace` holds every `z`, and the `Network` every `W`.
//!
//! 1. `contributions(network, trace, output)`: the terms `W[output][j]·z[j]`
//!    of the last layer, one per unit feeding it (for a network of one
//!    layer, those are the inputs). `None` if the network has no output
//!    number `output`.
//! 2. `largest_contributor(...)`: the `j` whose term is largest in size,
//!    positive or negative: a unit that pulls `y` down matters as much as
//!    one that pushes it up.
//!
//! Then answer for the tutorial: which unit of `z2` contributes most to
//! `y[1]`? The tests check any network, not only the tutorial's.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 16`), or run
//! only its tests with `cargo test -p exercises --test 16_trace_contributions`.

use forward::{Network, Trace};

/// What each unit feeding the last layer adds to output number `output`.
pub fn contributions(network: &Network, trace: &Trace, output: usize) -> Option<Vec<f64>> {
    // TODO: the last layer's W row `output`, times the values it was given.
    todo!()
}

/// The unit whose contribution to `output` is largest in absolute value.
pub fn largest_contributor(network: &Network, trace: &Trace, output: usize) -> Option<usize> {
    // TODO: the position of the largest |contribution|.
    todo!()
}
