//! What "the fast forward pass gives the simple one's outputs" means, and
//! the two checks that prove it for [`fast::FastNetwork`] and
//! [`fast::forward_batch`] (see `one.rs` and `batch.rs`):
//!
//! 1. **The same arithmetic, bit for bit.** The fast forms compute every
//!    weighted sum with the same operations in the same order as nalgebra
//!    in [`Network::forward`], and differ only in the sigmoid's
//!    exponential. So they must give *exactly* what the simple layer code
//!    gives with [`fast::sigmoid`] in place of the simple sigmoid:
//!    [`with_fast_sigmoid`] computes that, and any other change (a fused
//!    multiply-add, another order, a wrong weight) shows as different bits.
//! 2. **Within the bound of the simple outputs.** The fast sigmoid is
//!    within 2 ulp of the simple one, but a later layer can magnify that
//!    difference: a sum that cancels (`0.7 - 0.69999...`) turns a last-digit
//!    difference into a large relative one, so "every output within 2 ulp"
//!    cannot hold for every network. [`bound`] follows the difference
//!    through the layers, as numerical analysis does for any two correct
//!    evaluations of the same formula: each sum's inputs may differ by what
//!    the layer before allows, each sum may round differently (by at most
//!    `γ = n·u/(1 - n·u)` of the sum of its terms' magnitudes, `u = 2^-53`,
//!    for `n` roundings), and each sigmoid adds the two sigmoids' own
//!    errors (within 2.5 ulp of the exact value each, 2 for the tested
//!    limit plus 1/2 for the rounding of the reference) and passes a
//!    difference of its input on at most a quarter as large (its slope is
//!    at most 1/4). Where the inputs are equal the bound is 0: the sums
//!    are then the same bits.
//!
//! NaN must come out as NaN, and infinities as the same infinities.

use activations::Activation;
use forward::{Network, Trace};
use nalgebra::DVector;
use proptest::prelude::*;

/// The simple layer code (`u = W·x + b`, `z = h(u)` with nalgebra, as in
/// `forward::Layer`), with [`fast::sigmoid`] for the sigmoid.
pub(crate) fn with_fast_sigmoid(network: &Network, x: &DVector<f64>) -> DVector<f64> {
    let mut z = x.clone();
    for layer in network.layers() {
        let u = layer.weights() * &z + layer.bias();
        z = match layer.activation() {
            Activation::Sigmoid => DVector::from_vec(fast::sigmoid(u.as_slice())),
            activation => u.map(|u| activation.apply(u)),
        };
    }
    z
}

/// Half the spacing of floats near 1 (`u` in numerical analysis).
const UNIT_ROUNDOFF: f64 = f64::EPSILON / 2.0;

/// `n` roundings in a row can be off by at most `γ = n·u/(1 - n·u)`
/// relative to the sum of the magnitudes of the terms.
fn gamma(n: usize) -> f64 {
    let nu = n as f64 * UNIT_ROUNDOFF;
    nu / (1.0 - nu)
}

