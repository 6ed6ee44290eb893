//! # Exercise 18: The fourth layer, checked by the compiler
//!
//! Chapter 7, [What Rust's types and tests buy](../../../book/src/ch07-types-and-tests.md).
//!
//! In exercise 14, `Network::new` found out at run time whether W4 fit
//! after layer 3. `forward::static_network` moves that check into the
//! types: a `StaticLayer<INPUTS, OUTPUTS>` holds an `OUTPUTS × INPUTS`
//! matrix, and its `forward` only accepts an input of `INPUTS` numbers.
//!
//! Add the same fourth layer as in exercise 14 (W4 =
//! `[[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]`, b4 = `[0.1, 0.2, 0.3]`, the
//! identity), this time with its sizes in its type:
//!
//! 1. Fix `FourthLayer`: its sizes below are wrong. Nothing checks them
//!    yet, because nothing uses the layer. Leave them wrong for a moment.
//! 2. Write `fourth_layer` and `forward4`, which runs the tutorial's static
//!    network (`forward::tutorial::static_network()`), applies the sigmoid
//!    to its `u3` (layer 3 is now hidden), and feeds that to your layer.
//!    `forward4` must return 3 numbers: with the wrong sizes, it does not
//!    compile. Read the compiler's message, then fix the sizes.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 18`), or run
//! only its tests with `cargo test -p exercises --test 18_static_fourth_layer`.

use activations::{Activation, sigmoid};
use forward::static_network::StaticLayer;
use forward::tutorial;
use nalgebra::{SMatrix, SVector, Vector2};

/// The fourth layer's type, `StaticLayer<INPUTS, OUTPUTS>`.
// TODO: these sizes are wrong.
pub type FourthLayer = StaticLayer<1, 1>;

/// The fourth layer: W4 = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]],
/// b4 = [0.1, 0.2, 0.3], and the identity.
pub fn fourth_layer() -> FourthLayer {
    // TODO: build the layer.
    todo!()
}

/// The tutorial's network with the fourth layer after it, layer 3 now
/// with the sigmoid: 2 → 3 → 2 → 2 → 3.
pub fn forward4(x: &Vector2<f64>) -> SVector<f64, 3> {
    // TODO: the tutorial's static network, the sigmoid of u3, your layer.
    todo!()
}
