//! The code that the book's homework asks you to put elsewhere compiles,
//! and does what the book says it does. A test target of its own, not an
//! exercise: `cargo test -p exercises --test homework`.

// Test code may unwrap: a failed unwrap is a failed test with a message.
#![allow(clippy::unwrap_used)]

use activations::{Activation, sigmoid};
use approx::assert_ulps_eq;
use forward::tutorial::{self, B1, B2, B3, W1, W3};
use forward::{Layer, Network};
use nalgebra::{DMatrix, DVector, Matrix3x2, Vector2, Vector3, dvector};
use serde::Deserialize;

#[path = "../homework/leaky_relu_figure.rs"]
mod leaky_relu_figure;
#[path = "../homework/relu_activations.rs"]
#[allow(unreachable_pub)]
mod relu_activations;
#[path = "../homework/zero_w2.rs"]
#[allow(unreachable_pub)]
mod zero_w2;

/// The tutorial's network with other second-layer weights or activations.
fn tutorial_with(w2: [[f64; 3]; 2], activations: [Activation; 3]) -> Network {
    let layer = |weights: DMatrix<f64>, bias: &[f64], activation| {
        Layer::new(weights, DVector::from_row_slice(bias), activation).unwrap()
    };
    Network::new(vec![
        layer(
            DMatrix::from_row_slice(3, 2, W1.as_flattened()),
            &B1,
            activations[0],
        ),
        layer(
            DMatrix::from_row_slice(2, 3, w2.as_flattened()),
            &B2,
            activations[1],
        ),
        layer(
            DMatrix::from_row_slice(2, 2, W3.as_flattened()),
            &B3,
            activations[2],
        ),
    ])
    .unwrap()
}

/// Chapter 4: the leaky ReLU figure draws, with the function the book
/// describes (down to -0.5 at x = -5, slope 1 above 0).
#[test]
fn the_leaky_relu_figure_draws() {
    let figure = &leaky_relu_figure::FIGURES[0];
    let svg = figure.render().unwrap();
    assert!(
        svg.contains("<title>Leaky ReLU (slope 0.1)</title>"),
        "{svg}"
    );
    let leaky_relu = figure.curves[0].function;
    assert_eq!(leaky_relu(-5.0), -0.5);
    assert_eq!(leaky_relu(2.0), 2.0);
}

/// Chapter 4: the Japanese figure needs the title's Japanese, which the
/// homework adds: without it, drawing fails and says where to add it.
#[test]
fn the_leaky_relu_figure_needs_its_japanese_title() {
    let figure = &leaky_relu_figure::FIGURES[0];
    let english: Vec<_> = leaky_relu_figure::JAPANESE
        .iter()
        .map(|(e, _)| *e)
        .collect();
    assert_eq!(english, [figure.title]);
    let error = figure.render_in(figures::Language::Japanese).unwrap_err();
    assert_eq!(
        error.to_string(),
        "figure leaky-relu.svg: no Japanese for \"Leaky ReLU (slope 0.1)\": \
         add it to JAPANESE in crates/figures/src/language.rs"
    );
}

/// Chapter 5: with W2 = 0, u2 is b2 and the output no longer depends on
/// the input at all, not even in the last digit.
#[test]
fn with_w2_zero_the_output_ignores_the_input() {
    let network = tutorial_with(zero_w2::W2, tutorial::ACTIVATIONS);
    let trace = network.forward(&tutorial::input()).unwrap();
    assert_eq!(trace.layers()[1].u.as_slice(), B2);
    assert_eq!(
        trace.layers()[1].z,
        DVector::from_row_slice(&B2).map(sigmoid)
    );
    let other = network.forward(&dvector![5.0, -3.0]).unwrap();
    assert_ne!(other.layers()[0].u, trace.layers()[0].u);
    assert_eq!(other.output(), trace.output());
}

/// A network file as `cargo run -p forward -- --network FILE` reads it:
/// only what this test needs, so that it does not depend on the demo's code.
#[derive(Deserialize)]
struct NetworkFile {
    input: Vec<f64>,
    layers: Vec<LayerSpec>,
}

#[derive(Deserialize)]
struct LayerSpec {
    weights: Vec<Vec<f64>>,
    bias: Vec<f64>,
    activation: String,
}

/// Chapter 6: the tutorial's file, its last layer made a sigmoid layer,
/// with the fourth layer appended, is exercise 14's network.
#[test]
fn the_four_layer_file_runs() {
    let tutorial_file = include_str!("../../forward/networks/tutorial.toml");
    let (head, tail) = tutorial_file
        .rsplit_once(r#"activation = "identity""#)
        .unwrap();
    let layer4 = include_str!("../homework/fourth_layer.toml");
    let text = format!("{head}activation = \"sigmoid\"{tail}\n{layer4}");
    let file: NetworkFile = toml::from_str(&text).unwrap();
    let layers = file.layers.iter().map(|spec| {
        let (rows, columns) = (spec.weights.len(), spec.weights[0].len());
        let weights = DMatrix::from_row_slice(rows, columns, &spec.weights.concat());
        let bias = DVector::from_row_slice(&spec.bias);
        Layer::new(weights, bias, spec.activation.parse().unwrap()).unwrap()
    });
    let network = Network::new(layers.collect()).unwrap();
    let shapes: Vec<(usize, usize)> = network
        .layers()
        .iter()
        .map(|l| l.weights().shape())
        .collect();
    assert_eq!(shapes, [(3, 2), (2, 3), (2, 2), (3, 2)]);

    let input = DVector::from_row_slice(&file.input);
    let y = network.forward(&input).unwrap().output().clone();
    let u3 = tutorial::network()
        .forward(&tutorial::input())
        .unwrap()
        .layers()[2]
        .u
        .clone();
    let w4 = Matrix3x2::new(0.1, 0.2, 0.3, 0.4, 0.5, 0.6);
    let expected = w4 * Vector2::new(sigmoid(u3[0]), sigmoid(u3[1])) + Vector3::new(0.1, 0.2, 0.3);
    for i in 0..3 {
        assert_ulps_eq!(y[i], expected[i], max_ulps = 4);
    }
}

/// Chapter 7: with ReLU in the hidden layers, every unit is active on the
/// tutorial's input, so the network computes what it computes with no
/// activation at all; on (-1, -1) the first layer is silent.
#[test]
fn with_relu_the_tutorials_input_stays_linear() {
    let relu = tutorial_with(tutorial::W2, relu_activations::ACTIVATIONS);
    let identity = tutorial_with(tutorial::W2, [Activation::Identity; 3]);
    let trace = relu.forward(&tutorial::input()).unwrap();
    assert_eq!(trace.layers()[0].z, trace.layers()[0].u);
    assert_eq!(trace.layers()[1].z, trace.layers()[1].u);
    assert_eq!(
        trace.output(),
        identity.forward(&tutorial::input()).unwrap().output()
    );

    let negative = relu.forward(&dvector![-1.0, -1.0]).unwrap();
    assert!(negative.layers()[0].z.iter().all(|&z| z == 0.0));
    assert_eq!(negative.layers()[1].u.as_slice(), B2);
}
