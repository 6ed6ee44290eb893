//! Exercise 5, solved: where the sigmoid reaches 1.0 and 0.0.
//!
//! The explanation is in the book's solutions page for chapter 3.

use activations::sigmoid;

/// The smallest f64 `x` with `sigmoid(x) == 1.0` (about 36.74).
// ANCHOR: solution
pub fn smallest_x_where_sigmoid_is_one() -> f64 {
    first_where(0.0, 100.0, |x| sigmoid(x) == 1.0)
}

/// The largest f64 `x` with `sigmoid(x) == 0.0` (about -745.13).
pub fn largest_x_where_sigmoid_is_zero() -> f64 {
    // Search the mirror image: the smallest t > 0 with sigmoid(-t) == 0.0.
    -first_where(0.0, 1000.0, |t| sigmoid(-t) == 0.0)
}

/// The smallest f64 in `(low, high]` where `holds` is true, given that it is
/// false at `low`, true at `high`, and changes only once in between.
/// Both bounds must be non-negative.
fn first_where(mut low: f64, mut high: f64, holds: impl Fn(f64) -> bool) -> f64 {
    // For non-negative floats the bit patterns, read as integers, are in the
    // same order as the values, and neighbouring floats are neighbouring
    // integers. So bisect on the bits until `low` and `high` are neighbours.
    while high.to_bits() - low.to_bits() > 1 {
        let middle = f64::from_bits(low.to_bits() + (high.to_bits() - low.to_bits()) / 2);
        if holds(middle) {
            high = middle;
        } else {
            low = middle;
        }
    }
    high
}
// ANCHOR_END: solution
