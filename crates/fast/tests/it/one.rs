//! `fast::FastNetwork` gives `StaticNetwork::forward`'s outputs: the same
//! bits as the simple arithmetic with the fast sigmoid, and within the
//! bound of `accuracy.rs` of the simple outputs, for random networks of
//! the sizes that take the 4-lane path and of sizes that take the loops,
//! on inputs of every kind.

use crate::accuracy::{activation, check_output, input_value, parameter};
use activations::Activation;
use forward::static_network::{StaticLayer, StaticNetwork};
use forward::{Layer, Network, tutorial};
use nalgebra::{DMatrix, DVector, SMatrix, SVector};
use proptest::prelude::*;
use test_support::accuracy::ulp_distance;

/// A static network and the same network built at run time, from
/// `parameters` (W1, b1, W2, b2, W3, b3, each matrix row by row).
fn networks<const I: usize, const H1: usize, const H2: usize, const O: usize>(
    parameters: &[f64],
    activations: [Activation; 3],
) -> (StaticNetwork<I, H1, H2, O>, Network) {
    let mut next = parameters.iter().copied();
    let mut take = |n: usize| next.by_ref().take(n).collect::<Vec<f64>>();
    fn layer<const IN: usize, const OUT: usize>(
        weights: &[f64],
        bias: &[f64],
        activation: Activation,
    ) -> (StaticLayer<IN, OUT>, Layer) {
        let fixed = StaticLayer {
            weights: SMatrix::from_row_slice(weights),
            bias: SVector::from_column_slice(bias),
            activation,
        };
        let dynamic = DMatrix::from_row_slice(OUT, IN, weights);
        let dynamic = Layer::new(dynamic, DVector::from_column_slice(bias), activation).unwrap();
        (fixed, dynamic)
    }
    let (w1, b1) = (take(H1 * I), take(H1));
    let (w2, b2) = (take(H2 * H1), take(H2));
    let (w3, b3) = (take(O * H2), take(O));
    let (layer1, dynamic1) = layer::<I, H1>(&w1, &b1, activations[0]);
    let (layer2, dynamic2) = layer::<H1, H2>(&w2, &b2, activations[1]);
    let (layer3, dynamic3) = layer::<H2, O>(&w3, &b3, activations[2]);
    let fixed = StaticNetwork {
        layer1,
        layer2,
        layer3,
    };
    (
        fixed,
        Network::new(vec![dynamic1, dynamic2, dynamic3]).unwrap(),
    )
}

/// Runs `x` through both forms of a random network of these sizes and
/// checks the fast output.
fn check<const I: usize, const H1: usize, const H2: usize, const O: usize>(
    parameters: &[f64],
    activations: [Activation; 3],
    x: &[f64],
) -> Result<(), TestCaseError> {
    let (fixed, network) = networks::<I, H1, H2, O>(parameters, activations);
    let x: [f64; I] = x[..I].try_into().unwrap();
    let fast = fast::FastNetwork::new(&fixed).forward(&x);
    // The static network is the one being replaced: the same bits as the
    // run-time one, which the checks work from.
    let simple = fixed.forward(&SVector::from(x)).y;
    let trace = network.forward(&DVector::from_column_slice(&x)).unwrap();
    let same = simple
        .iter()
        .zip(trace.output())
        .all(|(a, b)| a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan());
    prop_assert!(
        same,
        "static {simple:?} and run-time {:?} differ",
        trace.output()
    );
    check_output(&network, &DVector::from_column_slice(&x), &trace, &fast)
}

/// Enough parameters for the largest network below.
const PARAMETERS: usize = 128;

fn parameters() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(parameter(), PARAMETERS)
}

fn activations() -> impl Strategy<Value = [Activation; 3]> {
    [activation(), activation(), activation()]
}

fn inputs() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(input_value(), 5)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The tutorial's sizes, the 4-lane path's main case.
    #[test]
    fn tutorial_sizes(parameters in parameters(), activations in activations(), x in inputs()) {
        check::<2, 3, 2, 2>(&parameters, activations, &x)?;
    }

    /// Every layer exactly 4 wide, and the narrowest network.
    #[test]
    fn widest_and_narrowest_in_registers(parameters in parameters(), activations in activations(), x in inputs()) {
        check::<4, 4, 4, 4>(&parameters, activations, &x)?;
        check::<1, 1, 1, 1>(&parameters, activations, &x)?;
    }

    /// A layer wider than 4 units: the loops.
    #[test]
    fn wider_layers_take_the_loops(parameters in parameters(), activations in activations(), x in inputs()) {
        check::<3, 5, 6, 2>(&parameters, activations, &x)?;
        check::<5, 2, 3, 7>(&parameters, activations, &x)?;
    }

    /// The tutorial's own network: no weight is negative, so no sum cancels,
    /// and every output stays within 2 ulp of the simple one.
    #[test]
    fn the_tutorial_network_is_within_2_ulp(x in prop::collection::vec(-1000.0..1000.0_f64, 2)) {
        let y = fast::FastNetwork::new(&tutorial::static_network()).forward(&[x[0], x[1]]);
        let simple = tutorial::static_network().forward(&SVector::from([x[0], x[1]])).y;
        for (fast, simple) in y.iter().zip(&simple) {
            let ulps = ulp_distance(*fast, *simple);
            prop_assert!(ulps <= 2, "x = {x:?}: fast {fast:?}, simple {simple:?}: {ulps} ulp apart");
        }
    }
}

#[test]
fn special_inputs_through_the_tutorial_network() {
    let network = tutorial::network();
    let fast = fast::FastNetwork::new(&tutorial::static_network());
    let specials = [
        0.0,
        -0.0,
        1.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        1e308,
        -1e308,
        800.0,
        -800.0,
    ];
    for a in specials {
        for b in specials {
            let x = DVector::from_column_slice(&[a, b]);
            let trace = network.forward(&x).unwrap();
            check_output(&network, &x, &trace, &fast.forward(&[a, b])).unwrap();
        }
    }
}
