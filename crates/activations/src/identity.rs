//! The identity: the output layer's activation in the tutorial's network.

use crate::Float;

/// The identity, `h(x) = x`: the value passes through unchanged.
///
/// The tutorial's output layer uses it (`y = u3`), which suits regression;
/// part 3 of the series swaps in softmax for classification.
///
/// ```
/// use activations::identity;
///
/// assert_eq!(identity(0.31682708_f64), 0.31682708);
/// ```
pub fn identity<T: Float>(x: T) -> T {
    x
}

/// The derivative of [`identity`]: 1 everywhere, NaN included.
///
/// ```
/// use activations::identity_derivative;
///
/// assert_eq!(identity_derivative(-7.0_f64), 1.0);
/// ```
pub fn identity_derivative<T: Float>(_x: T) -> T {
    T::one()
}
