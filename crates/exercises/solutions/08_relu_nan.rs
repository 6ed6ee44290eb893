//! Exercise 8, solved: ReLU that keeps NaN and -0.0.
//!
//! The explanation is in the book's solutions page for chapter 4.

/// ReLU with NumPy's semantics: `+0.0` for negative numbers and `-inf`,
/// everything else (NaN, `-0.0`, `+0.0`, positives, `inf`) unchanged.
// ANCHOR: solution
pub fn relu(x: f64) -> f64 {
    // `x < 0.0` is false for NaN and for -0.0, so both come back unchanged.
    if x < 0.0 { 0.0 } else { x }
}
// ANCHOR_END: solution
