//! Exercise 10, solved: check the derivatives numerically, and meet the kink.
//!
//! The explanation is in the book's solutions page for chapter 4.

/// The central difference `(f(x + h) − f(x − h)) / 2h`.
// ANCHOR: solution
pub fn central_difference(f: fn(f64) -> f64, x: f64, h: f64) -> f64 {
    (f(x + h) - f(x - h)) / (2.0 * h)
}

/// The slopes from the left and from the right of `x`, over a step `h`.
pub fn one_sided_slopes(f: fn(f64) -> f64, x: f64, h: f64) -> (f64, f64) {
    ((f(x) - f(x - h)) / h, (f(x + h) - f(x)) / h)
}

/// The largest |central difference − derivative| over `points` (0 for no
/// points).
pub fn largest_gap(f: fn(f64) -> f64, derivative: fn(f64) -> f64, points: &[f64], h: f64) -> f64 {
    let gap = |&x: &f64| (central_difference(f, x, h) - derivative(x)).abs();
    points.iter().map(gap).fold(0.0, f64::max)
}
// ANCHOR_END: solution
