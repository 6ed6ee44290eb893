//! Exercise 8: ReLU that keeps NaN and -0.0.
//!
//! Run these tests alone with `cargo test -p exercises --test 08_relu_nan`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/08_relu_nan.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/08_relu_nan.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/08_relu_nan.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use exercise::relu;
use proptest::prelude::*;
use support::{attempt, config};

/// Why the exercise exists: the obvious `max` hides a NaN.
#[test]
fn f64_max_turns_nan_into_zero() {
    assert_eq!(0.0_f64.max(f64::NAN), 0.0);
}

#[test]
fn nan_stays_nan() {
    attempt(|| {
        assert!(relu(f64::NAN).is_nan(), "relu(f64::NAN) should be NaN");
        assert!(relu(-f64::NAN).is_nan(), "relu(-f64::NAN) should be NaN");
    });
}

/// Compared as bits: `-0.0 == 0.0`, so `assert_eq!` alone would not see
/// the sign.
#[test]
fn zeros_keep_their_sign() {
    attempt(|| {
        assert_eq!(relu(-0.0).to_bits(), (-0.0_f64).to_bits(), "relu(-0.0)");
        assert_eq!(relu(0.0).to_bits(), 0.0_f64.to_bits(), "relu(0.0)");
    });
}

#[test]
fn negative_numbers_give_positive_zero() {
    attempt(|| {
        for x in [-1.0, -f64::from_bits(1), -f64::MAX, f64::NEG_INFINITY] {
            assert_eq!(relu(x).to_bits(), 0.0_f64.to_bits(), "relu({x:?})");
        }
    });
}

/// Every bit pattern: NaN stays NaN, below 0 gives +0.0, and anything else
/// comes back bit for bit.
#[test]
fn every_f64_follows_numpy() {
    attempt(|| {
        proptest!(config(), |(bits in any::<u64>())| {
            let x = f64::from_bits(bits);
            let y = relu(x);
            if x.is_nan() {
                prop_assert!(y.is_nan());
            } else if x < 0.0 {
                prop_assert_eq!(y.to_bits(), 0.0_f64.to_bits());
            } else {
                prop_assert_eq!(y.to_bits(), x.to_bits());
            }
        });
    });
}

/// Applying ReLU twice changes nothing more.
#[test]
fn twice_is_once() {
    attempt(|| {
        proptest!(config(), |(bits in any::<u64>())| {
            let once = relu(f64::from_bits(bits));
            let twice = relu(once);
            prop_assert!(twice.to_bits() == once.to_bits() || (once.is_nan() && twice.is_nan()));
        });
    });
}
