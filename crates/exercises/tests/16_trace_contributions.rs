//! Exercise 16: read the trace, which hidden unit matters most.
//!
//! Run these tests alone with `cargo test -p exercises --test 16_trace_contributions`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/16_trace_contributions.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/16_trace_contributions.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/16_trace_contributions.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::Activation;
use exercise::{contributions, largest_contributor};
use forward::tutorial::{self, W3};
use forward::{Layer, Network};
use nalgebra::{DMatrix, DVector, dmatrix, dvector};
use proptest::prelude::*;
use support::{attempt, config};

/// The tutorial's contributions to y[1], from its constants and z2.
#[test]
fn the_tutorials_contributions_to_y1() {
    let trace = tutorial::network().forward(&tutorial::input()).unwrap();
    let z2 = trace.layers()[1].z.clone();
    attempt(|| {
        let got = contributions(&tutorial::network(), &trace, 1).unwrap();
        assert_eq!(got.len(), 2, "z2 has 2 units: {got:?}");
        for j in 0..2 {
            let expected = W3[1][j] * z2[j];
            assert!(
                (got[j] - expected).abs() <= 1e-15,
                "unit {j}: {} but W3[1][{j}]·z2[{j}] = {expected}",
                got[j]
            );
        }
    });
}

/// The contributions and the bias add up to the output layer's u, for any
/// input and any output, and the largest contributor is the largest term.
#[test]
fn contributions_add_up_to_u() {
    let network = tutorial::network();
    attempt(|| {
        proptest!(config(), |(x in prop::array::uniform2(-5.0..5.0_f64), output in 0..2_usize)| {
            let trace = network.forward(&DVector::from_row_slice(&x)).unwrap();
            let terms = contributions(&network, &trace, output).unwrap();
            let last = &network.layers()[2];
            let sum: f64 = terms.iter().sum::<f64>() + last.bias()[output];
            let u = trace.layers()[2].u[output];
            prop_assert!((sum - u).abs() <= 1e-14, "x = {:?}, y[{}]: the terms add to {}, u3 is {}", x, output, sum, u);
        });
    });
}

/// Another shape, 3 → 4 → 3, where the largest term is negative, and the
/// answer is not where it is in the tutorial.
#[test]
fn a_negative_contribution_can_be_the_largest() {
    let w1 = DMatrix::identity(4, 3);
    let w2 = dmatrix![0.1, 0.2, -0.9, 0.3; 0.5, 0.1, 0.1, 0.1; 0.0, 0.0, 0.0, 1.0];
    let layers = vec![
        Layer::new(w1, DVector::zeros(4), Activation::Identity).unwrap(),
        Layer::new(w2, dvector![0.0, 0.0, 0.0], Activation::Identity).unwrap(),
    ];
    let network = Network::new(layers).unwrap();
    let trace = network.forward(&dvector![1.0, 1.0, 1.0]).unwrap();
    attempt(|| {
        // z1 = [1, 1, 1, 0]: the terms for y[0] are 0.1, 0.2, -0.9 and 0.
        let terms = contributions(&network, &trace, 0).unwrap();
        assert_eq!(terms.len(), 4, "{terms:?}");
        assert_eq!(
            largest_contributor(&network, &trace, 0),
            Some(2),
            "terms {terms:?}"
        );
        assert_eq!(largest_contributor(&network, &trace, 1), Some(0), "y[1]");
    });
}

/// With one layer, the units feeding it are the inputs themselves.
#[test]
fn one_layer_takes_the_input() {
    let layer = Layer::new(dmatrix![2.0, -3.0], dvector![0.5], Activation::Sigmoid).unwrap();
    let network = Network::new(vec![layer]).unwrap();
    let trace = network.forward(&dvector![1.0, 1.0]).unwrap();
    attempt(|| {
        assert_eq!(
            contributions(&network, &trace, 0),
            Some(vec![2.0, -3.0]),
            "contributions(&network, &trace, 0)"
        );
        assert_eq!(
            largest_contributor(&network, &trace, 0),
            Some(1),
            "largest_contributor(&network, &trace, 0)"
        );
    });
}

#[test]
fn an_output_the_network_does_not_have_is_none() {
    let trace = tutorial::network().forward(&tutorial::input()).unwrap();
    attempt(|| {
        assert_eq!(
            contributions(&tutorial::network(), &trace, 2),
            None,
            "output 2 of 2"
        );
        assert_eq!(
            largest_contributor(&tutorial::network(), &trace, 7),
            None,
            "output 7 of 2"
        );
    });
}
