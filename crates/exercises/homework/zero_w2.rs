//! Chapter 5's homework: the second layer's weights, all zero, to put in
//! place of `W2` in `crates/forward/src/tutorial.rs`. The book shows it
//! from here; `tests/homework.rs` runs the network with it.

// ANCHOR: w2
/// Layer 2's weights: 2 outputs, 3 inputs.
pub const W2: [[f64; 3]; 2] = [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]];
// ANCHOR_END: w2
