//! Chapter 7's homework: ReLU in the hidden layers, to put in place of
//! `ACTIVATIONS` in `crates/forward/src/tutorial.rs`. The book shows it
//! from here; `tests/homework.rs` runs the network with it.

use activations::Activation;

// ANCHOR: activations
/// ReLU in the hidden layers, the identity at the output.
pub const ACTIVATIONS: [Activation; 3] = [Activation::Relu, Activation::Relu, Activation::Identity];
// ANCHOR_END: activations
