//! Batch forward: many samples in one matrix give the same outputs as one
//! sample at a time.

use activations::Activation;
use approx::assert_relative_eq;
use forward::{Layer, Network, tutorial};
use nalgebra::{DMatrix, DVector};
use proptest::prelude::*;

/// Random networks: 1 to 4 layers of 1 to 5 units, weights in [-3, 3].
fn networks() -> impl Strategy<Value = Network> {
    (
        1..=5_usize,
        prop::collection::vec((1..=5_usize, 0..4_usize), 1..=4),
    )
        .prop_flat_map(|(inputs, layer_specs)| {
            let mut sizes = vec![inputs];
            sizes.extend(layer_specs.iter().map(|(outputs, _)| *outputs));
            let layers: Vec<_> = layer_specs
                .iter()
                .enumerate()
                .map(|(i, &(outputs, activation))| {
                    let inputs = sizes[i];
                    (
                        prop::collection::vec(-3.0..3.0_f64, outputs * inputs),
                        prop::collection::vec(-3.0..3.0_f64, outputs),
                        Just(Activation::ALL[activation]),
                    )
                        .prop_map(move |(weights, bias, activation)| {
                            Layer::new(
                                DMatrix::from_row_slice(outputs, inputs, &weights),
                                DVector::from_vec(bias),
                                activation,
                            )
                            .unwrap()
                        })
                })
                .collect();
            layers.prop_map(|layers| Network::new(layers).unwrap())
        })
}

proptest! {
    /// Equal up to the rounding of the matrix product, which may fuse a
    /// multiply and an add: 1e-12 relative or absolute on values of order 1.
    #[test]
    fn batch_rows_equal_single_forwards(
        network in networks(),
        samples in 1..20_usize,
        seed in prop::collection::vec(-5.0..5.0_f64, 100),
    ) {
        let inputs = DMatrix::from_fn(samples, network.inputs(), |n, j| seed[(n * 7 + j) % seed.len()]);
        let batch = network.forward_batch(&inputs).unwrap();
        prop_assert_eq!(batch.shape(), (samples, network.outputs()));
        for n in 0..samples {
            let x = inputs.row(n).transpose();
            let one = network.forward(&x).unwrap();
            for (a, b) in batch.row(n).iter().zip(one.output().iter()) {
                assert_relative_eq!(*a, *b, epsilon = 1e-12, max_relative = 1e-12);
            }
        }
    }
}

#[test]
fn the_tutorial_input_as_a_batch() {
    let network = tutorial::network();
    let inputs = DMatrix::from_row_slice(3, 2, &[1.0, 0.5, 1.0, 0.5, 0.0, 0.0]);
    let batch = network.forward_batch(&inputs).unwrap();
    let single = network.forward(&tutorial::input()).unwrap();
    for row in 0..2 {
        for (a, b) in batch.row(row).iter().zip(single.output().iter()) {
            assert_relative_eq!(*a, *b, max_relative = 1e-15);
        }
    }
    let zero = network.forward(&DVector::zeros(2)).unwrap();
    assert_relative_eq!(
        batch.row(2).transpose(),
        zero.output().clone(),
        max_relative = 1e-15
    );
}

#[test]
fn an_empty_batch_gives_no_rows() {
    let batch = tutorial::network()
        .forward_batch(&DMatrix::zeros(0, 2))
        .unwrap();
    assert_eq!(batch.shape(), (0, 2));
}
