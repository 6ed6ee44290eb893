//! Exercise 7: the vanishing gradient through sigmoid layers.
//!
//! Run these tests alone with `cargo test -p exercises --test 07_vanishing_gradient`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/07_vanishing_gradient.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/07_vanishing_gradient.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/07_vanishing_gradient.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::{sigmoid, sigmoid_derivative};
use exercise::{gradient_factor, layers_until_below};
use proptest::prelude::*;
use support::{attempt, config, ulp_distance};

/// The slope at 0 is the largest, 1/4.
#[test]
fn the_largest_slope_is_one_quarter() {
    assert_eq!(sigmoid_derivative(0.0), 0.25, "sigmoid_derivative(0.0)");
    assert_eq!(
        sigmoid(0.0) * (1.0 - sigmoid(0.0)),
        0.25,
        "sigmoid(0.0) * (1.0 - sigmoid(0.0))"
    );
}

#[test]
fn no_layers_leave_the_signal_alone() {
    attempt(|| assert_eq!(gradient_factor(&[]), 1.0, "gradient_factor(&[])"));
}

/// n layers all at u = 0: exactly (1/4)^n, since 1/4 is a power of 2.
#[test]
fn n_layers_at_zero_give_a_quarter_to_the_n() {
    attempt(|| {
        for n in 1..=12_i32 {
            let got = gradient_factor(&vec![0.0; n as usize]);
            assert_eq!(got, 0.25_f64.powi(n), "{n} layers at u = 0");
        }
    });
}

/// Any chain: the product of the slopes, to rounding (a few ulps, one per
/// multiplication). Inputs of different sizes tell a product from a sum.
#[test]
fn any_chain_is_the_product_of_its_slopes() {
    attempt(|| {
        proptest!(config(), |(inputs in prop::collection::vec(-10.0..10.0_f64, 1..8))| {
            let expected: f64 = inputs.iter().map(|&u| sigmoid_derivative(u)).product();
            let got = gradient_factor(&inputs);
            prop_assert!(ulp_distance(got, expected) <= 8,
                "gradient_factor({:?}) = {:e}, the product of the slopes is {:e}", inputs, got, expected);
        });
    });
}

/// A saturated unit (u = 40, where σ(u) is 1.0 in f64) still passes a tiny
/// signal, e^-40 ≈ 4.2e-18: σ(u)(1 − σ(u)) would make it 0.
#[test]
fn a_saturated_layer_passes_a_tiny_signal_not_zero() {
    attempt(|| {
        assert_eq!(sigmoid(40.0), 1.0, "sigmoid(40.0)");
        let got = gradient_factor(&[40.0]);
        let expected = sigmoid_derivative(40.0);
        assert!(
            ulp_distance(got, expected) <= 2,
            "gradient_factor(&[40.0]) = {got:e}, expected {expected:e}"
        );
    });
}

/// The smallest n is the one where (1/4)^n first drops below: checked on
/// both sides, n and n − 1, for thresholds of every size.
#[test]
fn layers_until_below_is_the_first_n() {
    attempt(|| {
        for threshold in [0.5, 0.1, 1e-3, 1e-6, 1e-12, 1e-100, 1e-300] {
            let n =
                layers_until_below(threshold).unwrap_or_else(|| panic!("None for {threshold:e}"));
            let n = i32::try_from(n).unwrap();
            assert!(
                0.25_f64.powi(n) < threshold,
                "{threshold:e}: (1/4)^{n} is not below it"
            );
            assert!(
                0.25_f64.powi(n - 1) >= threshold,
                "{threshold:e}: (1/4)^{} is already below it",
                n - 1
            );
        }
    });
}

/// Exactly (1/4)^3 is not *below* (1/4)^3: it takes 4 layers. Above 1, no
/// layer is needed.
#[test]
fn edges_of_the_threshold() {
    attempt(|| {
        assert_eq!(
            layers_until_below(0.25_f64.powi(3)),
            Some(4),
            "threshold 1/64"
        );
        assert_eq!(layers_until_below(1.0), Some(1), "threshold 1");
        assert_eq!(layers_until_below(2.0), Some(0), "threshold 2");
    });
}

#[test]
fn thresholds_no_signal_gets_below_give_none() {
    attempt(|| {
        for threshold in [0.0, -0.0, -1.0, f64::NAN, f64::NEG_INFINITY] {
            assert_eq!(
                layers_until_below(threshold),
                None,
                "threshold {threshold:?}"
            );
        }
    });
}
