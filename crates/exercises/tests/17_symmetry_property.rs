//! Exercise 17: your own property test, tested on right and wrong code.
//!
//! Run these tests alone with `cargo test -p exercises --test 17_symmetry_property`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/17_symmetry_property.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/17_symmetry_property.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/17_symmetry_property.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::sigmoid;
use exercise::sigmoid_symmetry;
use proptest::test_runner::TestError;
use support::attempt;

/// A function of one number, with what it is for messages.
type Named = (&'static str, fn(f64) -> f64);

/// The sigmoid made wrong in ways a symmetry test should notice.
const BROKEN: [Named; 4] = [
    ("shifted up by 1e-9", |x| sigmoid(x) + 1e-9),
    ("scaled by 0.999", |x| 0.999 * sigmoid(x)),
    ("centred at x = 0.5", |x| sigmoid(x - 0.5)),
    ("0 for every x below -20", |x| {
        if x < -20.0 { 0.0 } else { sigmoid(x) }
    }),
];

/// Other functions with the same symmetry, f(-x) = 1 - f(x): a property
/// that only compares with `activations::sigmoid` rejects them.
const SYMMETRIC: [Named; 4] = [
    ("sigmoid(2x)", |x| sigmoid(2.0 * x)),
    ("sigmoid(x / 3)", |x| sigmoid(x / 3.0)),
    ("1/2 + sin(x)/4", |x| 0.5 + 0.25 * x.sin()),
    ("the constant 1/2", |_| 0.5),
];

#[test]
fn accepts_the_real_sigmoid() {
    attempt(|| {
        if let Err(error) = sigmoid_symmetry(sigmoid) {
            panic!("your property rejects activations::sigmoid, which is symmetric: {error}");
        }
    });
}

#[test]
fn accepts_other_symmetric_functions() {
    attempt(|| {
        for (what, symmetric) in SYMMETRIC {
            if let Err(error) = sigmoid_symmetry(symmetric) {
                panic!(
                    "your property rejects {what}, which has the symmetry f(-x) = 1 - f(x) \
                     too: test the symmetry, not the values of the sigmoid ({error})"
                );
            }
        }
    });
}

/// Run a few times, as each run draws new random x: a property that only
/// catches a bug now and then is not good enough.
#[test]
fn catches_every_broken_sigmoid() {
    attempt(|| {
        for (what, broken) in BROKEN {
            for _ in 0..5 {
                match sigmoid_symmetry(broken) {
                    Ok(()) => panic!("your property accepts a sigmoid {what}"),
                    Err(TestError::Fail(..)) => {}
                    Err(error) => {
                        panic!("for the sigmoid {what}, expected a failing case, got: {error}")
                    }
                }
            }
        }
    });
}

/// The counterexample proptest reports really breaks the symmetry.
#[test]
fn reports_a_real_counterexample() {
    attempt(|| {
        let (_, broken) = BROKEN[2];
        match sigmoid_symmetry(broken) {
            Err(TestError::Fail(_, x)) => {
                let gap = (broken(-x) - (1.0 - broken(x))).abs();
                assert!(gap > 1e-12, "x = {x}: both sides agree to {gap:e}");
            }
            other => panic!("expected a failing case, got {other:?}"),
        }
    });
}
