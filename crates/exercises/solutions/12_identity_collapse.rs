//! Exercise 12, solved: without activations, a network is one affine map.
//!
//! The explanation is in the book's solutions page for chapter 5.

use forward::Network;
use nalgebra::{DMatrix, DVector};

/// The one `W` and `b` with `network(x) = W·x + b` when every activation is
/// the identity. (The activations are ignored: for any other network the
/// result is what the network would compute without them.)
// ANCHOR: solution
pub fn collapse(network: &Network) -> (DMatrix<f64>, DVector<f64>) {
    // Start from the map that changes nothing, x ↦ I·x + 0, and put each
    // layer after it: W'·(W·x + b) + b' = (W'·W)·x + (W'·b + b').
    let inputs = network.inputs();
    let mut weights = DMatrix::identity(inputs, inputs);
    let mut bias = DVector::zeros(inputs);
    for layer in network.layers() {
        bias = layer.weights() * bias + layer.bias();
        weights = layer.weights() * weights;
    }
    (weights, bias)
}
// ANCHOR_END: solution
