//! The sigmoid (logistic) function, computed so that it never overflows.

use crate::Float;

/// The sigmoid exactly as the tutorial writes it: `1 / (1 + e^(-x))`.
///
/// Kept for comparison with [`sigmoid`]. It is accurate for moderate `x`,
/// but for `x < -709.78` (f64) `e^(-x)` overflows to infinity: the result,
/// `1 / inf = 0`, is still the right limit, yet NumPy warns about the
/// overflow, and for `-745 < x < -709.78` the true answer is a tiny
/// subnormal number that this formula flushes to 0.
///
/// ```
/// use activations::{sigmoid, sigmoid_naive};
///
/// assert_eq!(sigmoid_naive(0.0_f64), 0.5);
/// // e^710 overflows, so the naive form loses a representable answer.
/// assert_eq!(sigmoid_naive(-710.0_f64), 0.0);
/// assert!(sigmoid(-710.0_f64) > 0.0);
/// ```
// ANCHOR: naive
pub fn sigmoid_naive<T: Float>(x: T) -> T {
    T::one() / (T::one() + (-x).exp())
}
// ANCHOR_END: naive

/// The sigmoid `1 / (1 + e^(-x))`, squashing any number into `[0, 1]`.
///
/// Large negative inputs give values near 0, large positive ones values
/// near 1, and `sigmoid(0) = 0.5`. Unlike [`sigmoid_naive`], it only ever
/// takes `e` to a power that is zero or negative, so nothing overflows:
///
/// - for `x >= 0` it computes `1 / (1 + e^(-x))`;
/// - for `x < 0` it computes `e^x / (1 + e^x)`, the same value multiplied
///   through by `e^x`.
///
/// For `f64` the result is within 2 ulp of the correctly rounded value
/// everywhere (checked against a 200-bit reference), subnormal results
/// included. `sigmoid(NaN)` is NaN, `sigmoid(-inf)` is 0, `sigmoid(inf)`
/// is 1.
///
/// ```
/// use activations::sigmoid;
///
/// assert_eq!(sigmoid(0.0_f64), 0.5);
/// assert!((sigmoid(1.0_f64) - 0.7310585786300049).abs() < 1e-16);
/// assert_eq!(sigmoid(-800.0_f64), 0.0);
/// assert_eq!(sigmoid(800.0_f32), 1.0);
/// assert!(sigmoid(f64::NAN).is_nan());
/// ```
// ANCHOR: stable
pub fn sigmoid<T: Float>(x: T) -> T {
    if x >= T::zero() {
        T::one() / (T::one() + (-x).exp())
    } else {
        // Here e^x is in (0, 1): no overflow, and no cancellation either.
        let e = x.exp();
        e / (T::one() + e)
    }
}
// ANCHOR_END: stable

/// The derivative of [`sigmoid`]: `s · (1 - s)` where `s = sigmoid(x)`.
///
/// Written as `s(1 - s)` it loses all precision for large `x`, where `s`
/// rounds to 1 and `1 - s` to 0. This uses the equal form
/// `e / (1 + e)²` with `e = e^(-|x|)`, which never overflows. For f64 it
/// is at most 3 ulp from the correctly rounded value on every row of the
/// reference file (`tests/data/activations-f64.tsv`); the tests allow 4.
/// Its peak is `0.25` at `x = 0`; NaN gives NaN and `±inf` give 0.
///
/// ```
/// use activations::{sigmoid, sigmoid_derivative};
///
/// assert_eq!(sigmoid_derivative(0.0_f64), 0.25);
/// let s = sigmoid(1.5_f64);
/// assert!((sigmoid_derivative(1.5_f64) - s * (1.0 - s)).abs() < 1e-16);
/// ```
// ANCHOR: derivative
pub fn sigmoid_derivative<T: Float>(x: T) -> T {
    let e = (-x.abs()).exp();
    let one_plus_e = T::one() + e;
    e / (one_plus_e * one_plus_e)
}
// ANCHOR_END: derivative
