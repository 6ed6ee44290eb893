//! Exercise 9, solved: leaky ReLU, generic over f32 and f64.
//!
//! The explanation is in the book's solutions page for chapter 4.

use activations::Float;

/// Leaky ReLU: `x` for `x > 0`, otherwise `slope · x`.
// ANCHOR: solution
pub fn leaky_relu<T: Float>(x: T, slope: T) -> T {
    if x > T::zero() { x } else { slope * x }
}
// ANCHOR_END: solution
