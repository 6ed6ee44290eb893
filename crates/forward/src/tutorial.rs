//! The tutorial's network and input, with its exact numbers.
//!
//! Both the run-time [`Network`] and the compile-time
//! [`StaticNetwork`] are built from the constants here, so the two cannot
//! disagree.
//!
//! ```
//! use forward::tutorial::{ACTIVATIONS, B1, W1, X, network};
//!
//! let network = network();
//! let layer1 = &network.layers()[0];
//! assert_eq!(layer1.weights()[(2, 1)], W1[2][1]); // row 2, column 1: 0.6
//! assert_eq!(layer1.bias().as_slice(), B1);
//! assert_eq!(layer1.activation(), ACTIVATIONS[0]);
//! // u1[0] = 0.1 * 1.0 + 0.2 * 0.5 + 0.1, in f64 as in NumPy:
//! assert_eq!(W1[0][0] * X[0] + W1[0][1] * X[1] + B1[0], 0.30000000000000004);
//! ```

use crate::static_network::{StaticLayer, StaticNetwork};
use crate::{Layer, Network};
use activations::Activation;
use nalgebra::{DMatrix, DVector, SMatrix, SVector};

/// Layer 1's weights: 3 outputs, 2 inputs.
// ANCHOR: weights
pub const W1: [[f64; 2]; 3] = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]];
/// Layer 2's weights: 2 outputs, 3 inputs.
pub const W2: [[f64; 3]; 2] = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]];
/// Layer 3's weights: 2 outputs, 2 inputs.
pub const W3: [[f64; 2]; 2] = [[0.1, 0.2], [0.3, 0.4]];
/// Layer 1's bias.
pub const B1: [f64; 3] = [0.1, 0.2, 0.3];
/// Layer 2's bias.
pub const B2: [f64; 2] = [0.1, 0.2];
/// Layer 3's bias.
pub const B3: [f64; 2] = [0.1, 0.2];
/// The input the tutorial runs.
pub const X: [f64; 2] = [1.0, 0.5];
/// Sigmoid in the hidden layers, the identity at the output.
pub const ACTIVATIONS: [Activation; 3] = [
    Activation::Sigmoid,
    Activation::Sigmoid,
    Activation::Identity,
];
// ANCHOR_END: weights

/// The tutorial's network, 2 → 3 → 2 → 2, with sizes checked at run time.
///
/// ```
/// let network = forward::tutorial::network();
/// assert_eq!(network.layers()[0].weights()[(2, 1)], 0.6);
/// ```
pub fn network() -> Network {
    let layers = vec![
        tutorial_layer(&W1, &B1, ACTIVATIONS[0]),
        tutorial_layer(&W2, &B2, ACTIVATIONS[1]),
        tutorial_layer(&W3, &B3, ACTIVATIONS[2]),
    ];
    // The constants above fit together; a test pins that this never fails.
    Network::new(layers).unwrap_or_else(|error| unreachable!("the tutorial's network: {error}"))
}

fn tutorial_layer<const IN: usize, const OUT: usize>(
    weights: &[[f64; IN]; OUT],
    bias: &[f64; OUT],
    activation: Activation,
) -> Layer {
    let weights = DMatrix::from_fn(OUT, IN, |row, column| weights[row][column]);
    Layer::new(weights, DVector::from_row_slice(bias), activation)
        .unwrap_or_else(|error| unreachable!("the tutorial's layer: {error}"))
}

/// The tutorial's input, `x = [1.0, 0.5]`.
///
/// ```
/// assert_eq!(forward::tutorial::input().as_slice(), [1.0, 0.5]);
/// ```
pub fn input() -> DVector<f64> {
    DVector::from_row_slice(&X)
}

/// The tutorial's network with every size in its type.
///
/// ```
/// use nalgebra::Vector2;
///
/// let y = forward::tutorial::static_network().forward(&Vector2::new(1.0, 0.5)).y;
/// assert!((y[0] - 0.3168270764110298).abs() < 1e-15);
/// ```
pub fn static_network() -> StaticNetwork<2, 3, 2, 2> {
    StaticNetwork {
        layer1: static_layer(&W1, &B1, ACTIVATIONS[0]),
        layer2: static_layer(&W2, &B2, ACTIVATIONS[1]),
        layer3: static_layer(&W3, &B3, ACTIVATIONS[2]),
    }
}

fn static_layer<const IN: usize, const OUT: usize>(
    weights: &[[f64; IN]; OUT],
    bias: &[f64; OUT],
    activation: Activation,
) -> StaticLayer<IN, OUT> {
    StaticLayer {
        weights: SMatrix::from_fn(|row, column| weights[row][column]),
        bias: SVector::from_row_slice(bias),
        activation,
    }
}
