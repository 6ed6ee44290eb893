//! The step function: the perceptron's all-or-nothing signal.

use crate::Float;

/// The step function: 1 when `x > 0`, otherwise 0.
///
/// It passes a signal on (1) or blocks it (0), nothing in between. This is
/// NumPy's `(x > 0).astype(float)`, so `step(0.0)` is 0 and so is
/// `step(NaN)`: a comparison with NaN is always false.
///
/// ```
/// use activations::step;
///
/// assert_eq!(step(-1.0_f64), 0.0);
/// assert_eq!(step(0.0_f64), 0.0);
/// assert_eq!(step(0.1_f32), 1.0);
/// assert_eq!(step(f64::NAN), 0.0);
/// ```
// ANCHOR: step
pub fn step<T: Float>(x: T) -> T {
    if x > T::zero() { T::one() } else { T::zero() }
}
// ANCHOR_END: step

/// The step function as an integer, like the tutorial's
/// `(x > 0).astype(int)`: 1 when `x > 0`, otherwise 0 (NaN gives 0).
///
/// NumPy prints integer arrays as `[0 0 1]` and float arrays as `[0. 0. 1.]`,
/// so reproducing the tutorial's printout needs the integer form.
///
/// ```
/// use activations::step_int;
///
/// assert_eq!(step_int(3.0_f64), 1);
/// assert_eq!(step_int(-3.0_f64), 0);
/// ```
pub fn step_int<T: Float>(x: T) -> i64 {
    i64::from(x > T::zero())
}

/// The derivative of [`step`]: 0 everywhere, NaN included.
///
/// At `x = 0` the step jumps and has no derivative; 0 is the usual
/// convention there. A zero gradient everywhere is why the step function
/// cannot be trained by gradient descent (part 4 of the series).
///
/// ```
/// use activations::step_derivative;
///
/// assert_eq!(step_derivative(0.5_f64), 0.0);
/// ```
pub fn step_derivative<T: Float>(_x: T) -> T {
    T::zero()
}
