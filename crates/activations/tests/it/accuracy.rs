//! Accuracy against correctly rounded reference values.
//!
//! `tests/data/activations-f64.tsv` holds sigmoid and its derivative for
//! 2 135 inputs, each rounded correctly from a 200-bit computation. The
//! stable sigmoid must be within 2 ulp on every row and its derivative
//! within 4; the tutorial's naive formula is not.

use activations::accuracy::{Reference, check, ulp_distance};
use activations::{sigmoid, sigmoid_derivative, sigmoid_naive};
use approx::assert_ulps_eq;

const REFERENCE: &str = include_str!("../../../../tests/data/activations-f64.tsv");

fn reference() -> Reference {
    Reference::parse(REFERENCE).expect("the reference file parses")
}

#[test]
fn sigmoid_and_its_derivative_are_within_their_ulp_limits() {
    let reference = reference();
    let report = check(&reference);
    assert_eq!(report.rows, 2135);
    assert_eq!(report.unchecked, ["tanh"]);
    for result in &report.columns {
        println!(
            "{}: max {} ulp (limit {}) at x = {:?}",
            result.column.name, result.max_ulps, result.column.max_ulps, result.worst_x
        );
        assert!(result.max_ulps <= result.column.max_ulps);
    }
    assert_eq!(report.columns.len(), 2);
    assert!(
        report.failures.is_empty(),
        "first failures: {:#?}",
        &report.failures[..3.min(report.failures.len())]
    );
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

#[test]
fn a_wrong_value_is_reported_with_its_line() {
    let reference = Reference::parse("x\tsigmoid\n0.0\t0.5\n1.0\t0.75\n").unwrap();
    let report = check(&reference);
    assert_eq!((report.passed(), report.failed()), (1, 1));
    assert_eq!(report.failures[0].line, 3);
    assert_eq!(report.failures[0].column, "sigmoid");
}

#[test]
fn malformed_files_are_errors_naming_the_line() {
    let cases = [
        (
            "",
            "line 1: expected a tab-separated header starting with x, found \"\"",
        ),
        (
            "sigmoid\tx\n",
            "line 1: expected a tab-separated header starting with x, found \"sigmoid\\tx\"",
        ),
        (
            "x\tsigmoid\n1.0\n",
            "line 2: expected 2 tab-separated fields, found 1",
        ),
        (
            "x\tsigmoid\n1.0\t0.7\n2,0\t0.8\n",
            "line 3, column \"x\": \"2,0\" is not a number",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(Reference::parse(text).unwrap_err().to_string(), message);
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