/// A bound on the distance between each output of a correct evaluation
/// of `network` with the fast sigmoid and the simple one's, `trace`: see
/// the module's documentation. Infinite where the simple values are not
/// finite (the checks compare those exactly).
pub(crate) fn bound(network: &Network, trace: &Trace) -> DVector<f64> {
    let mut z = trace.input();
    let mut error = DVector::zeros(z.len());
    for (layer, step) in network.layers().iter().zip(trace.layers()) {
        let (weights, bias) = (layer.weights(), layer.bias());
        let inputs_differ = error.iter().any(|&e| e > 0.0);
        let mut next = DVector::zeros(bias.len());
        for i in 0..bias.len() {
            let row = weights.row(i);
            // |w|·v, with a weight of 0 adding nothing even to an infinity.
            let scaled = |w: f64, v: f64| if w == 0.0 { 0.0 } else { w.abs() * v };
            // Σ |w|·e: how far apart the exact sums of the two inputs can be.
            let carried: f64 = row.iter().zip(&error).map(|(&w, &e)| scaled(w, e)).sum();
            // Σ |w|·(|z| + e) + |b|: the size of the terms either side adds.
            let terms = row.iter().zip(z.iter().zip(&error));
            let size = terms
                .map(|(&w, (z, e))| scaled(w, z.abs() + e))
                .sum::<f64>()
                + bias[i].abs();
            let rounding = if inputs_differ {
                2.0 * gamma(row.len() + 1) * size
            } else {
                0.0
            };
            let e_u = carried + rounding;
            let (u, out) = (step.u[i], step.z[i]);
            next[i] = match layer.activation() {
                // The same sum of the same inputs: the same bits, infinite or not.
                _ if e_u == 0.0
                    && !(u.is_finite() && layer.activation() == Activation::Sigmoid) =>
                {
                    0.0
                }
                // sigmoid(±inf) is exactly 1 or 0 in both forms.
                Activation::Sigmoid if e_u == 0.0 && u.is_infinite() => 0.0,
                _ if !(u.is_finite() && out.is_finite() && e_u.is_finite()) => f64::INFINITY,
                Activation::Identity | Activation::Relu => e_u,
                // A difference can flip the step only where u is that close to 0.
                Activation::Step => {
                    if u.abs() <= e_u {
                        1.0
                    } else {
                        0.0
                    }
                }
                Activation::Sigmoid => {
                    // ulp(s) <= 2·u·s for normal s, and 2^-1074 below that.
                    let ulp = (2.0 * UNIT_ROUNDOFF * (out + e_u / 4.0)).max(f64::from_bits(1));
                    e_u / 4.0 + 5.0 * ulp
                }
            };
        }
        z = &step.z;
        error = next;
    }
    // Pad with slack for the bound's own rounding: 1 part in 10^6.
    error.map(|e| e * (1.0 + 1e-6))
}

/// Checks that `fast` is what the simple path gives with the fast sigmoid,
/// bit for bit, and within [`bound`] of what it gives (`trace`).
pub(crate) fn check_output(
    network: &Network,
    x: &DVector<f64>,
    trace: &Trace,
    fast: &[f64],
) -> Result<(), TestCaseError> {
    let exact = with_fast_sigmoid(network, x);
    let simple = trace.output();
    prop_assert_eq!(fast.len(), simple.len());
    let bound = bound(network, trace);
    for (i, &got) in fast.iter().enumerate() {
        let same_bits = got.to_bits() == exact[i].to_bits() || (got.is_nan() && exact[i].is_nan());
        prop_assert!(
            same_bits,
            "output {i} for x = {x:?}: fast {got:?}, simple arithmetic with the fast sigmoid {:?}",
            exact[i]
        );
        let want = simple[i];
        let close = if want.is_finite() {
            (got - want).abs() <= bound[i]
        } else {
            got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan())
        };
        prop_assert!(
            close,
            "output {i} for x = {x:?}: fast {got:?}, simple {want:?}, {:e} apart, bound {:e}",
            (got - want).abs(),
            bound[i]
        );
    }
    Ok(())
}

/// Inputs of every kind: ordinary, huge, any finite float, and specials.
pub(crate) fn input_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -10.0..10.0_f64,
        2 => -1000.0..1000.0_f64,
        1 => proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO,
        1 => prop::sample::select(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.0, 746.0, -746.0]),
    ]
}

/// Weights and biases a network may hold: finite (`Layer::new` refuses
/// others), mostly of order 1, sometimes exactly 0 or large.
pub(crate) fn parameter() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => -3.0..3.0_f64,
        1 => Just(0.0),
        1 => -200.0..200.0_f64,
    ]
}

/// Any of the four activations.
pub(crate) fn activation() -> impl Strategy<Value = Activation> {
    prop::sample::select(Activation::ALL.to_vec())
}
