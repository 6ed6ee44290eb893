//! The `Activation` enum: names, parsing, and agreement with the functions.

use activations::{
    Activation, identity, identity_derivative, relu, relu_derivative, sigmoid, sigmoid_derivative,
    step, step_derivative,
};

#[test]
fn every_name_parses_back_to_its_activation() {
    for h in Activation::ALL {
        assert_eq!(h.to_string().parse::<Activation>(), Ok(h));
        assert_eq!(h.name().to_uppercase().parse::<Activation>(), Ok(h));
    }
    assert_eq!("ReLU".parse::<Activation>(), Ok(Activation::Relu));
}

#[test]
fn an_unknown_name_lists_the_valid_ones() {
    let error = "RuLU".parse::<Activation>().unwrap_err();
    let message = error.to_string();
    assert!(message.contains("\"RuLU\""), "{message}");
    for h in Activation::ALL {
        assert!(message.contains(h.name()), "{message} should list {h}");
    }
    assert!("".parse::<Activation>().is_err());
    assert!(" sigmoid".parse::<Activation>().is_err());
}

#[test]
fn apply_and_derivative_match_the_functions() {
    type Pair = (fn(f64) -> f64, fn(f64) -> f64);
    let expected: [(Activation, Pair); 4] = [
        (Activation::Step, (step, step_derivative)),
        (Activation::Sigmoid, (sigmoid, sigmoid_derivative)),
        (Activation::Relu, (relu, relu_derivative)),
        (Activation::Identity, (identity, identity_derivative)),
    ];
    let inputs = [
        -1e3,
        -2.5,
        -0.0,
        0.0,
        1e-310,
        0.3,
        7.0,
        f64::INFINITY,
        f64::NAN,
    ];
    for (h, (function, derivative)) in expected {
        for x in inputs {
            assert_eq!(h.apply(x).to_bits(), function(x).to_bits(), "{h}({x})");
            assert_eq!(
                h.derivative(x).to_bits(),
                derivative(x).to_bits(),
                "{h}'({x})"
            );
        }
    }
}

/// The derivatives at the kinks, where the tutorial's graphs have a jump:
/// ReLU's is taken as 0 at 0 (either zero), 1 just above it.
#[test]
fn relu_derivative_is_zero_at_zero_and_one_just_above() {
    for (x, expected) in [
        (-0.0, 0.0),
        (0.0, 0.0),
        (f64::from_bits(1), 1.0),
        (-1e-300, 0.0),
    ] {
        assert_eq!(relu_derivative(x), expected, "relu_derivative({x:?})");
    }
}

/// `(x > 0).astype(int)`: 0 at both zeros and for NaN, 1 just above 0.
#[test]
fn step_int_is_zero_at_zero() {
    for (x, expected) in [(0.0, 0), (-0.0, 0), (f64::NAN, 0), (f64::from_bits(1), 1)] {
        assert_eq!(activations::step_int(x), expected, "step_int({x:?})");
    }
}
