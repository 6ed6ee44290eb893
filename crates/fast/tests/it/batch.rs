//! `fast::forward_batch` gives `forward_batch`'s outputs.
//!
//! The two differ only in rounding: the simple form's matrix product may
//! fuse a multiply and an add, and the fast sigmoid is within 2 ulp of the
//! simple one. With weights, biases and inputs of order 1, that stays far
//! below the 1e-12 allowed here.

use activations::Activation;
use approx::assert_abs_diff_eq;
use forward::{Layer, Network, tutorial};
use nalgebra::{DMatrix, DVector};
use proptest::prelude::*;

/// Batch sizes around the fast form's blocks of 256 samples.
fn batch_sizes() -> impl Strategy<Value = usize> {
    prop_oneof![0..=3_usize, 250..=260_usize, 500..=800_usize]
}

/// Networks 3 -> 4 -> 2 -> 3 with weights in [-2, 2] and any activation but
/// step per layer. (A sum that rounds to just above 0 in one form and just
/// below in the other would flip a step, which says nothing about either
/// form; step layers get their own exact test below.)
fn networks() -> impl Strategy<Value = Network> {
    let activations = vec![Activation::Sigmoid, Activation::Relu, Activation::Identity];
    let layer = move |inputs: usize, outputs: usize| {
        (
            prop::collection::vec(-2.0..2.0_f64, outputs * inputs),
            prop::collection::vec(-2.0..2.0_f64, outputs),
            prop::sample::select(activations.clone()),
        )
            .prop_map(move |(weights, bias, activation)| {
                let weights = DMatrix::from_row_slice(outputs, inputs, &weights);
                Layer::new(weights, DVector::from_vec(bias), activation).unwrap()
            })
    };
    (layer(3, 4), layer(4, 2), layer(2, 3))
        .prop_map(|(a, b, c)| Network::new(vec![a, b, c]).unwrap())
}

fn assert_fast_equals_simple(network: &Network, inputs: &DMatrix<f64>) {
    let fast = fast::forward_batch(network, inputs).unwrap();
    let simple = network.forward_batch(inputs).unwrap();
    assert_eq!(fast.shape(), simple.shape());
    assert_abs_diff_eq!(fast, simple, epsilon = 1e-12);
}

proptest! {
    #[test]
    fn the_tutorial_network_gives_the_simple_outputs(
        samples in batch_sizes(),
        seed in prop::collection::vec(-10.0..10.0_f64, 97),
    ) {
        let inputs = DMatrix::from_fn(samples, 2, |n, j| seed[(3 * n + j) % seed.len()]);
        assert_fast_equals_simple(&tutorial::network(), &inputs);
    }

    #[test]
    fn any_network_gives_the_simple_outputs(
        network in networks(),
        samples in batch_sizes(),
        seed in prop::collection::vec(-2.0..2.0_f64, 101),
    ) {
        let inputs = DMatrix::from_fn(samples, 3, |n, j| seed[(3 * n + j) % seed.len()]);
        assert_fast_equals_simple(&network, &inputs);
    }
}

/// With small whole numbers every sum is exact, so a step layer must give
/// exactly the same 0s and 1s.
#[test]
fn step_layers_agree_exactly_on_exact_sums() {
    let layer = |weights: &[f64], outputs: usize, inputs: usize, activation| {
        let weights = DMatrix::from_row_slice(outputs, inputs, weights);
        Layer::new(weights, DVector::from_element(outputs, -1.0), activation).unwrap()
    };
    let network = Network::new(vec![
        layer(&[1.0, -2.0, 3.0, 0.0, 2.0, -1.0], 2, 3, Activation::Step),
        layer(&[1.0, 1.0, -1.0, 2.0], 2, 2, Activation::Relu),
    ])
    .unwrap();
    let inputs = DMatrix::from_fn(700, 3, |n, j| ((n * 5 + j * 3) % 7) as f64 - 3.0);
    let fast = fast::forward_batch(&network, &inputs).unwrap();
    assert_eq!(fast, network.forward_batch(&inputs).unwrap());
    // Both 0 and 1 occur, so the comparison means something.
    assert!(fast.iter().any(|&y| y == 0.0) && fast.iter().any(|&y| y > 0.0));
}

#[test]
fn a_wrong_input_width_is_the_same_error_as_for_the_simple_form() {
    let network = tutorial::network();
    let inputs = DMatrix::zeros(4, 3);
    assert_eq!(
        fast::forward_batch(&network, &inputs).unwrap_err(),
        network.forward_batch(&inputs).unwrap_err()
    );
}
