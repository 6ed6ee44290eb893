//! Exercise 5: where the sigmoid reaches 1.0 and 0.0.
//!
//! The tests never contain the answers: they check that your number has the
//! property and that its neighbour does not. That proves the boundary,
//! because sigmoid only ever rounds towards 1.0 as x grows: if the f64 just
//! below x gives less than 1.0, so does every f64 below that. The sweeps
//! below check that on many points too.
//!
//! Run these tests alone with `cargo test -p exercises --test 05_sigmoid_saturation`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/05_sigmoid_saturation.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/05_sigmoid_saturation.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/05_sigmoid_saturation.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::sigmoid;
use exercise::{largest_x_where_sigmoid_is_zero, smallest_x_where_sigmoid_is_one};
use support::attempt;

#[test]
fn sigmoid_is_one_at_x_but_not_just_below() {
    attempt(|| {
        let x = smallest_x_where_sigmoid_is_one();
        assert!(x.is_finite(), "{x}");
        assert_eq!(sigmoid(x), 1.0, "sigmoid({x:?})");
        let below = x.next_down();
        assert!(sigmoid(below) < 1.0, "sigmoid({below:?}) is already 1.0");
    });
}

/// Every f64 from 0 up to the boundary gives less than 1.0: the 100 000
/// floats just below it, and a sweep from 0.
#[test]
fn everything_below_it_is_less_than_one() {
    attempt(|| {
        let x = smallest_x_where_sigmoid_is_one();
        let mut below = x.next_down();
        for _ in 0..100_000 {
            assert!(sigmoid(below) < 1.0, "sigmoid({below:?}) == 1.0");
            below = below.next_down();
        }
        for i in 0..10_000 {
            let y = x * f64::from(i) / 10_000.0;
            assert!(sigmoid(y) < 1.0, "sigmoid({y:?}) == 1.0");
        }
    });
}

#[test]
fn sigmoid_is_zero_at_x_but_not_just_above() {
    attempt(|| {
        let x = largest_x_where_sigmoid_is_zero();
        assert!(x.is_finite(), "{x}");
        assert_eq!(sigmoid(x), 0.0, "sigmoid({x:?})");
        let above = x.next_up();
        assert!(sigmoid(above) > 0.0, "sigmoid({above:?}) is still 0.0");
    });
}

#[test]
fn everything_above_it_is_more_than_zero() {
    attempt(|| {
        let x = largest_x_where_sigmoid_is_zero();
        let mut above = x.next_up();
        for _ in 0..100_000 {
            assert!(sigmoid(above) > 0.0, "sigmoid({above:?}) == 0.0");
            above = above.next_up();
        }
        for i in 0..10_000 {
            let y = x * f64::from(i) / 10_000.0;
            assert!(sigmoid(y) > 0.0, "sigmoid({y:?}) == 0.0");
        }
    });
}
