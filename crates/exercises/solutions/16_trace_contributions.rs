//! Exercise 16, solved: read the trace, which hidden unit matters most.
//!
//! The explanation is in the book's solutions page for chapter 6.

use forward::{Network, Trace};

/// What each unit feeding the last layer adds to output number `output`.
// ANCHOR: solution
pub fn contributions(network: &Network, trace: &Trace, output: usize) -> Option<Vec<f64>> {
    let last = network.layers().last()?;
    // The last layer was given the previous layer's z, or the input if it
    // is the only layer.
    let layers = trace.layers();
    let given = match layers.len().checked_sub(2) {
        Some(previous) => &layers[previous].z,
        None => trace.input(),
    };
    if output >= last.outputs() {
        return None;
    }
    let row = last.weights().row(output);
    Some(row.iter().zip(given.iter()).map(|(w, z)| w * z).collect())
}

/// The unit whose contribution to `output` is largest in absolute value.
pub fn largest_contributor(network: &Network, trace: &Trace, output: usize) -> Option<usize> {
    let terms = contributions(network, trace, output)?;
    let size = |j: &usize| terms[*j].abs();
    (0..terms.len()).max_by(|a, b| size(a).total_cmp(&size(b)))
}
// ANCHOR_END: solution
