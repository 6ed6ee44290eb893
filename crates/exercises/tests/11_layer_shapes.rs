//! Exercise 11: shapes and parameters from the layer sizes.
//!
//! Run these tests alone with `cargo test -p exercises --test 11_layer_shapes`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/11_layer_shapes.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/11_layer_shapes.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/11_layer_shapes.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::Activation;
use exercise::{parameter_count, weight_shapes};
use forward::{Layer, Network, tutorial};
use nalgebra::{DMatrix, DVector};
use proptest::prelude::*;
use support::{attempt, config};

/// A network with weight matrices of these shapes, all zeros; the
/// `forward` crate checks that they fit together.
fn network_of(shapes: &[(usize, usize)]) -> Result<Network, String> {
    let layers = shapes
        .iter()
        .map(|&(rows, columns)| {
            Layer::new(
                DMatrix::zeros(rows, columns),
                DVector::zeros(rows),
                Activation::Sigmoid,
            )
            .map_err(|error| error.to_string())
        })
        .collect::<Result<Vec<_>, _>>()?;
    Network::new(layers).map_err(|error| error.to_string())
}

/// The shapes of the tutorial's own W1, W2, W3.
#[test]
fn the_tutorials_shapes() {
    let network = tutorial::network();
    let actual: Vec<(usize, usize)> = network
        .layers()
        .iter()
        .map(|layer| layer.weights().shape())
        .collect();
    attempt(|| {
        assert_eq!(
            weight_shapes(&[2, 3, 2, 2]),
            actual,
            "weight_shapes(&[2, 3, 2, 2])"
        )
    });
}

/// Every weight and bias of the tutorial's network, counted.
#[test]
fn the_tutorials_parameter_count() {
    let network = tutorial::network();
    let actual: usize = network
        .layers()
        .iter()
        .map(|layer| layer.weights().len() + layer.bias().len())
        .sum();
    attempt(|| {
        assert_eq!(
            parameter_count(&[2, 3, 2, 2]),
            actual,
            "parameter_count(&[2, 3, 2, 2])"
        )
    });
}

/// For any sizes, a network built with your shapes is accepted, takes
/// sizes[0] inputs, gives the last size as outputs, and has as many
/// parameters as you counted.
#[test]
fn any_sizes_give_a_network_that_fits() {
    attempt(|| {
        proptest!(config(), |(sizes in prop::collection::vec(1..8_usize, 2..7))| {
            let shapes = weight_shapes(&sizes);
            prop_assert_eq!(shapes.len(), sizes.len() - 1);
            let network = network_of(&shapes).map_err(TestCaseError::fail)?;
            prop_assert_eq!(network.inputs(), sizes[0]);
            prop_assert_eq!(network.outputs(), sizes[sizes.len() - 1]);
            let counted: usize = network
                .layers()
                .iter()
                .map(|layer| layer.weights().len() + layer.bias().len())
                .sum();
            prop_assert_eq!(parameter_count(&sizes), counted);
        });
    });
}

#[test]
fn fewer_than_two_sizes_have_no_layers() {
    attempt(|| {
        assert_eq!(weight_shapes(&[]), [], "weight_shapes(&[])");
        assert_eq!(weight_shapes(&[5]), [], "weight_shapes(&[5])");
        assert_eq!(parameter_count(&[]), 0, "parameter_count(&[])");
        assert_eq!(parameter_count(&[5]), 0, "parameter_count(&[5])");
    });
}

/// Real networks are large: 784 → 100 000 → 10 has about 78 million
/// parameters, counted exactly (`usize` holds far more).
#[test]
fn a_large_network_is_counted_exactly() {
    let (weights, biases) = (784 * 100_000 + 100_000 * 10, 100_000 + 10);
    attempt(|| {
        assert_eq!(
            parameter_count(&[784, 100_000, 10]),
            weights + biases,
            "parameter_count(&[784, 100_000, 10])"
        )
    });
}
