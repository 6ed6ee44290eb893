//! Exercise 4, solved: the sigmoid made stable.
//!
//! The explanation is in the book's solutions page for chapter 3.

/// The tutorial's formula, `1 / (1 + e^(-x))`, for comparison.
pub fn sigmoid_naive(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// The sigmoid `1 / (1 + e^(-x))`, computed without ever overflowing.
// ANCHOR: solution
pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        // e^(-x) is in (0, 1]: the tutorial's formula is safe here.
        1.0 / (1.0 + (-x).exp())
    } else {
        // The same value, multiplied through by e^x, which is in (0, 1) here
        // (and NaN falls through to here and stays NaN).
        let e = x.exp();
        e / (1.0 + e)
    }
}
// ANCHOR_END: solution
