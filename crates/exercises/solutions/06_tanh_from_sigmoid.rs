//! Exercise 6, solved: tanh from the sigmoid, and an accurate tanh.
//!
//! The explanation is in the book's solutions page for chapter 3.

use activations::sigmoid;

/// tanh by the identity `tanh x = 2·sigmoid(2x) − 1`: right to within an
/// ulp or two of 1 everywhere, but near 0 only the first few digits survive.
// ANCHOR: solution
pub fn tanh_from_sigmoid(x: f64) -> f64 {
    2.0 * sigmoid(2.0 * x) - 1.0
}

/// tanh within 2 ulp everywhere: the same identity, rearranged so that
/// nothing cancels.
pub fn tanh_accurate(x: f64) -> f64 {
    // 2·sigmoid(2x) − 1 = (1 − e^(−2x)) / (1 + e^(−2x)). With
    // m = e^(−2x) − 1, computed by exp_m1 without rounding e^(−2x) first,
    // that is −m / (2 + m). For x ≥ 0, m is in (−1, 0]: no overflow, and
    // the only subtraction left, 2 + m, is at least 1, so it loses nothing.
    let m = (-2.0 * x.abs()).exp_m1();
    let magnitude = -m / (2.0 + m);
    // tanh is odd; copysign also keeps tanh(−0.0) = −0.0. NaN stays NaN.
    magnitude.copysign(x)
}
// ANCHOR_END: solution
