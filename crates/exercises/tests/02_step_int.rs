//! Exercise 2: the step function as integers.
//!
//! Run these tests alone with `cargo test -p exercises --test 02_step_int`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/02_step_int.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/02_step_int.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/02_step_int.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::arange;
use exercise::{step_int, step_ints};
use support::attempt;

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

/// The book's example, `step_function(np.array([-1.0, 1.0, 2.0]))`: from
/// *Deep Learning from Scratch* §3.2.2, which the tutorial follows.
#[test]
fn the_books_example() {
    attempt(|| {
        assert_eq!(
            step_ints(&[-1.0, 1.0, 2.0]),
            [0, 1, 1],
            "step_ints(&[-1.0, 1.0, 2.0])"
        )
    });
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
    attempt(|| assert_eq!(step_ints(&[]), Vec::<i64>::new(), "step_ints(&[])"));
}
