//! Exercise 6: tanh from the sigmoid, and an accurate tanh.
//!
//! Run these tests alone with `cargo test -p exercises --test 06_tanh_from_sigmoid`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/06_tanh_from_sigmoid.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/06_tanh_from_sigmoid.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/06_tanh_from_sigmoid.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use exercise::{tanh_accurate, tanh_from_sigmoid};
use proptest::prelude::*;
use support::{attempt, code_without_comments, config, reference_column, ulp_distance};

// Your file as text, for the test that checks what it calls.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
const SOURCE: &str = include_str!("../exercises/06_tanh_from_sigmoid.rs");
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
const SOURCE: &str = include_str!("../solutions/06_tanh_from_sigmoid.rs");
#[cfg(feature = "wrong-answer")]
const SOURCE: &str = include_str!(env!("NNBOOK_WRONG_ANSWER"));

/// Close to tanh everywhere in absolute terms: within 2 ulp of 1
/// (2·f64::EPSILON), the error the sigmoid's own rounding allows after
/// doubling.
#[test]
fn the_formula_is_close_in_absolute_terms() {
    attempt(|| {
        for (x, tanh) in reference_column("tanh") {
            let y = tanh_from_sigmoid(x);
            if tanh.is_nan() {
                assert!(y.is_nan(), "tanh_from_sigmoid({x:?}) = {y:?}");
            } else {
                assert!(
                    (y - tanh).abs() <= 2.0 * f64::EPSILON,
                    "tanh_from_sigmoid({x:?}) = {y:?}, tanh = {tanh:?}"
                );
            }
        }
    });
}

/// The caveat: near 0 the formula subtracts two nearly equal numbers.
/// sigmoid(2e-20) rounds to exactly 0.5, so 2·0.5 − 1 = 0, while
/// tanh(1e-20) = 1e-20: every digit is lost. At 1e-8 about half are.
#[test]
fn the_formula_loses_digits_near_zero() {
    attempt(|| {
        assert_eq!(tanh_from_sigmoid(1e-20), 0.0, "tanh_from_sigmoid(1e-20)");
        let y = tanh_from_sigmoid(1e-8);
        let relative_error = (y - 1e-8_f64.tanh()).abs() / 1e-8;
        assert!(relative_error > 1e-12, "tanh_from_sigmoid(1e-8) = {y:e}");
    });
}

/// Every reference value, within 2 ulp.
#[test]
fn the_accurate_version_is_within_2_ulp_everywhere() {
    attempt(|| {
        let mut worst = (0, 0.0);
        for (x, tanh) in reference_column("tanh") {
            let ulps = ulp_distance(tanh_accurate(x), tanh);
            if ulps > worst.0 {
                worst = (ulps, x);
            }
        }
        let (ulps, x) = worst;
        assert!(
            ulps <= 2,
            "tanh_accurate({x:?}) = {:?} is {ulps} ulp from the correctly rounded {:?}",
            tanh_accurate(x),
            x.tanh()
        );
    });
}

/// tanh x ≈ x − x³/3 for small x, so below about 1e-8 the correctly rounded
/// tanh x is x itself.
#[test]
fn the_accurate_version_keeps_tiny_inputs() {
    attempt(|| {
        for x in [1e-20, 1e-100, 1e-300, f64::MIN_POSITIVE, f64::from_bits(1)] {
            assert_eq!(tanh_accurate(x), x, "tanh_accurate({x:e})");
            assert_eq!(tanh_accurate(-x), -x, "tanh_accurate({:e})", -x);
        }
    });
}

#[test]
fn the_accurate_version_is_odd() {
    attempt(|| {
        proptest!(config(), |(x in -40.0..40.0_f64)| {
            prop_assert_eq!(tanh_accurate(-x), -tanh_accurate(x));
        });
    });
}

#[test]
fn special_values() {
    attempt(|| {
        assert!(
            tanh_accurate(f64::NAN).is_nan(),
            "tanh_accurate(f64::NAN) should be NaN"
        );
        assert_eq!(
            tanh_accurate(f64::INFINITY),
            1.0,
            "tanh_accurate(f64::INFINITY)"
        );
        assert_eq!(
            tanh_accurate(f64::NEG_INFINITY),
            -1.0,
            "tanh_accurate(f64::NEG_INFINITY)"
        );
        assert_eq!(tanh_accurate(0.0), 0.0, "tanh_accurate(0.0)");
        // tanh is odd, down to the sign of zero: NumPy's tanh(-0.0) is -0.0.
        let minus_zero = tanh_accurate(-0.0);
        assert_eq!(
            minus_zero.to_bits(),
            (-0.0_f64).to_bits(),
            "tanh_accurate(-0.0) = {minus_zero:?}"
        );
        assert!(
            tanh_from_sigmoid(f64::NAN).is_nan(),
            "tanh_from_sigmoid(f64::NAN) should be NaN"
        );
        assert_eq!(
            tanh_from_sigmoid(f64::INFINITY),
            1.0,
            "tanh_from_sigmoid(f64::INFINITY)"
        );
        assert_eq!(
            tanh_from_sigmoid(f64::NEG_INFINITY),
            -1.0,
            "tanh_from_sigmoid(f64::NEG_INFINITY)"
        );
    });
}

/// The task is to build tanh from exp_m1: a file that calls `f64::tanh`
/// (or `atanh`, or any other `tanh`) fails, whatever it computes.
#[test]
fn does_not_call_f64_tanh() {
    attempt(|| {
        let code = code_without_comments(SOURCE)
            .replace("tanh_from_sigmoid", "")
            .replace("tanh_accurate", "");
        assert!(
            !code.contains("tanh"),
            "your file calls a tanh of the standard library, which is the answer: \
             compute it from the sigmoid and exp_m1 instead"
        );
    });
}
