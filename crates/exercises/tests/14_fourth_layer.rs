//! Exercise 14: a fourth layer, and its shapes predicted.
//!
//! Run these tests alone with `cargo test -p exercises --test 14_fourth_layer`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/14_fourth_layer.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/14_fourth_layer.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/14_fourth_layer.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::Activation::{Identity, Sigmoid};
use activations::{Activation, sigmoid};
use approx::assert_ulps_eq;
use exercise::{network_with_fourth_layer, predicted_weight_shapes};
use forward::tutorial;
use nalgebra::{DVector, Matrix3x2, Vector3};
use support::attempt;

/// Layer 4 as the exercise states it.
const W4: [f64; 6] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
const B4: [f64; 3] = [0.1, 0.2, 0.3];

#[test]
fn the_network_builds_with_four_layers() {
    attempt(|| {
        let network = network_with_fourth_layer().unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(network.layers().len(), 4);
        assert_eq!((network.inputs(), network.outputs()), (2, 3));
    });
}

#[test]
fn the_prediction_matches_the_network() {
    attempt(|| {
        let network = network_with_fourth_layer().unwrap_or_else(|error| panic!("{error}"));
        let actual: Vec<(usize, usize)> = network
            .layers()
            .iter()
            .map(|layer| layer.weights().shape())
            .collect();
        assert_eq!(
            predicted_weight_shapes().to_vec(),
            actual,
            "predicted vs built"
        );
    });
}

/// Layers 1 to 3 keep the tutorial's numbers; layer 3 becomes a hidden
/// layer with the sigmoid, and layer 4 is the new output.
#[test]
fn the_layers_are_the_ones_asked_for() {
    let tutorial = tutorial::network();
    attempt(|| {
        let network = network_with_fourth_layer().unwrap_or_else(|error| panic!("{error}"));
        let layers = network.layers();
        for (k, (layer, original)) in layers.iter().zip(tutorial.layers()).enumerate() {
            assert_eq!(layer.weights(), original.weights(), "W{}", k + 1);
            assert_eq!(layer.bias(), original.bias(), "b{}", k + 1);
        }
        let activations: Vec<Activation> = layers.iter().map(|layer| layer.activation()).collect();
        assert_eq!(activations, [Sigmoid, Sigmoid, Sigmoid, Identity]);
        assert_eq!(
            layers[3].weights().as_slice(),
            Matrix3x2::from_row_slice(&W4).as_slice()
        );
        assert_eq!(layers[3].bias().as_slice(), B4);
    });
}

/// The new output is W4·sigmoid(u3) + b4, where u3 is the tutorial's:
/// the first three layers compute what they always did.
#[test]
fn the_output_is_the_tutorials_u3_carried_one_layer_further() {
    let trace = tutorial::network().forward(&tutorial::input()).unwrap();
    let z3 = trace.layers()[2].u.map(sigmoid);
    let expected = Matrix3x2::from_row_slice(&W4) * nalgebra::Vector2::new(z3[0], z3[1])
        + Vector3::from_row_slice(&B4);
    attempt(|| {
        let network = network_with_fourth_layer().unwrap_or_else(|error| panic!("{error}"));
        let y: DVector<f64> = network
            .forward(&tutorial::input())
            .unwrap()
            .output()
            .clone();
        assert_eq!(y.len(), 3);
        for i in 0..3 {
            assert_ulps_eq!(y[i], expected[i], max_ulps = 4);
        }
    });
}
