//! Exercise 15, solved: forward a whole batch at once.
//!
//! The explanation is in the book's solutions page for chapter 6.

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
// ANCHOR: solution
pub fn forward_batch(
    layers: &[LayerMatrices],
    inputs: &DMatrix<f64>,
) -> Result<DMatrix<f64>, String> {
    let mut z = inputs.clone();
    for (index, (weights, bias, activation)) in layers.iter().enumerate() {
        let (number, given) = (index + 1, z.ncols());
        if weights.ncols() != given {
            let shape = weights.shape();
            return Err(format!(
                "layer {number} is given {given} values per row, but W{number} has shape {shape:?}, so it takes {}",
                shape.1
            ));
        }
        // Row n of z·Wᵀ is (W·(row n of z))ᵀ: every sample in one product.
        let mut u = &z * weights.transpose();
        // b is added to every row: b[j] to every element of column j.
        for (mut column, &b) in u.column_iter_mut().zip(bias.iter()) {
            column.add_scalar_mut(b);
        }
        z = u.map(|x| activation.apply(x));
    }
    Ok(z)
}
// ANCHOR_END: solution
