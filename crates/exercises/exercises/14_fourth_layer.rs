//! # Exercise 14: A fourth layer, and its shapes predicted
//!
//! Chapter 6, [The network in Rust](../../../book/src/ch06-rust-network.md).
//!
//! Grow the tutorial's network by one layer, so that it gives 3 outputs
//! instead of 2:
//!
//! ```text
//! x (2) → layer 1 (3) → layer 2 (2) → layer 3 (2) → layer 4 (3) = y
//! ```
//!
//! 1. First predict, on paper: what shape does each weight matrix have?
//!    Write your answer in `predicted_weight_shapes`, as plain numbers.
//! 2. Then build the network in `network_with_fourth_layer` with the
//!    `forward` crate's `Layer` and `Network`:
//!    - layers 1 to 3 keep the tutorial's weights and biases
//!      (`forward::tutorial::{W1, B1, ...}`);
//!    - layer 3 is now a hidden layer, so its activation is the sigmoid;
//!    - layer 4 has the weights `[[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]`
//!      (one row per output), the bias `[0.1, 0.2, 0.3]`, and the identity.
//!
//! The tests compare your prediction with the network you built, and its
//! output with the tutorial's `u3` carried through the new layer by hand.
//! `Network::new` checks that the layers fit together: if you give W4 the
//! wrong shape, read its error message.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 14`), or run
//! only its tests with `cargo test -p exercises --test 14_fourth_layer`.

use activations::Activation;
use forward::tutorial::{B1, B2, B3, W1, W2, W3};
use forward::{Layer, Network, NetworkError};
use nalgebra::{DMatrix, DVector};

/// Your prediction of the shapes (rows, columns) of W1, W2, W3 and W4,
/// written down before you build the network.
pub fn predicted_weight_shapes() -> [(usize, usize); 4] {
    // TODO: four (rows, columns) pairs.
    todo!()
}

/// The tutorial's network with a fourth layer: 2 → 3 → 2 → 2 → 3.
///
/// # Errors
///
/// [`NetworkError`] if the layers do not fit together.
pub fn network_with_fourth_layer() -> Result<Network, NetworkError> {
    // TODO: build the four layers and the network.
    todo!()
}
