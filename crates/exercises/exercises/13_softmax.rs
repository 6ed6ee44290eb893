//! # Exercise 13: Softmax with max subtraction (a preview of part 3)
//!
//! Chapter 5, [A 3-layer network, as maths](../../../book/src/ch05-network-maths.md).
//!
//! The tutorial's output layer is the identity, `y = u3`: right for
//! regression. For classification, part 3 of the series turns the outputs
//! into probabilities with *softmax*:
//!
//! ```text
//! softmax(u)_i = e^(u_i) / (e^(u_1) + e^(u_2) + ... + e^(u_n))
//! ```
//!
//! Every output is in [0, 1], they add up to 1, and a bigger `u_i` gets a
//! bigger share. Written that way it breaks for large inputs: `e^1000` is
//! infinity, and `inf / inf` is NaN. The fix is the trick behind the stable
//! sigmoid: subtract the largest input first.
//!
//! Write `softmax` so that it works for inputs like `[1000, 1001, 1002]`.
//! If any input is NaN, every output is NaN; `-inf` gets 0. (An input of
//! `+inf` gives NaN, `inf − inf`; the tests leave that case alone.) An empty
//! vector gives an empty vector.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 13`), or run
//! only its tests with `cargo test -p exercises --test 13_softmax`.

use nalgebra::DVector;

/// Softmax: `e^(u_i) / Σ_j e^(u_j)`, computed so that nothing overflows.
pub fn softmax(u: &DVector<f64>) -> DVector<f64> {
    // TODO: subtract the largest element, exponentiate, divide by the sum.
    todo!()
}
