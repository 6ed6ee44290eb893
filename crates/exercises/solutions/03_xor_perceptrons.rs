//! Exercise 3, solved: XOR from two layers of step units.
//!
//! The explanation is in the book's solutions page for chapter 2.

use activations::step;

/// A unit's weights `[w1, w2]` and bias `b`.
pub type Unit = ([f64; 2], f64);

/// One step unit: `step(w1·x1 + w2·x2 + b)`, 0.0 or 1.0.
// ANCHOR: solution
pub fn unit((weights, bias): Unit, x: [f64; 2]) -> f64 {
    step(weights[0] * x[0] + weights[1] * x[1] + bias)
}

/// AND: the sum of the inputs must pass 1.5, which only (1, 1) does.
pub fn and_unit() -> Unit {
    ([1.0, 1.0], -1.5)
}

/// OR: the sum must pass 0.5, which all but (0, 0) do.
pub fn or_unit() -> Unit {
    ([1.0, 1.0], -0.5)
}

/// NAND: AND with every sign turned round.
pub fn nand_unit() -> Unit {
    ([-1.0, -1.0], 1.5)
}

/// XOR: (0, 1) and (1, 0) are the points that are both "not both" (NAND)
/// and "at least one" (OR).
pub fn xor(x: [f64; 2]) -> f64 {
    let hidden = [unit(nand_unit(), x), unit(or_unit(), x)];
    unit(and_unit(), hidden)
}
// ANCHOR_END: solution
