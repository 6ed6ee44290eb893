//! # Exercise 12: Forward a whole batch at once
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
//! Write `forward_batch` with the network's layers (`network.layers()`,
//! `layer.weights()`, `layer.bias()`, `layer.activation()`), without calling
//! `Network::forward_batch`, which is the answer. A batch whose width does
//! not match the network's inputs gives the same `InputError` as
//! `Network::forward`; a batch of no rows gives no rows.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 12`), or run
//! only its tests with `cargo test -p exercises --test 12_batch_forward`.

use forward::{InputError, Network};
use nalgebra::DMatrix;

/// Runs every row of `inputs` through `network` and returns one row of
/// outputs per input row.
///
/// # Errors
///
/// [`InputError`] when `inputs` does not have one column per network input.
pub fn forward_batch(network: &Network, inputs: &DMatrix<f64>) -> Result<DMatrix<f64>, InputError> {
    // TODO: one matrix product per layer, for all the rows at once.
    todo!()
}
