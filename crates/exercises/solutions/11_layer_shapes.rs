//! Exercise 11, solved: shapes and parameters from the layer sizes.
//!
//! The explanation is in the book's solutions page for chapter 5.

/// The shape (rows, columns) of each layer's weight matrix, first to last,
/// for a network whose layers have `sizes` units (the input first).
// ANCHOR: solution
pub fn weight_shapes(sizes: &[usize]) -> Vec<(usize, usize)> {
    // W has one row per output and one column per input.
    sizes.windows(2).map(|pair| (pair[1], pair[0])).collect()
}

/// How many numbers the network learns: every weight and every bias.
pub fn parameter_count(sizes: &[usize]) -> usize {
    weight_shapes(sizes)
        .iter()
        .map(|&(rows, columns)| rows * columns + rows)
        .sum()
}
// ANCHOR_END: solution
