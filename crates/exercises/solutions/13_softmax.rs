//! Exercise 13, solved: softmax with max subtraction.
//!
//! The explanation is in the book's solutions page for chapter 5.

use nalgebra::DVector;

/// Softmax: `e^(u_i) / Σ_j e^(u_j)`, computed as `e^(u_i − m) / Σ_j e^(u_j − m)`
/// with `m = max(u)` so that no exponential overflows.
// ANCHOR: solution
pub fn softmax(u: &DVector<f64>) -> DVector<f64> {
    // f64::max ignores NaN; a NaN in u still makes every output NaN through
    // the sum below.
    let largest = u.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let exponentials = u.map(|u_i| (u_i - largest).exp());
    let sum = exponentials.sum();
    exponentials / sum
}
// ANCHOR_END: solution
