//! Exercise 18: the fourth layer, checked by the compiler.
//!
//! These tests only name `FourthLayer`, never its sizes, so that they
//! compile whatever sizes your file gives it.
//!
//! Run these tests alone with `cargo test -p exercises --test 18_static_fourth_layer`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/18_static_fourth_layer.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/18_static_fourth_layer.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/18_static_fourth_layer.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::{Activation, sigmoid};
use approx::assert_ulps_eq;
use exercise::{forward4, fourth_layer};
use forward::tutorial;
use nalgebra::{Matrix3x2, Vector2, Vector3};
use proptest::prelude::*;
use support::{attempt, config};

const W4: [f64; 6] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
const B4: [f64; 3] = [0.1, 0.2, 0.3];

/// What the 4-layer network gives for `x`, computed step by step from the
/// run-time network's trace.
fn expected(x: &Vector2<f64>) -> Vector3<f64> {
    let x = nalgebra::DVector::from_column_slice(x.as_slice());
    let trace = tutorial::network().forward(&x).unwrap();
    let u3 = &trace.layers()[2].u;
    Matrix3x2::from_row_slice(&W4) * Vector2::new(sigmoid(u3[0]), sigmoid(u3[1]))
        + Vector3::from_row_slice(&B4)
}

#[test]
fn the_layer_has_w4_and_b4() {
    attempt(|| {
        let layer = fourth_layer();
        assert_eq!(layer.weights.shape(), (3, 2), "the shape of W4");
        assert_eq!(
            layer.weights.as_slice(),
            Matrix3x2::from_row_slice(&W4).as_slice()
        );
        assert_eq!(layer.bias.as_slice(), B4);
        assert_eq!(layer.activation, Activation::Identity);
    });
}

#[test]
fn the_tutorials_input_through_four_layers() {
    let x = Vector2::new(1.0, 0.5);
    let expected = expected(&x);
    attempt(|| {
        let y = forward4(&x);
        for i in 0..3 {
            assert_ulps_eq!(y[i], expected[i], max_ulps = 4);
        }
    });
}

#[test]
fn any_input_through_four_layers() {
    attempt(|| {
        proptest!(config(), |(a in -10.0..10.0_f64, b in -10.0..10.0_f64)| {
            let x = Vector2::new(a, b);
            let (y, expected) = (forward4(&x), expected(&x));
            for i in 0..3 {
                prop_assert!((y[i] - expected[i]).abs() <= 1e-14, "x = {x:?}: {y:?} vs {expected:?}");
            }
        });
    });
}
