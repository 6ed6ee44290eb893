//! # Exercise 12: Without activations, a network is one affine map
//!
//! Chapter 5, [A 3-layer network, as maths](../../../book/src/ch05-network-maths.md).
//!
//! Why does a network need activation functions at all? Take them away
//! (make every one the identity, `h(u) = u`) and each layer is an affine
//! map, `x ↦ W·x + b`. An affine map of an affine map is again one:
//!
//! ```text
//! W2·(W1·x + b1) + b2 = (W2·W1)·x + (W2·b1 + b2)
//! ```
//!
//! so the whole network, however deep, computes what a single layer could.
//!
//! Write `collapse`: given a network, return the one `W` and `b` that it
//! amounts to when its activations are ignored. The tests check that
//! `W·x + b` equals the network's output for random inputs when every
//! activation is the identity, and that it does *not* for the tutorial's
//! network, whose sigmoids bend the map.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 12`), or run
//! only its tests with `cargo test -p exercises --test 12_identity_collapse`.

use forward::Network;
use nalgebra::{DMatrix, DVector};

/// The one `W` and `b` with `network(x) = W·x + b` when every activation is
/// the identity. (The activations are ignored.)
pub fn collapse(network: &Network) -> (DMatrix<f64>, DVector<f64>) {
    // TODO: combine the layers' weights and biases, first to last.
    todo!()
}
