//! Exercise 12: without activations, a network is one affine map.
//!
//! Run these tests alone with `cargo test -p exercises --test 12_identity_collapse`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/12_identity_collapse.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/12_identity_collapse.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/12_identity_collapse.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::Activation;
use approx::assert_relative_eq;
use exercise::collapse;
use forward::{Layer, Network, tutorial};
use nalgebra::{DMatrix, DVector};
use proptest::prelude::*;
use support::{attempt, config};

/// The same network with every activation replaced by `activation`.
fn with_activation(network: &Network, activation: Activation) -> Network {
    let layers = network
        .layers()
        .iter()
        .map(|layer| Layer::new(layer.weights().clone(), layer.bias().clone(), activation).unwrap())
        .collect();
    Network::new(layers).unwrap()
}

/// A 4-layer network 3 → 4 → 1 → 2 → 3 with weights of both signs.
fn deeper_network() -> Network {
    let sizes = [3, 4, 1, 2, 3];
    let layers = sizes
        .windows(2)
        .enumerate()
        .map(|(k, pair)| {
            let k = k as f64;
            let weights = DMatrix::from_fn(pair[1], pair[0], |i, j| {
                (k + 2.0 * i as f64 - j as f64).sin()
            });
            let bias = DVector::from_fn(pair[1], |i, _| (k - i as f64).cos());
            Layer::new(weights, bias, Activation::Identity).unwrap()
        })
        .collect();
    Network::new(layers).unwrap()
}

/// `W·x + b` against the network's output, for random x. The tolerance is
/// far above rounding (the two sum in different orders) and far below any
/// real difference.
fn check_affine(network: &Network) {
    let (weights, bias) = collapse(network);
    assert_eq!(
        weights.shape(),
        (network.outputs(), network.inputs()),
        "the shape of W"
    );
    assert_eq!(bias.len(), network.outputs(), "the length of b");
    proptest!(config(), |(values in prop::collection::vec(-10.0..10.0_f64, network.inputs()))| {
        let x = DVector::from_vec(values);
        let y = network.forward(&x).unwrap().output().clone();
        let affine = &weights * &x + &bias;
        for (got, expected) in affine.iter().zip(y.iter()) {
            prop_assert!((got - expected).abs() <= 1e-12 * (1.0 + expected.abs()),
                "W·x + b = {affine:?}, but the network gives {y:?} for x = {x:?}");
        }
    });
}

#[test]
fn the_tutorials_network_without_activations_is_affine() {
    let network = with_activation(&tutorial::network(), Activation::Identity);
    attempt(|| check_affine(&network));
}

#[test]
fn a_deeper_network_without_activations_is_affine() {
    let network = deeper_network();
    attempt(|| check_affine(&network));
}

/// One layer is already affine: its own W and b.
#[test]
fn one_layer_collapses_to_itself() {
    let layer = tutorial::network().layers()[0].clone();
    let (w, b) = (layer.weights().clone(), layer.bias().clone());
    let network = Network::new(vec![
        Layer::new(w.clone(), b.clone(), Activation::Identity).unwrap(),
    ])
    .unwrap();
    attempt(|| {
        let (weights, bias) = collapse(&network);
        assert_relative_eq!(weights, w, max_relative = 1e-15);
        assert_relative_eq!(bias, b, max_relative = 1e-15);
    });
}

/// The tutorial's sigmoids bend the map: W·x + b misses the real output
/// by more than 0.1.
#[test]
fn with_sigmoids_the_collapse_no_longer_holds() {
    let network = tutorial::network();
    let x = tutorial::input();
    let y = network.forward(&x).unwrap().output().clone();
    attempt(|| {
        let (weights, bias) = collapse(&network);
        let affine = weights * &x + bias;
        assert!((affine - &y).amax() > 0.1, "{y:?}");
    });
}
