//! Exercise 12: forward a whole batch at once.
//!
//! Run these tests alone with `cargo test -p exercises --test 12_batch_forward`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(feature = "solutions"))]
#[path = "../exercises/12_batch_forward.rs"]
#[allow(unused_variables)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(feature = "solutions")]
#[path = "../solutions/12_batch_forward.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
mod support;

use activations::Activation;
use exercise::forward_batch;
use forward::{Layer, Network, tutorial};
use nalgebra::{DMatrix, dmatrix};
use proptest::prelude::*;
use support::{attempt, config};

/// The tutorial's network with ReLU hidden layers, so that negative values
/// and exact zeros go through the batch too.
fn relu_network() -> Network {
    let layers = tutorial::network()
        .layers()
        .iter()
        .map(|layer| {
            let activation = match layer.activation() {
                Activation::Sigmoid => Activation::Relu,
                other => other,
            };
            Layer::new(layer.weights().clone(), layer.bias().clone(), activation).unwrap()
        })
        .collect();
    Network::new(layers).unwrap()
}

/// Each row of the batch's output is what `forward` gives for that row
/// alone. The two may add the products of each sum in a different order,
/// so they agree to rounding: 1e-14 relative, for outputs near 1.
fn matches_row_by_row(network: &Network, inputs: &DMatrix<f64>) -> Result<(), TestCaseError> {
    let outputs = forward_batch(network, inputs).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(outputs.shape(), (inputs.nrows(), network.outputs()));
    for n in 0..inputs.nrows() {
        let x = inputs.row(n).transpose();
        let y = network.forward(&x).unwrap().output().clone();
        for j in 0..network.outputs() {
            let (got, expected) = (outputs[(n, j)], y[j]);
            prop_assert!(
                (got - expected).abs() <= 1e-14 * (1.0 + expected.abs()),
                "row {n}, output {j}: the batch gives {got}, forward gives {expected}"
            );
        }
    }
    Ok(())
}

fn batches(inputs: usize) -> impl Strategy<Value = DMatrix<f64>> {
    (0..10_usize).prop_flat_map(move |rows| {
        prop::collection::vec(-5.0..5.0_f64, rows * inputs)
            .prop_map(move |values| DMatrix::from_row_slice(rows, inputs, &values))
    })
}

#[test]
fn the_tutorials_input_twice() {
    let y = tutorial::network()
        .forward(&tutorial::input())
        .unwrap()
        .output()
        .clone();
    attempt(|| {
        let outputs = forward_batch(&tutorial::network(), &dmatrix![1.0, 0.5; 1.0, 0.5]).unwrap();
        assert_eq!(outputs.shape(), (2, 2));
        for n in 0..2 {
            for j in 0..2 {
                assert!((outputs[(n, j)] - y[j]).abs() <= 1e-14, "{outputs}");
            }
        }
    });
}

#[test]
fn every_row_as_if_run_alone() {
    let network = tutorial::network();
    attempt(|| {
        proptest!(config(), |(inputs in batches(2))| {
            matches_row_by_row(&network, &inputs)?;
        });
    });
}

#[test]
fn every_row_as_if_run_alone_with_relu() {
    let network = relu_network();
    attempt(|| {
        proptest!(config(), |(inputs in batches(2))| {
            matches_row_by_row(&network, &inputs)?;
        });
    });
}

#[test]
fn a_batch_of_the_wrong_width_is_refused() {
    let network = tutorial::network();
    attempt(|| {
        let error = forward_batch(&network, &DMatrix::zeros(4, 3)).unwrap_err();
        assert_eq!(error, network.check_input_length(3).unwrap_err());
    });
}

#[test]
fn no_rows_give_no_rows() {
    attempt(|| {
        let outputs = forward_batch(&tutorial::network(), &DMatrix::zeros(0, 2)).unwrap();
        assert_eq!(outputs.shape(), (0, 2));
    });
}
