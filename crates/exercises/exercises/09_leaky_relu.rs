//! # Exercise 9: Leaky ReLU, generic over f32 and f64
//!
//! Chapter 4, [ReLU](../../../book/src/ch04-relu.md).
//!
//! ReLU gives exactly 0 for every negative input, so a unit whose weighted
//! input is always negative outputs 0 and, in training, gets no gradient:
//! it is "dead". Leaky ReLU lets a little through instead:
//!
//! ```text
//! leaky_relu(x) = x          if x > 0
//!                 slope · x  otherwise      (slope is small, often 0.01)
//! ```
//!
//! Write it once for both `f32` and `f64`, generic over `T: Float` like the
//! `activations` crate's functions. `T::zero()` is 0 of either type. NaN must
//! give NaN.
//!
//! The tests state its properties and proptest checks each on thousands of
//! random inputs: positive inputs pass unchanged; negative ones are scaled
//! by the slope; slope 0 gives ReLU and slope 1 the identity; it never
//! decreases; and it works the same for f32.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 9`), or run
//! only its tests with `cargo test -p exercises --test 09_leaky_relu`.

use activations::Float;

/// Leaky ReLU: `x` for `x > 0`, otherwise `slope · x`.
pub fn leaky_relu<T: Float>(x: T, slope: T) -> T {
    // TODO: x when x > 0, otherwise slope * x.
    todo!()
}
