//! # Exercise 1: One neuron: u, then h, then z
//!
//! Chapter 1, [What an activation function does](../../../book/src/ch01-activation-functions.md).
//!
//! A neuron weighs each of its inputs, adds its bias, and passes the sum
//! through its activation function `h`:
//!
//! ```text
//! u = w[0]·x[0] + w[1]·x[1] + ... + w[N-1]·x[N-1] + b    the weighted input
//! z = h(u)                                              the output
//! ```
//!
//! Write `neuron`, which returns both, `(u, z)`. The first neuron of the
//! tutorial's layer 1 has the weights `[0.1, 0.2]` and the bias `0.1`; on the
//! input `[1.0, 0.5]` its `u` is about 0.3 and, with the sigmoid, its `z` is
//! about 0.574.
//!
//! The weights and the input are arrays of the same length `N`, so a neuron
//! with two weights cannot be given three inputs: that would not compile.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 1`), or run
//! only its tests with `cargo test -p exercises --test 01_neuron`.

/// One neuron: returns its weighted input `u = w·x + b` and its output
/// `z = h(u)`.
pub fn neuron<const N: usize>(
    weights: [f64; N],
    bias: f64,
    x: [f64; N],
    h: fn(f64) -> f64,
) -> (f64, f64) {
    // TODO: compute u, then z = h(u), and return (u, z).
    todo!()
}
