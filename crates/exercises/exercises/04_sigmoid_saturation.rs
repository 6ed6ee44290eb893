//! # Exercise 4: Where the sigmoid reaches 1.0 (and 0.0)
//!
//! Chapter 3, [The sigmoid](../../../book/src/ch03-sigmoid.md).
//!
//! Mathematically the sigmoid never reaches 0 or 1. In f64 it does: once the
//! exact value is closer to 1.0 than to the f64 just below 1.0, the result
//! rounds to 1.0. Find where that happens for `activations::sigmoid`:
//!
//! - `smallest_x_where_sigmoid_is_one`: the smallest f64 `x` with
//!   `sigmoid(x) == 1.0`. Every f64 below it gives less than 1.0.
//! - `largest_x_where_sigmoid_is_zero`: the largest f64 `x` with
//!   `sigmoid(x) == 0.0`. Every f64 above it gives more than 0.0.
//!
//! Compute them; do not type in a number you found elsewhere. The tests
//! prove your answers by checking the neighbours: `x.next_down()`, the f64
//! just below `x`, must not give 1.0. Then look at the two numbers. Why is
//! one about 20 times further from 0 than the other?
//!
//! Check your work with `cargo test -p exercises ex04`, and see your progress
//! with `cargo run -p exercises`.
//!
//! Hint: sigmoid(x) rounds to 1.0 once 1 + e^(-x) rounds to 1, so start near
//! 53 ln 2. Then search: for positive floats, `to_bits()` is in the same
//! order as the values, so you can bisect on the bits, or walk with
//! `f64::next_up` and `f64::next_down`. On the negative side, sigmoid(x) is
//! 0.0 only once e^x underflows to 0.

/// The smallest f64 `x` with `activations::sigmoid(x) == 1.0`.
pub fn smallest_x_where_sigmoid_is_one() -> f64 {
    // TODO: search for it.
    todo!()
}

/// The largest f64 `x` with `activations::sigmoid(x) == 0.0`.
pub fn largest_x_where_sigmoid_is_zero() -> f64 {
    // TODO: search for it.
    todo!()
}
