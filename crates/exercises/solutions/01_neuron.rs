//! Exercise 1, solved: one neuron, u, then h, then z.
//!
//! The explanation is in the book's solutions page for chapter 1.

/// One neuron: returns its weighted input `u = w·x + b` and its output
/// `z = h(u)`.
// ANCHOR: solution
pub fn neuron<const N: usize>(
    weights: [f64; N],
    bias: f64,
    x: [f64; N],
    h: fn(f64) -> f64,
) -> (f64, f64) {
    let mut u = bias;
    for (w, x) in weights.iter().zip(x) {
        u += w * x;
    }
    (u, h(u))
}
// ANCHOR_END: solution
