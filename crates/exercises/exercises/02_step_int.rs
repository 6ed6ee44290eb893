//! # Exercise 2: The step function as integers
//!
//! Chapter 2, [The step function](../../../book/src/ch02-step.md).
//!
//! The tutorial writes the step function as `(x > 0).astype(int)`: compare
//! every element with 0, then turn `True` into 1 and `False` into 0. NumPy
//! prints the result as `[0 0 1]`, integers, not `[0. 0. 1.]`.
//!
//! Write `step_int` for one number and `step_ints` for a slice. Every input
//! that is not greater than 0 gives 0: negative numbers, `0.0`, `-0.0`, and
//! `NaN` (a comparison with NaN is always false). Infinity gives 1.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 2`), or run
//! only its tests with `cargo test -p exercises --test 02_step_int`.

/// The step function as an integer: 1 when `x > 0`, otherwise 0 (NaN
/// included), like NumPy's `(x > 0).astype(int)`.
pub fn step_int(x: f64) -> i64 {
    // TODO: 1 when x > 0, otherwise 0.
    todo!()
}

/// [`step_int`] of every element.
pub fn step_ints(values: &[f64]) -> Vec<i64> {
    // TODO: apply step_int to every value and collect the results.
    todo!()
}
