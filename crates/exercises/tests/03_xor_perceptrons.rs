//! Exercise 3: XOR from two layers of step units.
//!
//! Run these tests alone with `cargo test -p exercises --test 03_xor_perceptrons`;
//! `cargo run -p exercises` runs them for you and shows your progress.

// Helpers in test code may unwrap: a failed unwrap is a failed test with a
// message. The exercise file itself is held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your file, or with `--features solutions` the reference solution, exactly
// as if you had copied it over yours. Until you start, a stub's `todo!()`
// leaves its arguments unused: that warning is only noise.
#[cfg(not(any(feature = "solutions", feature = "wrong-answer")))]
#[path = "../exercises/03_xor_perceptrons.rs"]
#[allow(unused_variables, unused_imports)]
#[warn(clippy::unwrap_used)]
pub mod exercise;
#[cfg(all(feature = "solutions", not(feature = "wrong-answer")))]
#[path = "../solutions/03_xor_perceptrons.rs"]
#[warn(clippy::unwrap_used)]
pub mod exercise;
// With `--features wrong-answer`, one of the wrong answers of
// wrong-answers/03_xor_perceptrons.toml, which `verify` writes out: it must fail.
#[cfg(feature = "wrong-answer")]
#[allow(unused_variables, unused_imports, dead_code)]
pub mod exercise {
    include!(env!("NNBOOK_WRONG_ANSWER"));
}
mod support;

use activations::step;
use exercise::{Unit, and_unit, nand_unit, or_unit, unit, xor};
use proptest::prelude::*;
use support::{attempt, config};

/// The four inputs of a truth table.
const CORNERS: [[f64; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];

/// Checks a gate's truth table, naming the gate and the input that fails.
fn truth_table(name: &str, gate: impl Fn([f64; 2]) -> f64, expected: [f64; 4]) {
    for (x, expected) in CORNERS.into_iter().zip(expected) {
        let got = gate(x);
        assert_eq!(
            got, expected,
            "{name}({}, {}) = {got}, expected {expected}",
            x[0], x[1]
        );
    }
}

#[test]
fn a_unit_is_the_step_of_its_weighted_sum() {
    attempt(|| {
        proptest!(config(), |(w in prop::array::uniform2(-3.0..3.0_f64), b in -3.0..3.0_f64,
                              x in prop::array::uniform2(-3.0..3.0_f64))| {
            let expected = step(w[0] * x[0] + w[1] * x[1] + b);
            prop_assert_eq!(unit((w, b), x), expected, "unit(({:?}, {}), {:?})", w, b, x);
        });
        // Exactly on the line the sum is 0, and step(0) is 0.
        assert_eq!(
            unit(([1.0, 1.0], -1.0), [0.5, 0.5]),
            0.0,
            "unit(([1, 1], -1), [0.5, 0.5])"
        );
        // The second weight goes with the second input.
        assert_eq!(
            unit(([0.0, 1.0], -0.5), [1.0, 0.0]),
            0.0,
            "unit(([0, 1], -0.5), [1, 0])"
        );
    });
}

#[test]
fn the_three_gates() {
    attempt(|| {
        let gate = |unit_of: fn() -> Unit| move |x| unit(unit_of(), x);
        truth_table("AND", gate(and_unit), [0.0, 0.0, 0.0, 1.0]);
        truth_table("OR", gate(or_unit), [0.0, 1.0, 1.0, 1.0]);
        truth_table("NAND", gate(nand_unit), [1.0, 1.0, 1.0, 0.0]);
    });
}

#[test]
fn xor_truth_table() {
    attempt(|| truth_table("xor", xor, [0.0, 1.0, 1.0, 0.0]));
}

/// `xor` is the network AND(NAND(x), OR(x)) of your own units, also for
/// inputs that are not 0 or 1: so it really is two layers of step units.
#[test]
fn xor_is_two_layers_of_your_units() {
    attempt(|| {
        proptest!(config(), |(x in prop::array::uniform2(-1.0..2.0_f64))| {
            let hidden = [unit(nand_unit(), x), unit(or_unit(), x)];
            let network = unit(and_unit(), hidden);
            prop_assert_eq!(xor(x), network, "xor({:?}), where NAND and OR give {:?}", x, hidden);
        });
    });
}

/// Why two layers: every single unit on a grid of weights and biases gets
/// at least one of the four corners of XOR wrong.
#[test]
fn no_single_unit_on_a_grid_is_xor() {
    let grid: Vec<f64> = (-8..=8).map(|i| f64::from(i) * 0.25).collect();
    for &w1 in &grid {
        for &w2 in &grid {
            for &b in &grid {
                let outputs = CORNERS.map(|x| step(w1 * x[0] + w2 * x[1] + b));
                assert_ne!(
                    outputs,
                    [0.0, 1.0, 1.0, 0.0],
                    "w = ({w1}, {w2}), b = {b} is XOR"
                );
            }
        }
    }
}
