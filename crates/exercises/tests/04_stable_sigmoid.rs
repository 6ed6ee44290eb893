//! Exercise 4: the sigmoid made stable.
//!
//! Run these tests alone with `cargo test -p exercises --test 04_stable_sigmoid`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/04_stable_sigmoid.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/04_stable_sigmoid.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/04_stable_sigmoid.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use exercise::{sigmoid, sigmoid_naive};
use proptest::prelude::*;
use support::{attempt, code_without_comments, config, reference_column, ulp_distance};

// Your file as text, for the test that checks what it calls.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
const SOURCE: &str = include_str!("../exercises/04_stable_sigmoid.rs");
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
const SOURCE: &str = include_str!("../solutions/04_stable_sigmoid.rs");
#[cfg(feature = "wrong-answer")]
const SOURCE: &str = include_str!(env!("NNBOOK_WRONG_ANSWER"));

/// Every one of the 2 135 reference values, within 2 ulp: the same limit
/// the `activations` crate's sigmoid meets.
#[test]
fn within_2_ulp_of_the_correctly_rounded_value_everywhere() {
    attempt(|| {
        let values = reference_column("sigmoid");
        let failures: Vec<String> = values
            .iter()
            .map(|&(x, expected)| (x, sigmoid(x), expected))
            .filter(|&(_, got, expected)| ulp_distance(got, expected) > 2)
            .map(|(x, got, expected)| {
                format!(
                    "  sigmoid({x:?}) = {got:?}, correctly rounded {expected:?}: {} ulp off",
                    ulp_distance(got, expected)
                )
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{} of {} values are more than 2 ulp off, first:\n{}",
            failures.len(),
            values.len(),
            failures[..failures.len().min(5)].join("\n")
        );
    });
}

/// Far left, sigmoid(x) is e^x / (1 + e^x), and 1 + e^x rounds to 1: the
/// answer is e^x itself, tiny but not 0.
#[test]
fn tiny_answers_are_not_flushed_to_zero() {
    attempt(|| {
        for x in [-710.0, -720.0, -740.0, -744.0] {
            let y = sigmoid(x);
            assert!(y > 0.0, "sigmoid({x}) = {y}, but e^{x} = {:e}", x.exp());
            assert!(
                ulp_distance(y, x.exp()) <= 1,
                "sigmoid({x}) = {y:e}, e^{x} = {:e}",
                x.exp()
            );
        }
    });
}

#[test]
fn special_values() {
    attempt(|| {
        assert!(
            sigmoid(f64::NAN).is_nan(),
            "sigmoid(f64::NAN) should be NaN"
        );
        assert_eq!(
            sigmoid(f64::NEG_INFINITY),
            0.0,
            "sigmoid(f64::NEG_INFINITY)"
        );
        assert_eq!(sigmoid(f64::INFINITY), 1.0, "sigmoid(f64::INFINITY)");
        assert_eq!(sigmoid(-f64::MAX), 0.0, "sigmoid(-f64::MAX)");
        assert_eq!(sigmoid(f64::MAX), 1.0, "sigmoid(f64::MAX)");
        assert_eq!(sigmoid(0.0), 0.5, "sigmoid(0.0)");
        assert_eq!(sigmoid(-0.0), 0.5, "sigmoid(-0.0)");
    });
}

/// Where the naive formula is fine (it never overflows for x > -709), both
/// agree closely.
#[test]
fn agrees_with_the_naive_formula_where_that_is_fine() {
    attempt(|| {
        proptest!(config(), |(x in -700.0..700.0_f64)| {
            let (stable, naive) = (sigmoid(x), sigmoid_naive(x));
            prop_assert!(ulp_distance(stable, naive) <= 4, "sigmoid({x}) = {stable:e}, naive {naive:e}");
        });
    });
}

/// The problem this exercise fixes: e^720 overflows to infinity, and the
/// naive formula returns 0 where e^(-720) ≈ 1.9e-313 is representable.
#[test]
fn the_naive_formula_flushes_tiny_answers_to_zero() {
    assert_eq!((720.0_f64).exp(), f64::INFINITY);
    assert_eq!(sigmoid_naive(-720.0), 0.0, "sigmoid_naive(-720.0)");
    assert!((-720.0_f64).exp() > 0.0);
}

/// The task is to write the formula: a file that uses the `activations`
/// crate (whose sigmoid is the answer) fails, whatever it computes.
#[test]
fn does_not_use_the_activations_crate() {
    attempt(|| {
        let code = code_without_comments(SOURCE);
        assert!(
            !code.contains("activations"),
            "your file uses the activations crate, whose sigmoid is the answer: \
             write the stable formula with f64::exp instead"
        );
    });
}
