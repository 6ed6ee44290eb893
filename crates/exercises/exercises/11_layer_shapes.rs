//! # Exercise 11: Shapes and parameters from the layer sizes
//!
//! Chapter 5, [A 3-layer network, as maths](../../../book/src/ch05-network-maths.md).
//!
//! A network is described by how many units each layer has, the input
//! first. The tutorial's is `[2, 3, 2, 2]`: 2 inputs, hidden layers of 3 and
//! 2 units, 2 outputs. Everything else follows from those numbers:
//!
//! - `weight_shapes`: the shape `(rows, columns)` of every weight matrix,
//!   first layer first. In the tutorial's convention `u = W·x + b`, so `W`
//!   has one row per output and one column per input: `W1` is `(3, 2)`.
//! - `parameter_count`: how many numbers the network has to learn, every
//!   weight and every bias. For the tutorial that is 23.
//!
//! With fewer than two sizes there are no layers: no shapes, no parameters.
//! The tests check your shapes by building networks with them: the
//! `forward` crate refuses weights that do not fit together.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 11`), or run
//! only its tests with `cargo test -p exercises --test 11_layer_shapes`.

/// The shape (rows, columns) of each layer's weight matrix, first to last,
/// for a network whose layers have `sizes` units (the input first).
pub fn weight_shapes(sizes: &[usize]) -> Vec<(usize, usize)> {
    // TODO: one (rows, columns) per pair of neighbouring sizes.
    todo!()
}

/// How many numbers the network learns: every weight and every bias.
pub fn parameter_count(sizes: &[usize]) -> usize {
    // TODO: add up the weights and biases of every layer.
    todo!()
}
