//! # Exercise 4: Make the naive sigmoid stable
//!
//! Chapter 3, [The sigmoid](../../../book/src/ch03-sigmoid.md).
//!
//! The tutorial's sigmoid, kept below as `sigmoid_naive`, computes `e^(-x)`.
//! For `x < -709.78` that overflows to infinity and the result is `1 / inf =
//! 0`: the right limit, but for `-745 < x < -709.78` the true answer is a
//! tiny positive (subnormal) number that f64 can hold, and the naive formula
//! loses it.
//!
//! Write `sigmoid` so that it never computes anything that overflows, and
//! every answer is within 2 ulp of the correctly rounded value: the tests
//! compare it with the 2 135 values of `tests/data/activations-f64.tsv`,
//! computed with 200-bit precision. An *ulp* (unit in the last place) is the
//! gap between one f64 and the next. Keep the special values:
//! `sigmoid(NaN)` is NaN, `sigmoid(-inf)` is 0 and `sigmoid(inf)` is 1. Do
//! not use the `activations` crate, whose sigmoid is the answer: a test
//! reads this file and fails if its code (outside comments) names it.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 4`), or run
//! only its tests with `cargo test -p exercises --test 04_stable_sigmoid`.

/// The tutorial's formula, `1 / (1 + e^(-x))`, for comparison.
pub fn sigmoid_naive(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// The sigmoid `1 / (1 + e^(-x))`, computed without ever overflowing.
pub fn sigmoid(x: f64) -> f64 {
    // TODO: the same values as sigmoid_naive, without computing e^(-x) when
    // x is negative.
    todo!()
}
