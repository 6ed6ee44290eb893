//! Exercise 13: softmax with max subtraction.
//!
//! Run these tests alone with `cargo test -p exercises --test 13_softmax`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/13_softmax.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/13_softmax.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/13_softmax.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use approx::assert_relative_eq;
use exercise::softmax;
use forward::tutorial;
use nalgebra::{DVector, dvector};
use proptest::prelude::*;
use support::{attempt, config};

/// Vectors of 1 to 20 numbers, some far apart.
fn inputs() -> impl Strategy<Value = DVector<f64>> {
    prop::collection::vec(-700.0..700.0_f64, 1..20).prop_map(DVector::from_vec)
}

/// Where e^u does not overflow, softmax is the textbook formula, computed
/// directly: here on the tutorial's output y.
#[test]
fn the_textbook_formula_where_it_works() {
    let trace = tutorial::network().forward(&tutorial::input()).unwrap();
    let y = trace.output();
    let textbook = y.map(f64::exp) / y.map(f64::exp).sum();
    attempt(|| assert_relative_eq!(softmax(y), textbook, max_relative = 1e-15));
}

/// e^1000 overflows, but the answer is the same as for [0, 1, 2].
#[test]
fn large_inputs_do_not_overflow() {
    attempt(|| {
        let large = softmax(&dvector![1000.0, 1001.0, 1002.0]);
        assert!(large.iter().all(|p| p.is_finite()), "{large:?}");
        assert_relative_eq!(
            large,
            softmax(&dvector![0.0, 1.0, 2.0]),
            max_relative = 1e-15
        );
        let small = softmax(&dvector![-1000.0, -1001.0]);
        assert!(small.iter().all(|p| p.is_finite() && *p > 0.0), "{small:?}");
    });
}

/// The outputs are probabilities: each in [0, 1], and together 1, up to a
/// few ulps per element.
#[test]
fn outputs_are_probabilities() {
    attempt(|| {
        proptest!(config(), |(u in inputs())| {
            let p = softmax(&u);
            prop_assert_eq!(p.len(), u.len());
            prop_assert!(p.iter().all(|p| (0.0..=1.0).contains(p)), "{p:?}");
            let tolerance = 2.0 * f64::EPSILON * u.len() as f64;
            prop_assert!((p.sum() - 1.0).abs() <= tolerance, "sum {}", p.sum());
        });
    });
}

/// Adding the same number to every input changes nothing (up to the
/// rounding of the additions).
#[test]
fn adding_a_constant_changes_nothing() {
    attempt(|| {
        proptest!(config(), |(u in inputs(), c in -100.0..100.0_f64)| {
            let shifted = softmax(&u.add_scalar(c));
            let p = softmax(&u);
            for (a, b) in shifted.iter().zip(p.iter()) {
                prop_assert!((a - b).abs() <= 1e-12 * b + 1e-300, "{shifted:?} vs {p:?}");
            }
        });
    });
}

/// A bigger input never gets a smaller share.
#[test]
fn order_is_kept() {
    attempt(|| {
        proptest!(config(), |(u in inputs())| {
            let p = softmax(&u);
            for i in 0..u.len() {
                for j in 0..u.len() {
                    if u[i] < u[j] {
                        prop_assert!(p[i] <= p[j], "u[{i}] < u[{j}] but p[{i}] > p[{j}]: {p:?}");
                    }
                }
            }
        });
    });
}

/// Equal inputs share equally: exactly 1/n each.
#[test]
fn equal_inputs_share_equally() {
    attempt(|| {
        for n in 1..=10 {
            let p = softmax(&DVector::from_element(n, 3.5));
            assert!(p.iter().all(|&p| p == 1.0 / n as f64), "n = {n}: {p:?}");
        }
    });
}

#[test]
fn nan_and_infinity() {
    attempt(|| {
        let p = softmax(&dvector![1.0, f64::NAN, 2.0]);
        assert!(p.iter().all(|p| p.is_nan()), "{p:?}");
        assert_eq!(
            softmax(&dvector![f64::NEG_INFINITY, 0.0]),
            dvector![0.0, 1.0]
        );
        assert_eq!(
            softmax(&DVector::<f64>::zeros(0)).len(),
            0,
            "softmax(&DVector::<f64>::zeros(0)).len()"
        );
    });
}
