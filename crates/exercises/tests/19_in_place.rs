//! Exercise 19: activations in place, without a new allocation.
//!
//! Run these tests alone with `cargo test -p exercises --test 19_in_place`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/19_in_place.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/19_in_place.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/19_in_place.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::{relu, sigmoid};
use exercise::{relu_in_place, sigmoid_all};
use proptest::prelude::*;
use support::{attempt, config, reference};

/// Values that catch wrong shortcuts: zeros of both signs, infinities,
/// NaN, the smallest subnormal, and the reference file's 2 135 inputs.
fn tricky_values() -> Vec<f64> {
    let mut values = vec![
        0.0,
        -0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::from_bits(1),
        -f64::from_bits(1),
    ];
    values.extend(reference().iter().map(|row| row[0]));
    values
}

/// Equal bit patterns, with any two NaNs counted as equal.
fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

#[test]
fn sigmoid_all_returns_the_same_buffer() {
    attempt(|| {
        let values = tricky_values();
        let (address, capacity) = (values.as_ptr(), values.capacity());
        let result = sigmoid_all(values);
        assert_eq!(result.as_ptr(), address, "the result is in new memory");
        assert_eq!(result.capacity(), capacity);
    });
}

#[test]
fn sigmoid_all_computes_the_sigmoid() {
    attempt(|| {
        let values = tricky_values();
        let result = sigmoid_all(values.clone());
        assert_eq!(result.len(), values.len());
        for (x, y) in values.into_iter().zip(result) {
            assert!(
                same(y, sigmoid(x)),
                "sigmoid({x:?}) = {:?}, got {y:?}",
                sigmoid(x)
            );
        }
        assert_eq!(
            sigmoid_all(Vec::new()),
            Vec::<f64>::new(),
            "sigmoid_all(Vec::new())"
        );
    });
}

#[test]
fn relu_in_place_matches_relu_bit_for_bit() {
    attempt(|| {
        let values = tricky_values();
        let mut result = values.clone();
        relu_in_place(&mut result);
        for (&x, &y) in values.iter().zip(&result) {
            assert!(same(y, relu(x)), "relu({x:?}) = {:?}, got {y:?}", relu(x));
        }
    });
}

#[test]
fn relu_in_place_on_random_bits() {
    attempt(|| {
        proptest!(config(), |(bits in prop::collection::vec(any::<u64>(), 0..100))| {
            let values: Vec<f64> = bits.into_iter().map(f64::from_bits).collect();
            let mut result = values.clone();
            relu_in_place(&mut result);
            for (&x, &y) in values.iter().zip(&result) {
                prop_assert!(same(y, relu(x)), "relu({x:?}) = {:?}, got {y:?}", relu(x));
            }
        });
    });
}

/// Only the slice you are given changes: here the middle of a longer one.
#[test]
fn relu_in_place_touches_only_its_slice() {
    attempt(|| {
        let mut values = [-1.0, -2.0, -3.0, -4.0];
        relu_in_place(&mut values[1..3]);
        assert_eq!(values, [-1.0, 0.0, 0.0, -4.0]);
    });
}
