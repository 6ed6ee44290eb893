//! Exercise 12, solved: forward a whole batch at once.
//!
//! The explanation is in the book's solutions page for chapter 6.

use forward::{InputError, Network};
use nalgebra::DMatrix;

/// Runs every row of `inputs` through `network` and returns one row of
/// outputs per input row.
///
/// # Errors
///
/// [`InputError`] when `inputs` does not have one column per network input.
// ANCHOR: solution
pub fn forward_batch(network: &Network, inputs: &DMatrix<f64>) -> Result<DMatrix<f64>, InputError> {
    network.check_input_length(inputs.ncols())?;
    let mut z = inputs.clone();
    for layer in network.layers() {
        // Row n of z·Wᵀ is (W·(row n of z))ᵀ: every sample in one product.
        let mut u = &z * layer.weights().transpose();
        // b is added to every row: b[j] to every element of column j.
        for (mut column, &b) in u.column_iter_mut().zip(layer.bias().iter()) {
            column.add_scalar_mut(b);
        }
        let activation = layer.activation();
        z = u.map(|x| activation.apply(x));
    }
    Ok(z)
}
// ANCHOR_END: solution
