//! The fast crate's tests, in one binary: `cargo test -p fast`. Each proves
//! a fast path equal to the simple form it replaces.

// Helpers in test code may unwrap: a panic there is a failed test with a message.
#![allow(clippy::unwrap_used)]

mod accuracy;
mod activations;
mod arithmetic;
mod batch;
mod one;

/// Inputs where the fast sigmoid's machine-specific steps could part from
/// the portable ones: around ±746 (where the portable form's choice cuts
/// in) and ±750 (the AVX forms' limit) in steps of 1/128, the extremes, the
/// smallest normal and subnormal numbers, and the special values.
fn sigmoid_edges() -> Vec<f64> {
    let mut x: Vec<f64> = [744.0, 746.0, 750.0, 752.0]
        .iter()
        .flat_map(|&edge| (-400..=400).map(move |step| edge + f64::from(step) / 128.0))
        .flat_map(|v| [v, -v])
        .collect();
    x.extend([
        0.0,
        -0.0,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        f64::from_bits(1),
        -f64::from_bits(1),
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
    ]);
    x
}
