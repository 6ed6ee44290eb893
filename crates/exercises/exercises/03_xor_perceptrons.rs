//! # Exercise 3: XOR from two layers of step units
//!
//! Chapter 2, [The step function](../../../book/src/ch02-step.md).
//!
//! A unit with the step function (a perceptron) computes
//! `step(w1·x1 + w2·x2 + b)`: 1 on one side of a straight line, 0 on the
//! other. On the inputs 0 and 1 it can be AND, OR or NAND, but not XOR
//! (1 when exactly one input is 1): no straight line puts (0, 1) and (1, 0)
//! on one side and (0, 0) and (1, 1) on the other. Two layers can.
//!
//! 1. `unit`: one step unit, with `activations::step`.
//! 2. `and_unit`, `or_unit`, `nand_unit`: the weights and bias of a unit
//!    that computes each one on the inputs 0 and 1.
//! 3. `xor`: a network of your units. Layer 1 has two units, NAND and OR;
//!    layer 2 is one AND unit of their outputs. The tests check the truth
//!    table, and that `xor` is exactly that network, on inputs that are
//!    not 0 or 1 too, so an `if` on the inputs does not pass.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 3`), or run
//! only its tests with `cargo test -p exercises --test 03_xor_perceptrons`.

use activations::step;

/// A unit's weights `[w1, w2]` and bias `b`.
pub type Unit = ([f64; 2], f64);

/// One step unit: `step(w1·x1 + w2·x2 + b)`, 0.0 or 1.0.
pub fn unit((weights, bias): Unit, x: [f64; 2]) -> f64 {
    // TODO: the weighted sum plus the bias, through the step function.
    todo!()
}

/// A unit that gives 1 only when both inputs are 1.
pub fn and_unit() -> Unit {
    // TODO: weights and a bias.
    todo!()
}

/// A unit that gives 1 when at least one input is 1.
pub fn or_unit() -> Unit {
    // TODO: weights and a bias.
    todo!()
}

/// A unit that gives 0 only when both inputs are 1.
pub fn nand_unit() -> Unit {
    // TODO: weights and a bias.
    todo!()
}

/// XOR as two layers of your units: AND of (NAND, OR).
pub fn xor(x: [f64; 2]) -> f64 {
    // TODO: layer 1, then layer 2.
    todo!()
}
