//! Exercise 18, solved: the fourth layer, checked by the compiler.
//!
//! The explanation is in the book's solutions page for chapter 7.

use activations::{Activation, sigmoid};
use forward::static_network::StaticLayer;
use forward::tutorial;
use nalgebra::{SMatrix, SVector, Vector2};

/// The fourth layer's type: it takes layer 3's 2 outputs and gives 3.
// ANCHOR: solution
pub type FourthLayer = StaticLayer<2, 3>;

/// The fourth layer: W4 = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]],
/// b4 = [0.1, 0.2, 0.3], and the identity.
pub fn fourth_layer() -> FourthLayer {
    StaticLayer {
        weights: SMatrix::from_row_slice(&[0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
        bias: SVector::from_row_slice(&[0.1, 0.2, 0.3]),
        activation: Activation::Identity,
    }
}

/// The tutorial's network with the fourth layer after it, layer 3 now
/// with the sigmoid: 2 → 3 → 2 → 2 → 3.
pub fn forward4(x: &Vector2<f64>) -> SVector<f64, 3> {
    let trace = tutorial::static_network().forward(x);
    // Layer 3 is a hidden layer now: the sigmoid of its weighted input.
    let z3 = trace.u3.map(sigmoid);
    let (_u4, y) = fourth_layer().forward(&z3);
    y
}
// ANCHOR_END: solution
