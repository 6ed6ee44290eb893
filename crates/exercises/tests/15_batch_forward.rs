//! Exercise 15: forward a whole batch at once.
//!
//! Run these tests alone with `cargo test -p exercises --test 15_batch_forward`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/15_batch_forward.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/15_batch_forward.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/15_batch_forward.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::Activation;
use exercise::{LayerMatrices, forward_batch};
use forward::{Layer, Network, tutorial};
use nalgebra::{DMatrix, DVector, dmatrix};
use proptest::prelude::*;
use support::{attempt, config};

/// A network's layers as the exercise takes them.
fn matrices(network: &Network) -> Vec<LayerMatrices> {
    let layer = |layer: &Layer| {
        (
            layer.weights().clone(),
            layer.bias().clone(),
            layer.activation(),
        )
    };
    network.layers().iter().map(layer).collect()
}

/// Each row of the batch's output is what `Network::forward` gives for that
/// row alone. The two may add the products of each sum in a different
/// order, so they agree to rounding: 1e-14 relative, for outputs near 1.
fn matches_row_by_row(network: &Network, inputs: &DMatrix<f64>) -> Result<(), TestCaseError> {
    let outputs = forward_batch(&matrices(network), inputs).map_err(TestCaseError::fail)?;
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

/// Random networks of 1 to 4 layers of 1 to 5 units each, each layer's
/// activation drawn from all of them, with a batch of 0 to 9 rows: not
/// only the tutorial's 2 → 3 → 2 → 2.
fn networks_and_batches() -> impl Strategy<Value = (Network, DMatrix<f64>)> {
    let activations = [
        Activation::Sigmoid,
        Activation::Relu,
        Activation::Identity,
        Activation::Step,
    ];
    (prop::collection::vec(1..6_usize, 2..6), 0..10_usize).prop_flat_map(move |(sizes, rows)| {
        let layers: Vec<_> = sizes
            .windows(2)
            .map(|pair| (pair[0], pair[1]))
            .map(|(inputs, outputs)| {
                let weights = prop::collection::vec(-2.0..2.0_f64, inputs * outputs);
                let bias = prop::collection::vec(-2.0..2.0_f64, outputs);
                (weights, bias, prop::sample::select(activations.to_vec())).prop_map(
                    move |(w, b, h)| {
                        let w = DMatrix::from_row_slice(outputs, inputs, &w);
                        Layer::new(w, DVector::from_vec(b), h).unwrap()
                    },
                )
            })
            .collect();
        let width = sizes[0];
        let inputs = prop::collection::vec(-5.0..5.0_f64, rows * width)
            .prop_map(move |values| DMatrix::from_row_slice(rows, width, &values));
        (layers, inputs).prop_map(|(layers, inputs)| (Network::new(layers).unwrap(), inputs))
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
        let inputs = dmatrix![1.0, 0.5; 1.0, 0.5];
        let outputs = forward_batch(&matrices(&tutorial::network()), &inputs).unwrap();
        assert_eq!(outputs.shape(), (2, 2));
        for n in 0..2 {
            for j in 0..2 {
                assert!((outputs[(n, j)] - y[j]).abs() <= 1e-14, "{outputs}");
            }
        }
    });
}

#[test]
fn every_row_as_if_run_alone_in_any_network() {
    attempt(|| {
        proptest!(config(), |((network, inputs) in networks_and_batches())| {
            matches_row_by_row(&network, &inputs)?;
        });
    });
}

/// Three columns for the tutorial's W1 of shape (3, 2): an error naming
/// layer 1 and both numbers, not a panic inside nalgebra.
#[test]
fn a_batch_of_the_wrong_width_is_refused() {
    let layers = matrices(&tutorial::network());
    attempt(|| {
        let error = forward_batch(&layers, &DMatrix::zeros(4, 3)).unwrap_err();
        assert!(
            error.contains("layer 1") && error.contains('3') && error.contains('2'),
            "the message should name layer 1, the 3 values given and the 2 it takes: {error:?}"
        );
    });
}

/// Layers that do not fit together (W2 made to take 4 inputs where layer 1
/// gives 3): an error naming layer 2, not a panic.
#[test]
fn layers_that_do_not_fit_are_refused() {
    let mut layers = matrices(&tutorial::network());
    layers[1].0 = DMatrix::zeros(2, 4);
    attempt(|| {
        let error = forward_batch(&layers, &DMatrix::zeros(1, 2)).unwrap_err();
        assert!(
            error.contains("layer 2") && error.contains('3') && error.contains('4'),
            "the message should name layer 2, the 3 values given and the 4 it takes: {error:?}"
        );
    });
}

#[test]
fn no_rows_give_no_rows() {
    let layers = matrices(&tutorial::network());
    attempt(|| {
        let outputs = forward_batch(&layers, &DMatrix::zeros(0, 2)).unwrap();
        assert_eq!(outputs.shape(), (0, 2));
    });
}
