//! `arange` against NumPy: every value bit for bit.

use activations::{ArangeError, arange, plot_grid};

const NUMPY_CASES: &str = include_str!("../../../../tests/data/arange-numpy.tsv");
const REFERENCE: &str = include_str!("../../../../tests/data/activations-f64.tsv");

fn parse(text: &str) -> f64 {
    text.parse()
        .unwrap_or_else(|_| panic!("{text:?} is not a number"))
}

#[test]
fn arange_matches_numpy_bit_for_bit() {
    let rows = NUMPY_CASES
        .lines()
        .filter(|line| !line.starts_with('#'))
        .skip(1);
    let mut cases = 0;
    for row in rows {
        let fields: Vec<&str> = row.split('\t').collect();
        let (start, stop, step) = (parse(fields[0]), parse(fields[1]), parse(fields[2]));
        let numpy: Vec<f64> = fields[3].split_whitespace().map(parse).collect();
        let ours = arange(start, stop, step).unwrap();
        let bits = |values: &[f64]| values.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!(
            bits(&ours),
            bits(&numpy),
            "np.arange({start:?}, {stop:?}, {step:?})"
        );
        cases += 1;
    }
    assert!(cases >= 50, "only {cases} cases were read");
}

/// The reference file's first 100 rows are NumPy's own plotting grid.
#[test]
fn plot_grid_is_the_tutorials_numpy_grid() {
    let numpy_grid: Vec<f64> = REFERENCE
        .lines()
        .skip(1)
        .take(100)
        .map(|row| parse(row.split('\t').next().unwrap()))
        .collect();
    let grid = plot_grid();
    assert_eq!(grid.len(), 100);
    for (i, (ours, numpy)) in grid.iter().zip(&numpy_grid).enumerate() {
        assert_eq!(
            ours.to_bits(),
            numpy.to_bits(),
            "x[{i}]: {ours:?} vs {numpy:?}"
        );
    }
}

/// Adding 0.1 in a loop drifts and overshoots: the reason arange multiplies.
#[test]
fn a_naive_loop_yields_101_points() {
    let mut x = -5.0;
    let mut count = 0;
    while x < 5.0 {
        count += 1;
        x += 0.1;
    }
    assert_eq!(count, 101);
    assert_eq!(plot_grid().len(), 100);
}

#[test]
fn bad_arguments_are_errors_not_panics() {
    assert_eq!(arange(0.0, 1.0, 0.0), Err(ArangeError::ZeroStep));
    assert!(matches!(
        arange(f64::NAN, 1.0, 0.1),
        Err(ArangeError::NotFinite { .. })
    ));
    assert!(matches!(
        arange(0.0, f64::INFINITY, 0.1),
        Err(ArangeError::NotFinite { .. })
    ));
    assert!(matches!(
        arange(0.0, 1e300, 1e-300),
        Err(ArangeError::TooManyPoints { .. })
    ));
    assert!(matches!(
        arange(-f64::MAX, f64::MAX, 1.0),
        Err(ArangeError::TooManyPoints { .. })
    ));
    let message = arange(0.0, 1.0, 0.0).unwrap_err().to_string();
    assert_eq!(message, "arange needs a non-zero step");
}

#[test]
fn steps_away_from_stop_give_nothing() {
    assert_eq!(arange(0.0, 1.0, -0.1).unwrap(), Vec::<f64>::new());
    assert_eq!(arange(1.0, 1.0, 0.1).unwrap(), Vec::<f64>::new());
}

/// The first point is `start` itself, as in NumPy, even when `start` is
/// -0.0: `start + 0 * step` would turn it into +0.0.
#[test]
fn the_first_point_is_start_itself() {
    let points = arange(-0.0, 1.0, 0.5).unwrap();
    assert_eq!(points.len(), 2);
    assert_eq!(points[0].to_bits(), (-0.0_f64).to_bits(), "{points:?}");
}

/// The limit is inclusive: exactly `ARANGE_MAX_POINTS` points are made, one
/// more is refused. Making them takes 800 MB, so the test is ignored by
/// default; the mutation-testing command in the book's appendix on running
/// things runs it (`-- --include-ignored`).
#[test]
#[ignore = "allocates 800 MB; run with --include-ignored"]
fn exactly_the_maximum_number_of_points_is_made() {
    let limit = f64::from(u32::try_from(activations::ARANGE_MAX_POINTS).unwrap());
    let points = arange(0.0, limit, 1.0).unwrap();
    assert_eq!(points.len(), activations::ARANGE_MAX_POINTS);
    assert!(arange(0.0, limit + 1.0, 1.0).is_err());
}
