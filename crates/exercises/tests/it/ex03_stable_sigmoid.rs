//! Exercise 3: the sigmoid made stable.

use crate::exercises::stable_sigmoid::{sigmoid, sigmoid_naive};
use crate::pending::attempt;
use crate::support::{config, reference};
use activations::accuracy::{check_with, ulp_distance};
use proptest::prelude::*;

/// Every one of the 2 135 reference values, within 2 ulp: the same limit
/// the `activations` crate's sigmoid meets.
#[test]
fn within_2_ulp_of_the_correctly_rounded_value_everywhere() {
    attempt(|| {
        let report = check_with(reference(), "sigmoid", |inputs| {
            inputs.iter().map(|&x| sigmoid(x)).collect()
        });
        let failures: Vec<String> = report
            .failures
            .iter()
            .take(5)
            .map(|f| {
                format!(
                    "  sigmoid({:?}) = {:?}, correctly rounded {:?}: {} ulp off",
                    f.x, f.got, f.expected, f.ulps
                )
            })
            .collect();
        assert!(
            report.failures.is_empty(),
            "{} of {} values are more than 2 ulp off, first:\n{}",
            report.failed(),
            report.rows,
            failures.join("\n")
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
        assert!(sigmoid(f64::NAN).is_nan());
        assert_eq!(sigmoid(f64::NEG_INFINITY), 0.0);
        assert_eq!(sigmoid(f64::INFINITY), 1.0);
        assert_eq!(sigmoid(-f64::MAX), 0.0);
        assert_eq!(sigmoid(f64::MAX), 1.0);
        assert_eq!(sigmoid(0.0), 0.5);
        assert_eq!(sigmoid(-0.0), 0.5);
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
    assert_eq!(sigmoid_naive(-720.0), 0.0);
    assert!((-720.0_f64).exp() > 0.0);
}
