//! # Exercise 7: The vanishing gradient through sigmoid layers
//!
//! Chapter 3, [The sigmoid](../../../book/src/ch03-sigmoid.md).
//!
//! Training (part 3 of the series) sends the error back through the
//! network, and each sigmoid layer on the way multiplies it by σ′(u), the
//! sigmoid's slope at that layer's weighted input u. That slope is
//! σ(u)(1 − σ(u)), at most 1/4, at u = 0. So through n layers the signal
//! shrinks by at least 4^n, and much more where a unit is saturated.
//!
//! 1. `gradient_factor`: the product of σ′(u_k) over the weighted inputs of
//!    a chain of layers, one per layer (`activations::sigmoid_derivative`;
//!    no layers, factor 1). Where σ(u) is 1.0 in f64 the slope is tiny but
//!    not 0: keep it.
//! 2. `layers_until_below`: the smallest number of layers n for which even
//!    the best case, (1/4)^n, is *below* `threshold` (for 1e-6, how deep a
//!    sigmoid network can be before the signal is a millionth). `None` for
//!    a threshold that no n can get below (0, a negative number, NaN).
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 7`), or run
//! only its tests with `cargo test -p exercises --test 07_vanishing_gradient`.

use activations::sigmoid_derivative;

/// The product of σ′(u) over the weighted inputs `inputs`, one per layer.
pub fn gradient_factor(inputs: &[f64]) -> f64 {
    // TODO: multiply the slopes together.
    todo!()
}

/// The smallest n with (1/4)^n < `threshold`, or `None` if there is none.
pub fn layers_until_below(threshold: f64) -> Option<usize> {
    // TODO: count layers while the best case is not below the threshold.
    todo!()
}
