//! # Exercise 17: Your own proptest: sigmoid's symmetry
//!
//! Chapter 7, [What Rust's types and tests buy](../../../book/src/ch07-types-and-tests.md).
//!
//! The sigmoid is symmetric about (0, 1/2): `sigmoid(-x) = 1 - sigmoid(x)`.
//! Turn that into a property test. This time the test is the exercise, so
//! it takes the function to check as an argument, and returns the result
//! instead of panicking:
//!
//! - `Ok(())` when the property held for every random `x` tried;
//! - `Err(TestError::Fail(reason, x))` when it failed, with the smallest
//!   failing `x` that proptest found by shrinking.
//!
//! How do you know a test is any good? It must pass on correct code and
//! fail on wrong code. The tests of this exercise do exactly that: they run
//! your property on `activations::sigmoid`, which must pass, and on several
//! broken sigmoids, each of which it must catch. If it misses one, widen
//! the range of `x` or tighten the tolerance.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 17`), or run
//! only its tests with `cargo test -p exercises --test 17_symmetry_property`.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestError, TestRunner};

/// Checks `sigmoid(-x) = 1 - sigmoid(x)` on random `x`.
///
/// # Errors
///
/// [`TestError::Fail`] with a counterexample when `sigmoid` is not
/// symmetric.
pub fn sigmoid_symmetry(sigmoid: fn(f64) -> f64) -> Result<(), TestError<f64>> {
    // TODO: run the property with proptest's TestRunner.
    todo!()
}
