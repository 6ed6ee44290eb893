//! # Exercise 6: tanh from the sigmoid, and its accuracy near 0
//!
//! Chapter 3, [The sigmoid](../../../book/src/ch03-sigmoid.md).
//!
//! The hyperbolic tangent is a stretched and shifted sigmoid:
//!
//! ```text
//! tanh x = 2·sigmoid(2x) − 1
//! ```
//!
//! 1. Write `tanh_from_sigmoid` with exactly that formula and
//!    `activations::sigmoid`. The tests check that it is close to tanh
//!    everywhere, within a few ulps *of 1*. But near 0, where tanh x ≈ x
//!    is tiny, that error is huge compared with the answer: a test shows
//!    that for x = 1e-20 the formula returns 0, not 1e-20.
//! 2. Write `tanh_accurate`, which is within 2 ulp of the correctly rounded
//!    tanh everywhere, tiny x included, without calling `f64::tanh`: a test reads this
//!    file and fails if its code (outside comments) calls any `tanh`.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 6`), or run
//! only its tests with `cargo test -p exercises --test 06_tanh_from_sigmoid`.

use activations::sigmoid;

/// tanh by the identity `tanh x = 2·sigmoid(2x) − 1`.
pub fn tanh_from_sigmoid(x: f64) -> f64 {
    // TODO: the formula, with activations::sigmoid.
    todo!()
}

/// tanh, within 2 ulp of the correctly rounded value everywhere.
pub fn tanh_accurate(x: f64) -> f64 {
    // TODO: the same value, computed so that nothing cancels near 0.
    todo!()
}
