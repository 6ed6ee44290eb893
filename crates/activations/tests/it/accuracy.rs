//! Accuracy against correctly rounded reference values.
//!
//! `tests/data/activations-f64.tsv` holds sigmoid and its derivative for
//! 2 135 inputs, each rounded correctly from a 200-bit computation. The
//! stable sigmoid must be within 2 ulp on every row and its derivative
//! within 4; the tutorial's naive formula is not. test-support reads the
//! file and counts the ulps.

use activations::{sigmoid, sigmoid_derivative, sigmoid_naive};
use approx::assert_ulps_eq;
use test_support::accuracy::{Reference, check_with, ulp_distance};

pub(crate) fn reference() -> Reference {
    Reference::workspace()
}

/// A function checked against a column of the reference file, and the
/// largest error it may have there, in ulps.
struct Checked {
    column: &'static str,
    max_ulps: u64,
    function: fn(f64) -> f64,
}

const CHECKED: [Checked; 2] = [
    Checked {
        column: "sigmoid",
        max_ulps: 2,
        function: sigmoid,
    },
    Checked {
        column: "sigmoid_derivative",
        max_ulps: 4,
        function: sigmoid_derivative,
    },
];

#[test]
fn sigmoid_and_its_derivative_are_within_their_ulp_limits() {
    let reference = reference();
    assert_eq!(reference.rows.len(), 2135);
    // Every column is checked but tanh, which this crate doesn't have.
    assert_eq!(
        reference.columns,
        ["x", "sigmoid", "sigmoid_derivative", "tanh"]
    );
    for checked in CHECKED {
        let each = |x: &[f64]| x.iter().map(|&x| (checked.function)(x)).collect();
        let report = check_with(&reference, checked.column, checked.max_ulps, each).unwrap();
        // `cargo test -p activations accuracy -- --nocapture` shows these.
        println!("{report}");
        assert_eq!(report.rows, 2135);
        assert!(report.max_ulps <= checked.max_ulps);
        assert!(
            report.failures.is_empty(),
            "{report}; first failures: {:#?}",
            &report.failures[..3.min(report.failures.len())]
        );
    }
}

/// The same check row by row with `approx`, independent of our ulp counter.
#[test]
fn every_finite_row_agrees_under_approx() {
    for (line, values) in &reference().rows {
        let (x, want_sigmoid, want_derivative) = (values[0], values[1], values[2]);
        if x.is_nan() {
            assert!(
                sigmoid(x).is_nan() && sigmoid_derivative(x).is_nan(),
                "line {line}"
            );
            continue;
        }
        assert_ulps_eq!(sigmoid(x), want_sigmoid, epsilon = 0.0, max_ulps = 2);
        assert_ulps_eq!(
            sigmoid_derivative(x),
            want_derivative,
            epsilon = 0.0,
            max_ulps = 4
        );
    }
}

/// Where `e^(-x)` overflows, the naive formula returns 0 although a
/// subnormal answer exists: far more than 2 ulp off.
#[test]
fn the_naive_formula_fails_where_exp_overflows() {
    let reference = reference();
    let mut naive_failures = Vec::new();
    for (_, values) in &reference.rows {
        let (x, want) = (values[0], values[1]);
        if ulp_distance(sigmoid_naive(x), want) > 2 {
            naive_failures.push(x);
        }
    }
    assert!(!naive_failures.is_empty());
    for x in naive_failures {
        assert!(
            x < -709.0,
            "the naive formula is only expected to fail below -709, not at {x}"
        );
        assert_eq!(sigmoid_naive(x), 0.0);
        assert!(sigmoid(x) > 0.0);
    }
}

/// sigmoid'(x) = sigmoid'(-x): a check on the reference data itself. The
/// file once listed sigmoid'(700) = 0 beside sigmoid'(-700) = 9.86e-305.
#[test]
fn the_reference_derivative_is_symmetric() {
    let reference = reference();
    let derivative_at = |x: f64| {
        reference
            .rows
            .iter()
            .find(|(_, values)| values[0] == x)
            .map(|(_, values)| values[2])
    };
    let mut pairs = 0;
    for (line, values) in &reference.rows {
        if values[0] > 0.0
            && let Some(mirror) = derivative_at(-values[0])
        {
            assert_eq!(
                values[2], mirror,
                "line {line}: sigmoid'({}) differs from sigmoid'(-x)",
                values[0]
            );
            pairs += 1;
        }
    }
    assert!(pairs >= 10, "only {pairs} mirrored rows");
}
