//! Exercise 19, solved: activations in place, without a new allocation.
//!
//! The explanation is in the book's solutions page for chapter 8.

use activations::{relu, sigmoid};

/// The sigmoid of every value, returned in the same buffer: no allocation.
// ANCHOR: solution
pub fn sigmoid_all(mut values: Vec<f64>) -> Vec<f64> {
    for value in &mut values {
        *value = sigmoid(*value);
    }
    values
}

/// ReLU of every value, written over the values.
pub fn relu_in_place(values: &mut [f64]) {
    for value in values {
        *value = relu(*value);
    }
}
// ANCHOR_END: solution
