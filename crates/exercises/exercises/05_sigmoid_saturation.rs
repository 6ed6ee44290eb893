//! # Exercise 5: Where the sigmoid reaches 1.0 (and 0.0)
//!
//! Chapter 3, [The sigmoid](../../../book/src/ch03-sigmoid.md).
//!
//! Mathematically the sigmoid never reaches 0 or 1. In f64 it does: for
//! large x, `1 / (1 + e^(-x))` first rounds `1 + e^(-x)` to 1.0, and from
//! then on the result is exactly 1.0 (a little before the exact value would
//! round to 1.0: the solution explains by how much). Find where that
//! happens for `activations::sigmoid`:
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
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 5`), or run
//! only its tests with `cargo test -p exercises --test 05_sigmoid_saturation`.

use activations::sigmoid;

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
