//! # Exercise 15: No new allocation: activations in place
//!
//! Chapter 8, [How fast is it?](../../../book/src/ch08-performance.md).
//!
//! `sigmoid_each(&u)` returns a new vector: memory is allocated for the
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
//! Check your work with `cargo test -p exercises ex15`, and see your progress
//! with `cargo run -p exercises`.
//!
//! Hint: `for value in values.iter_mut() { *value = ... }` writes each result
//! where its input was; then return `values`, the same buffer. For ReLU keep
//! the plain comparison: the branch-free trick `x * f64::from(x > 0.0)` turns
//! -inf into NaN.

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
