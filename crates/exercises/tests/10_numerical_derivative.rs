//! Exercise 10: check the derivatives numerically, and meet the kink.
//!
//! Run these tests alone with `cargo test -p exercises --test 10_numerical_derivative`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/10_numerical_derivative.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/10_numerical_derivative.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/10_numerical_derivative.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::{relu, relu_derivative, sigmoid, sigmoid_derivative};
use exercise::{central_difference, largest_gap, one_sided_slopes};
use proptest::prelude::*;
use support::{attempt, config};

/// For x³ the central difference is 3x² + h² exactly (in real numbers),
/// which tells it from the one-sided formulas (3x² ± 3xh + h²) and from a
/// forgotten factor 2.
#[test]
fn the_central_difference_of_a_cube() {
    attempt(|| {
        for (x, h) in [(2.0, 0.5), (-1.0, 0.25), (3.0, 1.0)] {
            let expected = 3.0 * x * x + h * h;
            let got = central_difference(|x| x * x * x, x, h);
            assert!(
                (got - expected).abs() <= 1e-12,
                "x = {x}, h = {h}: got {got}, expected {expected}"
            );
        }
    });
}

#[test]
fn one_sided_slopes_of_a_square() {
    attempt(|| {
        // (x² − (x − h)²) / h = 2x − h and ((x + h)² − x²) / h = 2x + h.
        let (left, right) = one_sided_slopes(|x| x * x, 3.0, 0.5);
        assert!(
            (left - 5.5).abs() <= 1e-12 && (right - 6.5).abs() <= 1e-12,
            "x = 3, h = 0.5: ({left}, {right})"
        );
    });
}

/// With h = 1e-5 the central difference is within about h² = 1e-10 (and
/// rounding, 1e-16 / h) of σ′: 1e-9 leaves room for both, not for a
/// one-sided formula, whose error is about h·|σ″| ≈ 1e-6.
#[test]
fn the_sigmoid_derivative_agrees() {
    attempt(|| {
        proptest!(config(), |(x in -8.0..8.0_f64)| {
            let (numerical, analytic) = (central_difference(sigmoid, x, 1e-5), sigmoid_derivative(x));
            prop_assert!((numerical - analytic).abs() <= 1e-9, "x = {}: numerical {}, σ′ {}", x, numerical, analytic);
        });
    });
}

#[test]
fn largest_gap_is_the_largest() {
    attempt(|| {
        // With a derivative that is wrong by x, the gap at x is about -x:
        // the largest in size is at x = 3, though it is negative there.
        let gap = largest_gap(
            sigmoid,
            |x| sigmoid_derivative(x) + x,
            &[0.5, 3.0, -2.0],
            1e-5,
        );
        assert!(
            (gap - 3.0).abs() <= 1e-9,
            "largest gap {gap}, expected 3 (at x = 3)"
        );
        assert_eq!(
            largest_gap(sigmoid, sigmoid_derivative, &[], 1e-5),
            0.0,
            "no points"
        );
        let points: Vec<f64> = (-40..=40).map(|i| f64::from(i) * 0.2).collect();
        let gap = largest_gap(sigmoid, sigmoid_derivative, &points, 1e-5);
        assert!(gap <= 1e-9, "sigmoid on -8..8: largest gap {gap:e}");
    });
}

/// Away from the kink, ReLU's slope is 0 or 1 and the central difference
/// gets it exactly, as long as h does not reach across 0.
#[test]
fn relu_derivative_agrees_away_from_the_kink() {
    attempt(|| {
        let points = [-5.0, -1.0, -0.01, 0.01, 1.0, 5.0];
        let gap = largest_gap(relu, relu_derivative, &points, 1e-3);
        assert!(gap <= 1e-12, "largest gap {gap:e}");
    });
}

/// At x = 0 the slopes from each side disagree, 0 and 1: no derivative.
/// The central difference is their mean for every h, and never tends to
/// relu_derivative(0) = 0.
#[test]
fn at_the_kink_the_two_sides_disagree() {
    attempt(|| {
        for h in [0.1, 1e-3, 1e-8] {
            assert_eq!(one_sided_slopes(relu, 0.0, h), (0.0, 1.0), "h = {h}");
            assert_eq!(central_difference(relu, 0.0, h), 0.5, "h = {h}");
        }
        assert_eq!(relu_derivative(0.0), 0.0, "relu_derivative(0.0)");
    });
}
