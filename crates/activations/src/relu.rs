//! ReLU, the rectified linear unit.

use crate::Float;

/// ReLU: `x` for `x > 0`, otherwise 0. NumPy writes it `np.maximum(0, x)`.
///
/// Positive signals pass unchanged, so the gradient does not fade away as
/// it does in a saturated [`sigmoid`](crate::sigmoid); negative ones become
/// exactly 0, so many units are silent at once (a *sparse* activation).
///
/// NaN and signed zeros follow NumPy, not `f64::max`:
///
/// - `relu(NaN)` is NaN. `f64::max(0.0, NaN)` would quietly give 0 and
///   hide the bad value.
/// - `relu(-0.0)` is `-0.0`: the input is returned unchanged whenever it is
///   not below zero, as NumPy's `np.maximum(0, -0.0)` does on x86-64.
///   `-0.0 == 0.0`, so this only shows when printed (`-0.`).
///
/// ```
/// use activations::relu;
///
/// assert_eq!(relu(-3.0_f64), 0.0);
/// assert_eq!(relu(2.5_f32), 2.5);
/// assert!(relu(f64::NAN).is_nan());
/// assert!(relu(-0.0_f64).is_sign_negative());
/// ```
// ANCHOR: relu
pub fn relu<T: Float>(x: T) -> T {
    // `x < 0` is false for NaN and for -0.0, so both come back unchanged.
    if x < T::zero() { T::zero() } else { x }
}
// ANCHOR_END: relu

/// The derivative of [`relu`]: 1 for `x > 0`, otherwise 0 (NaN gives 0).
///
/// At `x = 0` ReLU has a corner; 0 is the usual convention there.
///
/// ```
/// use activations::relu_derivative;
///
/// assert_eq!(relu_derivative(4.0_f64), 1.0);
/// assert_eq!(relu_derivative(-4.0_f64), 0.0);
/// ```
pub fn relu_derivative<T: Float>(x: T) -> T {
    if x > T::zero() { T::one() } else { T::zero() }
}
