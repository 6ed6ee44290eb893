//! Exercise 9: leaky ReLU and its properties.
//!
//! Run these tests alone with `cargo test -p exercises --test 09_leaky_relu`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/09_leaky_relu.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/09_leaky_relu.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/09_leaky_relu.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::relu;
use exercise::leaky_relu;
use proptest::prelude::*;
use support::{attempt, config};

/// A usual slope: small and non-negative.
fn slope() -> impl Strategy<Value = f64> {
    0.0..=1.0_f64
}

#[test]
fn positive_inputs_pass_unchanged() {
    attempt(|| {
        proptest!(config(), |(x in 1e-300..1e300_f64, slope in slope())| {
            prop_assert_eq!(leaky_relu(x, slope).to_bits(), x.to_bits());
        });
    });
}

#[test]
fn negative_inputs_are_scaled_by_the_slope() {
    attempt(|| {
        proptest!(config(), |(x in -1e300..-1e-300_f64, slope in slope())| {
            prop_assert_eq!(leaky_relu(x, slope), slope * x);
        });
    });
}

/// The formula holds for any slope, not only slopes up to 1 (where
/// `x.max(slope * x)` happens to give the same), and for a negative slope.
#[test]
fn any_slope_scales_negative_inputs() {
    attempt(|| {
        for (x, slope) in [(-1.0, 2.0), (-3.0, 10.0), (-2.0, -0.5), (4.0, 2.0)] {
            let expected = if x > 0.0 { x } else { slope * x };
            assert_eq!(
                leaky_relu(x, slope),
                expected,
                "leaky_relu({x}, slope {slope})"
            );
        }
    });
}

/// With slope 0 it is ReLU (for finite inputs: 0 · −inf is NaN).
#[test]
fn slope_zero_is_relu() {
    attempt(|| {
        proptest!(config(), |(x in -1e300..1e300_f64)| {
            prop_assert_eq!(leaky_relu(x, 0.0), relu(x));
        });
    });
}

/// With slope 1 nothing changes: it is the identity, bit for bit.
#[test]
fn slope_one_is_the_identity() {
    attempt(|| {
        proptest!(config(), |(x in any::<f64>().prop_filter("not NaN", |x| !x.is_nan()))| {
            prop_assert_eq!(leaky_relu(x, 1.0).to_bits(), x.to_bits());
        });
    });
}

/// A bigger input never gives a smaller output, whatever the slope.
#[test]
fn it_never_decreases() {
    attempt(|| {
        proptest!(config(), |(a in -1e6..1e6_f64, b in -1e6..1e6_f64, slope in slope())| {
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(leaky_relu(low, slope) <= leaky_relu(high, slope),
                "leaky_relu({low}) > leaky_relu({high}) with slope {slope}");
        });
    });
}

/// It never moves a value away from 0: |leaky_relu(x)| ≤ |x| for slopes
/// up to 1, which also makes it continuous at 0.
#[test]
fn it_never_grows_a_value() {
    attempt(|| {
        proptest!(config(), |(x in -1e6..1e6_f64, slope in slope())| {
            prop_assert!(leaky_relu(x, slope).abs() <= x.abs());
        });
    });
}

#[test]
fn nan_stays_nan() {
    attempt(|| {
        assert!(
            leaky_relu(f64::NAN, 0.01).is_nan(),
            "leaky_relu(f64::NAN, 0.01) should be NaN"
        );
        assert!(
            leaky_relu(f32::NAN, 0.01).is_nan(),
            "leaky_relu(f32::NAN, 0.01) should be NaN"
        );
    });
}

/// The same function for f32. A product of two f32 values is exact in
/// f64, so the f32 answer must be the f64 answer rounded to f32.
#[test]
fn works_for_f32_too() {
    attempt(|| {
        proptest!(config(), |(x in -1e30..1e30_f32, slope in 0.0..=1.0_f32)| {
            let in_f64 = leaky_relu(f64::from(x), f64::from(slope)) as f32;
            prop_assert_eq!(leaky_relu(x, slope), in_f64);
        });
    });
}
