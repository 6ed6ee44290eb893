//! Exercise 2, solved: the step function as integers.
//!
//! The explanation is in the book's solutions page for chapter 2.

/// The step function as an integer: 1 when `x > 0`, otherwise 0 (NaN
/// included), like NumPy's `(x > 0).astype(int)`.
// ANCHOR: solution
pub fn step_int(x: f64) -> i64 {
    // `x > 0.0` is false for 0.0, -0.0 and NaN: exactly the cases that give 0.
    i64::from(x > 0.0)
}

/// [`step_int`] of every element.
pub fn step_ints(values: &[f64]) -> Vec<i64> {
    values.iter().map(|&x| step_int(x)).collect()
}
// ANCHOR_END: solution
