//! Exercise 14, solved: a fourth layer, and its shapes predicted.
//!
//! The explanation is in the book's solutions page for chapter 6.

use activations::Activation;
use forward::tutorial::{B1, B2, B3, W1, W2, W3};
use forward::{Layer, Network, NetworkError};
use nalgebra::{DMatrix, DVector};

/// Your prediction of the shapes of W1, W2, W3 and W4, written down
/// before you build the network.
// ANCHOR: prediction
pub fn predicted_weight_shapes() -> [(usize, usize); 4] {
    // One row per output, one column per input: 2 → 3 → 2 → 2 → 3.
    [(3, 2), (2, 3), (2, 2), (3, 2)]
}
// ANCHOR_END: prediction

/// The tutorial's network with a fourth layer: 2 → 3 → 2 → 2 → 3.
///
/// # Errors
///
/// [`NetworkError`] if the layers do not fit together.
// ANCHOR: network
pub fn network_with_fourth_layer() -> Result<Network, NetworkError> {
    use Activation::{Identity, Sigmoid};
    let layers = vec![
        layer(
            1,
            DMatrix::from_row_slice(3, 2, W1.as_flattened()),
            &B1,
            Sigmoid,
        )?,
        layer(
            2,
            DMatrix::from_row_slice(2, 3, W2.as_flattened()),
            &B2,
            Sigmoid,
        )?,
        // No longer the output layer: a hidden layer, with the sigmoid.
        layer(
            3,
            DMatrix::from_row_slice(2, 2, W3.as_flattened()),
            &B3,
            Sigmoid,
        )?,
        layer(4, DMatrix::from_row_slice(3, 2, &W4), &B4, Identity)?,
    ];
    Network::new(layers)
}

/// Layer 4's weights, row by row, and its bias.
const W4: [f64; 6] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
const B4: [f64; 3] = [0.1, 0.2, 0.3];

/// Layer `number` of the network, or an error that names it.
fn layer(
    number: usize,
    weights: DMatrix<f64>,
    bias: &[f64],
    activation: Activation,
) -> Result<Layer, NetworkError> {
    Layer::new(weights, DVector::from_row_slice(bias), activation).map_err(|error| {
        NetworkError::Layer {
            layer: number,
            error,
        }
    })
}
// ANCHOR_END: network
