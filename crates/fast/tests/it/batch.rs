//! `fast::forward_batch` (and `forward_batch_into`) give, for every sample,
//! `Network::forward`'s outputs: the same bits as the simple arithmetic with
//! the fast sigmoid, and within the bound of `accuracy.rs` of the simple
//! outputs, for random networks, batch sizes around the fast form's blocks
//! of 64 samples, and inputs of every kind.

use crate::accuracy::{activation, check_output, input_value, parameter};
use activations::Activation;
use forward::{Layer, Network, tutorial};
use nalgebra::{DMatrix, DVector};
use proptest::prelude::*;

/// Batch sizes around the blocks of 64 samples, and none at all.
fn batch_sizes() -> impl Strategy<Value = usize> {
    prop_oneof![
        0..=3_usize,
        60..=68_usize,
        125..=131_usize,
        250..=260_usize,
        700..=800_usize
    ]
}

/// Random networks: 1 to 4 layers of 1 to 6 units, any activations.
fn networks() -> impl Strategy<Value = Network> {
    (
        1..=4_usize,
        prop::collection::vec((1..=6_usize, activation()), 1..=4),
    )
        .prop_flat_map(|(inputs, specs)| {
            let mut sizes = vec![inputs];
            sizes.extend(specs.iter().map(|(outputs, _)| *outputs));
            let layers: Vec<_> = specs
                .iter()
                .enumerate()
                .map(|(i, &(outputs, activation))| {
                    let inputs = sizes[i];
                    let parameters = prop::collection::vec(parameter(), outputs * (inputs + 1));
                    parameters.prop_map(move |p| {
                        let weights = DMatrix::from_row_slice(outputs, inputs, &p[outputs..]);
                        let bias = DVector::from_column_slice(&p[..outputs]);
                        Layer::new(weights, bias, activation).unwrap()
                    })
                })
                .collect();
            layers.prop_map(|layers| Network::new(layers).unwrap())
        })
}

/// Checks every sample (row) of `inputs` through both forms.
fn check(network: &Network, inputs: &DMatrix<f64>) -> Result<(), TestCaseError> {
    let fast = fast::forward_batch(network, inputs).unwrap();
    prop_assert_eq!(fast.shape(), (inputs.nrows(), network.outputs()));
    // Into a matrix of another shape, then into one of the right shape
    // holding old values: the same outputs.
    let mut reused = DMatrix::from_element(3, 1, 7.0);
    fast::forward_batch_into(network, inputs, &mut reused).unwrap();
    prop_assert_eq!(reused.shape(), fast.shape());
    reused.fill(-1.0);
    fast::forward_batch_into(network, inputs, &mut reused).unwrap();
    let bits = |m: &DMatrix<f64>| m.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
    prop_assert_eq!(bits(&reused), bits(&fast));
    for n in 0..inputs.nrows() {
        let x = inputs.row(n).transpose();
        let trace = network.forward(&x).unwrap();
        let row: Vec<f64> = fast.row(n).iter().copied().collect();
        check_output(network, &x, &trace, &row)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_network_gives_the_simple_outputs(
        network in networks(),
        samples in batch_sizes(),
        seed in prop::collection::vec(input_value(), 101),
    ) {
        let inputs = DMatrix::from_fn(samples, network.inputs(), |n, j| seed[(7 * n + j) % seed.len()]);
        check(&network, &inputs)?;
    }

    #[test]
    fn the_tutorial_network_gives_the_simple_outputs(
        samples in batch_sizes(),
        seed in prop::collection::vec(input_value(), 97),
    ) {
        let inputs = DMatrix::from_fn(samples, 2, |n, j| seed[(3 * n + j) % seed.len()]);
        check(&tutorial::network(), &inputs)?;
    }
}

/// With small whole numbers every sum is exact, so a step layer must give
/// exactly the same 0s and 1s, after a sigmoid layer too.
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

/// Where the sigmoid takes steps its own way (with AVX2 and AVX-512: the
/// exponent raised to -750, and no choice for `t < -746`), the batch must
/// still give the slice kernel's sigmoid, bit for bit, at its edges
/// (`sigmoid_edges`). One unit with weight 1 and bias 0 passes each input
/// through to the sigmoid unchanged.
#[test]
fn the_batch_sigmoid_is_the_slice_sigmoid_at_its_edges() {
    let unit = Layer::new(
        DMatrix::from_element(1, 1, 1.0),
        DVector::zeros(1),
        Activation::Sigmoid,
    )
    .unwrap();
    let network = Network::new(vec![unit]).unwrap();
    let x = crate::sigmoid_edges();
    let inputs = DMatrix::from_column_slice(x.len(), 1, &x);
    let batch = fast::forward_batch(&network, &inputs).unwrap();
    let slice = fast::sigmoid(&x);
    for ((&x, &got), &want) in x.iter().zip(batch.iter()).zip(&slice) {
        assert!(
            got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
            "sigmoid({x:?}): batch {got:?}, slice kernel {want:?}"
        );
    }
    // Both 0 and values above it occur below -744, so the edge is crossed.
    let below: Vec<f64> = x
        .iter()
        .zip(batch.iter())
        .filter(|(x, _)| **x < -744.0)
        .map(|(_, &y)| y)
        .collect();
    assert!(below.contains(&0.0) && below.iter().any(|&y| y > 0.0));
}

#[test]
fn a_wrong_input_width_is_the_same_error_as_for_the_simple_form() {
    let network = tutorial::network();
    let inputs = DMatrix::zeros(4, 3);
    let error = network.forward_batch(&inputs).unwrap_err();
    assert_eq!(fast::forward_batch(&network, &inputs).unwrap_err(), error);
    // And the matrix given to fill is left as it was.
    let mut outputs = DMatrix::from_element(2, 2, 5.0);
    assert_eq!(
        fast::forward_batch_into(&network, &inputs, &mut outputs).unwrap_err(),
        error
    );
    assert_eq!(outputs, DMatrix::from_element(2, 2, 5.0));
}
