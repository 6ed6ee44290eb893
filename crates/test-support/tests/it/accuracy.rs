//! Reference files: bad ones are errors naming the file and line; good
//! ones are checked row by row in ulps.

use test_support::accuracy::{Reference, check_with, ulp_distance};

#[test]
fn malformed_files_are_errors_naming_the_line() {
    let cases = [
        (
            "",
            "ref.tsv:1: expected a header starting with x, found \"\"",
        ),
        (
            "sigmoid\tx\n",
            "ref.tsv:1: expected a header starting with x, found \"sigmoid\\tx\"",
        ),
        (
            "x\tsigmoid\n1.0\n",
            "ref.tsv:2: expected 2 tab-separated fields, found 1",
        ),
        (
            "x\tsigmoid\n1.0\t0.7\n2,0\t0.8\n",
            "ref.tsv:3: column \"x\": \"2,0\" is not a number",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(Reference::parse("ref.tsv", text).unwrap_err(), message);
    }
}

#[test]
fn blank_lines_are_skipped_but_counted() {
    let reference = Reference::parse("ref.tsv", "x\ty\n\n1.0\tnan\n\n").unwrap();
    assert_eq!(reference.rows.len(), 1);
    assert_eq!(reference.rows[0].0, 3);
    assert!(reference.rows[0].1[1].is_nan());
}

#[test]
fn a_wrong_value_is_reported_with_its_line() {
    let reference = Reference::parse("ref.tsv", "x\tsigmoid\n0.0\t0.5\n1.0\t0.75\n").unwrap();
    let report = check_with(&reference, "sigmoid", 2, |x| {
        x.iter().map(|&x| 1.0 / (1.0 + (-x).exp())).collect()
    })
    .unwrap();
    assert_eq!(report.rows, 2);
    assert_eq!(
        report.failures,
        ["line 3: x = 1.0: got 0.7310585786300049, expected 0.75 (170609156447555 ulp off)"]
    );
    assert_eq!(
        (report.max_ulps, report.worst_x),
        (170609156447555, Some(1.0))
    );
}

/// The limit is inclusive: exactly `limit` ulps off passes, one more fails.
#[test]
fn the_limit_is_inclusive() {
    let reference = Reference::parse("ref.tsv", "x\ty\n0.0\t1.0\n").unwrap();
    let two_ulps_off = f64::from_bits(1.0_f64.to_bits() + 2);
    let report = |limit| check_with(&reference, "y", limit, |_| vec![two_ulps_off]).unwrap();
    assert!(report(2).failures.is_empty());
    assert_eq!(report(1).failures.len(), 1);
    assert_eq!(
        report(1).to_string(),
        "y: max error 2 ulp at x = 0.0 (limit 1 ulp): 0 passed, 1 failed"
    );
}

#[test]
fn ulp_distance_counts_floats_between() {
    assert_eq!(ulp_distance(1.0, 1.0), 0);
    assert_eq!(ulp_distance(1.0, 1.0 + f64::EPSILON), 1);
    assert_eq!(ulp_distance(1.0 + f64::EPSILON, 1.0), 1);
    assert_eq!(ulp_distance(0.0, f64::from_bits(1)), 1);
    assert_eq!(ulp_distance(-0.0, f64::from_bits(1)), 1);
    assert_eq!(ulp_distance(f64::NAN, f64::NAN), 0);
    assert_eq!(ulp_distance(f64::NAN, 1.0), u64::MAX);
    assert_eq!(ulp_distance(f64::MAX, f64::INFINITY), 1);
    assert_eq!(
        ulp_distance(f64::NEG_INFINITY, f64::INFINITY),
        2 * f64::INFINITY.to_bits()
    );
}
