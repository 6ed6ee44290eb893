//! Exercise 2: the step function as integers.

use crate::exercises::step_int::{step_int, step_ints};
use crate::pending::attempt;
use activations::arange;

/// What `(x > 0).astype(int)` gives in NumPy, case by case.
#[test]
fn one_only_above_zero() {
    let cases = [
        (-1.0, 0),
        (-f64::MIN_POSITIVE, 0),
        (-0.0, 0),
        (0.0, 0),
        (f64::from_bits(1), 1), // the smallest positive f64, 5e-324
        (0.1, 1),
        (1e300, 1),
        (f64::NEG_INFINITY, 0),
        (f64::INFINITY, 1),
        (f64::NAN, 0),
        (-f64::NAN, 0),
    ];
    attempt(|| {
        for (x, expected) in cases {
            assert_eq!(step_int(x), expected, "step_int({x:?})");
        }
    });
}

/// The tutorial's first example, `step_function(np.array([-1.0, 1.0, 2.0]))`.
#[test]
fn the_tutorials_example() {
    attempt(|| assert_eq!(step_ints(&[-1.0, 1.0, 2.0]), [0, 1, 1]));
}

/// On the tutorial's plotting grid `np.arange(-5.0, 5.0, 0.1)`, x[50] is
/// not 0 but about -1.8e-14, so the step happens between x[50] and x[51].
#[test]
fn the_step_on_the_tutorials_grid() {
    let grid = arange(-5.0, 5.0, 0.1).unwrap();
    assert!(grid[50] < 0.0 && grid[51] > 0.0);
    attempt(|| {
        let steps = step_ints(&grid);
        assert_eq!(steps.len(), grid.len());
        assert!(steps[..=50].iter().all(|&s| s == 0), "{steps:?}");
        assert!(steps[51..].iter().all(|&s| s == 1), "{steps:?}");
    });
}

#[test]
fn nothing_in_nothing_out() {
    attempt(|| assert_eq!(step_ints(&[]), Vec::<i64>::new()));
}
