//! # Exercise 10: Check the derivatives numerically, and meet the kink
//!
//! Chapter 4, [ReLU](../../../book/src/ch04-relu.md).
//!
//! A derivative is a slope: (f(x + h) − f(x − h)) / 2h, the central
//! difference, tends to f′(x) as h shrinks. It is the standard check that a
//! derivative written by hand is right (part 3 of the series uses it to
//! check backpropagation).
//!
//! 1. `central_difference(f, x, h)`: that formula.
//! 2. `one_sided_slopes(f, x, h)`: the slopes from the left,
//!    (f(x) − f(x − h)) / h, and from the right, (f(x + h) − f(x)) / h.
//! 3. `largest_gap(f, derivative, points, h)`: the largest
//!    |central difference − derivative| over `points`.
//!
//! The tests use them on `activations::sigmoid` and `activations::relu`.
//! Away from 0 both derivatives agree with the central difference. At
//! ReLU's kink, x = 0, the slope from the left is 0 and from the right is
//! 1: there is no derivative, the central difference gives their mean,
//! 0.5, for every h, and `relu_derivative(0.0)` is 0 by convention.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 10`), or run
//! only its tests with `cargo test -p exercises --test 10_numerical_derivative`.

/// The central difference `(f(x + h) − f(x − h)) / 2h`.
pub fn central_difference(f: fn(f64) -> f64, x: f64, h: f64) -> f64 {
    // TODO: the formula.
    todo!()
}

/// The slopes from the left and from the right of `x`, over a step `h`.
pub fn one_sided_slopes(f: fn(f64) -> f64, x: f64, h: f64) -> (f64, f64) {
    // TODO: (left, right).
    todo!()
}

/// The largest |central difference − derivative| over `points` (0 for no
/// points).
pub fn largest_gap(f: fn(f64) -> f64, derivative: fn(f64) -> f64, points: &[f64], h: f64) -> f64 {
    // TODO: the largest absolute difference.
    todo!()
}
