//! Building layers and networks: every mismatch is an error value that
//! names the layer and both shapes, never a panic.

use activations::Activation::{Identity, Relu, Sigmoid};
use forward::{InputError, Layer, LayerError, Network, NetworkError, Shape, tutorial};
use nalgebra::{DMatrix, DVector, dmatrix, dvector};

fn layer(rows: usize, columns: usize) -> Layer {
    Layer::new(
        DMatrix::from_element(rows, columns, 0.5),
        DVector::zeros(rows),
        Sigmoid,
    )
    .unwrap()
}

#[test]
fn the_tutorials_layers_have_the_tutorials_shapes() {
    let network = tutorial::network();
    let shapes: Vec<(usize, usize)> = network
        .layers()
        .iter()
        .map(|l| l.weights().shape())
        .collect();
    assert_eq!(shapes, [(3, 2), (2, 3), (2, 2)]);
    let activations: Vec<_> = network.layers().iter().map(Layer::activation).collect();
    assert_eq!(activations, [Sigmoid, Sigmoid, Identity]);
}

#[test]
fn layer_errors_say_what_is_wrong() {
    let cases = [
        (
            Layer::new(DMatrix::zeros(0, 2), DVector::zeros(0), Relu),
            "the weights have shape (0, 2): a layer needs at least one row and one column",
        ),
        (
            Layer::new(DMatrix::zeros(2, 2), DVector::zeros(3), Relu),
            "the bias has 3 values, but the weights have shape (2, 2): one value per row is needed",
        ),
        (
            Layer::new(
                dmatrix![1.0, 2.0; 3.0, f64::INFINITY],
                DVector::zeros(2),
                Relu,
            ),
            "weights[1, 1] is inf: weights must be finite numbers",
        ),
        (
            Layer::new(dmatrix![1.0, f64::NAN; 3.0, 4.0], DVector::zeros(2), Relu),
            "weights[0, 1] is NaN: weights must be finite numbers",
        ),
        (
            Layer::new(DMatrix::zeros(2, 2), dvector![0.0, f64::NEG_INFINITY], Relu),
            "bias[1] is -inf: biases must be finite numbers",
        ),
    ];
    for (result, message) in cases {
        assert_eq!(result.unwrap_err().to_string(), message);
    }
}

#[test]
fn network_errors_name_the_layer_and_both_shapes() {
    assert_eq!(Network::new(vec![]), Err(NetworkError::Empty));
    let error = Network::new(vec![layer(3, 2), layer(2, 3), layer(1, 3)]).unwrap_err();
    assert_eq!(
        error,
        NetworkError::Mismatch {
            layer: 3,
            shape: Shape {
                rows: 1,
                columns: 3
            },
            previous_shape: Shape {
                rows: 2,
                columns: 3
            },
        }
    );
    assert_eq!(
        error.to_string(),
        "layer 3: W3 has shape (1, 3), so it takes 3 inputs, but layer 2 gives 2 outputs (W2 has shape (2, 3))"
    );
    let wrapped = NetworkError::Layer {
        layer: 2,
        error: LayerError::NotFiniteBias {
            index: 0,
            value: f64::NAN,
        },
    };
    assert_eq!(
        wrapped.to_string(),
        "layer 2: bias[0] is NaN: biases must be finite numbers"
    );
}

#[test]
fn a_wrong_input_length_is_an_error() {
    let network = tutorial::network();
    let error = network.forward(&dvector![1.0]).unwrap_err();
    assert_eq!(
        error,
        InputError {
            length: 1,
            shape: Shape {
                rows: 3,
                columns: 2
            }
        }
    );
    assert!(network.forward(&DVector::zeros(0)).is_err());
    assert!(network.forward_batch(&DMatrix::zeros(4, 3)).is_err());
}

#[test]
fn a_single_layer_network_works() {
    let network = Network::new(vec![
        Layer::new(dmatrix![2.0, -1.0], dvector![0.5], Relu).unwrap(),
    ])
    .unwrap();
    let trace = network.forward(&dvector![1.0, 3.0]).unwrap();
    assert_eq!(trace.layers()[0].u, dvector![-0.5]);
    assert_eq!(trace.output(), &dvector![0.0]);
}

/// A network of identity layers is one affine map: W3·(W2·(W1·x + b1) + b2) + b3.
#[test]
fn identity_layers_compose_into_one_affine_map() {
    let layers = vec![
        Layer::new(
            dmatrix![1.0, 2.0; 3.0, 4.0; 5.0, 6.0],
            dvector![1.0, 0.0, -1.0],
            Identity,
        )
        .unwrap(),
        Layer::new(
            dmatrix![1.0, 0.0, 2.0; 0.0, 1.0, -1.0],
            dvector![0.5, 0.5],
            Identity,
        )
        .unwrap(),
    ];
    let network = Network::new(layers.clone()).unwrap();
    let x = dvector![0.25, -2.0];
    let by_hand =
        layers[1].weights() * (layers[0].weights() * &x + layers[0].bias()) + layers[1].bias();
    assert_eq!(network.forward(&x).unwrap().output(), &by_hand);
}

/// The `compile_fail` doctest in `static_network.rs` must fail because of
/// the layer sizes and nothing else: it must equal the compiling example
/// beside it except for layer 2's input size. (Stable rustdoc does not
/// check the error code of a `compile_fail` test.)
#[test]
fn the_compile_fail_example_differs_only_in_a_size() {
    let source = include_str!("../../src/static_network.rs");
    let blocks: Vec<Vec<&str>> = source
        .split("//! ```")
        .skip(1)
        .step_by(2)
        .map(|block| block.lines().skip(1).collect())
        .collect();
    let (failing, compiling) = (&blocks[0], &blocks[1]);
    assert!(source.contains("//! ```compile_fail"));
    let differences: Vec<(&&str, &&str)> = failing
        .iter()
        .zip(compiling.iter())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(differences.len(), 1, "{differences:#?}");
    let (bad, good) = differences[0];
    assert_eq!(
        bad.replace("StaticLayer::<2, 2>", "StaticLayer::<3, 2>"),
        **good
    );
}
