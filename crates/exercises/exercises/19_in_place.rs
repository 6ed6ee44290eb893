//! # Exercise 19: No new allocation: activations in place
//!
//! Chapter 8, [How fast is it?](../../../book/src/ch08-performance.md).
//!
//! `u.map(sigmoid)` returns a new vector: memory is allocated for the
//! result and the input is left as it was. When the input is no longer
//! needed, as in a forward pass, the results can go where the inputs were,
//! like NumPy's `np.maximum(0, x, out=x)`. No allocation, and the data is
//! read and written in one pass while it is in the cache.
//!
//! 1. `sigmoid_all` takes a `Vec` by value (it owns it now) and returns the
//!    sigmoid of every element *in the same buffer*. The tests check that
//!    the returned `Vec` points at the memory you were given.
//! 2. `relu_in_place` overwrites a slice with ReLU of every element.
//!
//! Both must agree bit for bit with `activations::sigmoid` and
//! `activations::relu` on every input, NaN, `-0.0` and infinities
//! included. No timing here: the tests check what is computed and where;
//! how fast it is, `cargo bench` measures.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 19`), or run
//! only its tests with `cargo test -p exercises --test 19_in_place`.

use activations::{relu, sigmoid};

/// The sigmoid of every value, returned in the same buffer: no allocation.
pub fn sigmoid_all(values: Vec<f64>) -> Vec<f64> {
    // TODO: overwrite every element, then return the same Vec.
    todo!()
}

/// ReLU of every value, written over the values.
pub fn relu_in_place(values: &mut [f64]) {
    // TODO: overwrite every element with its ReLU.
    todo!()
}
