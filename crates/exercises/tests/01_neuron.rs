//! Exercise 1: one neuron, u, then h, then z.
//!
//! Run these tests alone with `cargo test -p exercises --test 01_neuron`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/01_neuron.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/01_neuron.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/01_neuron.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::{identity, relu, sigmoid, step};
use approx::assert_ulps_eq;
use exercise::neuron;
use forward::tutorial::{self, B1, W1, X};
use proptest::prelude::*;
use support::{attempt, config};

/// Each neuron of the tutorial's layer 1 gives what the `forward` crate
/// computes for the whole layer (`u1 = W1·x + b1`, `z1 = sigmoid(u1)`).
#[test]
fn gives_the_tutorials_first_layer() {
    let trace = tutorial::network().forward(&tutorial::input()).unwrap();
    let layer1 = &trace.layers()[0];
    attempt(|| {
        for i in 0..3 {
            let (u, z) = neuron(W1[i], B1[i], X, sigmoid);
            assert_ulps_eq!(u, layer1.u[i], max_ulps = 2);
            assert_ulps_eq!(z, layer1.z[i], max_ulps = 2);
        }
    });
}

/// u = 1·1 − 2 = −1, so z = relu(−1) = 0. Applying h before adding the
/// bias would give relu(1) − 2 = −1 instead.
#[test]
fn the_activation_comes_after_the_bias() {
    attempt(|| {
        assert_eq!(
            neuron([1.0], -2.0, [1.0], relu),
            (-1.0, 0.0),
            "neuron([1.0], -2.0, [1.0], relu)"
        )
    });
}

/// A neuron with no inputs still has its bias.
#[test]
fn with_no_inputs_only_the_bias_is_left() {
    attempt(|| {
        assert_eq!(
            neuron([], 0.7, [], step),
            (0.7, 1.0),
            "neuron([], 0.7, [], step)"
        )
    });
}

/// u is the weighted sum plus the bias, up to the rounding of the sum
/// (which depends on the order of the additions): a few ulps of the
/// largest term.
#[test]
fn u_is_the_weighted_sum_plus_the_bias() {
    attempt(|| {
        proptest!(config(), |(w in prop::array::uniform3(-10.0..10.0_f64),
                              x in prop::array::uniform3(-10.0..10.0_f64),
                              b in -10.0..10.0_f64)| {
            let (u, _) = neuron(w, b, x, identity);
            let terms = [w[0] * x[0], w[1] * x[1], w[2] * x[2], b];
            let sum: f64 = terms.iter().sum();
            let scale: f64 = terms.iter().map(|t| t.abs()).sum();
            prop_assert!((u - sum).abs() <= 4.0 * f64::EPSILON * scale, "u = {u}, expected about {sum}");
        });
    });
}

/// With the identity as h, the output is the weighted input itself.
#[test]
fn with_the_identity_z_is_u() {
    attempt(|| {
        proptest!(config(), |(w in prop::array::uniform2(-10.0..10.0_f64),
                              x in prop::array::uniform2(-10.0..10.0_f64),
                              b in -10.0..10.0_f64)| {
            let (u, z) = neuron(w, b, x, identity);
            prop_assert_eq!(z.to_bits(), u.to_bits());
        });
    });
}
