//! Exercise 7, solved: the vanishing gradient through sigmoid layers.
//!
//! The explanation is in the book's solutions page for chapter 3.

use activations::sigmoid_derivative;

/// The product of σ′(u) over the weighted inputs `inputs`, one per layer.
// ANCHOR: solution
pub fn gradient_factor(inputs: &[f64]) -> f64 {
    // The product of no factors is 1. sigmoid_derivative keeps the tiny
    // slopes where σ(u) rounds to 1.0, which σ(u)(1 − σ(u)) would make 0.
    inputs.iter().map(|&u| sigmoid_derivative(u)).product()
}

/// The smallest n with (1/4)^n < `threshold`, or `None` if there is none.
pub fn layers_until_below(threshold: f64) -> Option<usize> {
    // (1/4)^n reaches 0.0 after 538 steps, so any threshold above 0 is
    // passed by then; 0, negative numbers and NaN never are.
    if threshold.is_nan() || threshold <= 0.0 {
        return None;
    }
    let (mut layers, mut best_case) = (0, 1.0_f64);
    while best_case >= threshold {
        layers += 1;
        best_case *= sigmoid_derivative(0.0);
    }
    Some(layers)
}
// ANCHOR_END: solution
