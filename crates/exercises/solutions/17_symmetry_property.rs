//! Exercise 17, solved: your own property test of the sigmoid's symmetry.
//!
//! The explanation is in the book's solutions page for chapter 7.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestError, TestRunner};

/// Checks `sigmoid(-x) = 1 - sigmoid(x)` on random `x`. Returns `Ok(())`
/// when every case holds, and proptest's error with the smallest failing
/// `x` it found when one does not.
///
/// # Errors
///
/// [`TestError::Fail`] with a counterexample when `sigmoid` is not
/// symmetric.
// ANCHOR: solution
pub fn sigmoid_symmetry(sigmoid: fn(f64) -> f64) -> Result<(), TestError<f64>> {
    // No regression file: the function under test changes from call to call.
    let mut runner = TestRunner::new(Config {
        failure_persistence: None,
        ..Config::default()
    });
    // Wide enough to reach both tails, where sigmoid saturates (|x| > 36)
    // and where broken versions tend to hide.
    runner.run(&(-60.0..60.0_f64), |x| {
        let left = sigmoid(-x);
        let right = 1.0 - sigmoid(x);
        // Each side is rounded (sigmoid within 2 ulp, then 1 - s): they may
        // differ by a few ulps of 1, never by more.
        prop_assert!(
            (left - right).abs() <= 4.0 * f64::EPSILON,
            "sigmoid(-x) = {left:e} but 1 - sigmoid(x) = {right:e} for x = {x}"
        );
        Ok(())
    })
}
// ANCHOR_END: solution
