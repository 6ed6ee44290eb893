//! # Exercise 15: Forward a whole batch at once
//!
//! Chapter 6, [The network in Rust](../../../book/src/ch06-rust-network.md).
//!
//! `Network::forward` runs one input. To run a thousand, you could call it a
//! thousand times, or do what NumPy code does: put the inputs in the rows of
//! one matrix `X` and run each layer as one matrix product,
//!
//! ```text
//! U = X·Wᵀ + b      (b added to every row)
//! Z = h(U)          (h applied to every element)
//! ```
//!
//! Row n of `U` is `W·x_n + b` transposed, the weighted input of sample n.
//! One big product does the same arithmetic as many small ones, but in a
//! form the matrix library can do much faster.
//!
//! Write `forward_batch`. It gets the layers as plain matrices, one
//! `(W, b, h)` per layer, not a `Network`: the batch must go through the
//! layers as matrices, not row by row through `Network::forward`. Layers of
//! any size must work, not only the tutorial's. When a layer's `W` does not
//! take as many inputs as it is given (the batch's width for layer 1, the
//! previous layer's outputs after that), return an error that names the
//! layer and both sizes, instead of letting nalgebra panic; a batch of no
//! rows gives no rows.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 15`), or run
//! only its tests with `cargo test -p exercises --test 15_batch_forward`.

use activations::Activation;
use nalgebra::{DMatrix, DVector};

/// One layer as plain data: its weights `W` (one row per output, one column
/// per input), its bias `b` (one value per output) and its activation `h`.
pub type LayerMatrices = (DMatrix<f64>, DVector<f64>, Activation);

/// Runs every row of `inputs` through the layers and returns one row of
/// outputs per input row.
///
/// # Errors
///
/// A message naming the layer whose `W` does not take as many inputs as it
/// is given.
pub fn forward_batch(
    layers: &[LayerMatrices],
    inputs: &DMatrix<f64>,
) -> Result<DMatrix<f64>, String> {
    // TODO: one matrix product per layer, for all the rows at once.
    todo!()
}
