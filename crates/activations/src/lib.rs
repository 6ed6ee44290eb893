//! Activation functions: the small non-linear step between two layers of a
//! neural network.
//!
//! A layer first forms a weighted sum of its inputs, `u = W·x + b`. On its
//! own that is a linear map, and a stack of linear maps is still one linear
//! map, however deep. The *activation function* `h` bends it: the layer's
//! output is `z = h(u)`, applied to every element of `u`, and that `z` is the
//! next layer's input.
//!
//! This crate holds the activation functions of the tutorial:
//!
//! | function | formula | where the tutorial uses it |
//! |---|---|---|
//! | [`step`] | 1 if `x > 0`, else 0 | the perceptron's on/off signal |
//! | [`sigmoid`] | `1 / (1 + e^(-x))` | the hidden layers of the 3-layer network |
//! | [`relu`] | `x` if `x > 0`, else 0 | today's most common hidden activation |
//! | [`identity`] | `x` | the network's output layer |
//!
//! Each is a plain function of one number, generic over `f32` and `f64`,
//! with its derivative beside it ([`sigmoid_derivative`]), which the later
//! parts of the series need for training. NumPy applies `sigmoid(x)` to a
//! whole array at once; with nalgebra you say so with `map`, and `apply`
//! overwrites in place:
//!
//! ```
//! use activations::sigmoid;
//! use nalgebra::dvector;
//!
//! let u = dvector![-1.0, 0.0, 1.0];
//! let z = u.map(sigmoid); // a new vector, like NumPy's sigmoid(u)
//! assert_eq!(z[1], 0.5);
//!
//! let mut v = u.clone();
//! v.apply(|x| *x = sigmoid(*x)); // in place, no new vector
//! assert_eq!(v, z);
//! ```
//!
//! [`Activation`] names the functions at run time (`"sigmoid".parse()`), and
//! [`arange`] rebuilds the tutorial's plotting grid bit for bit.
//!
//! Two things go beyond the tutorial's NumPy code, and the book explains both:
//!
//! - [`sigmoid`] never overflows: the tutorial's formula, kept as
//!   [`sigmoid_naive`], computes `e^800 = inf` on the way to a correct 0 and
//!   flushes tiny results to 0 where a subnormal answer exists.
//! - NaN behaves exactly as in NumPy, and each function documents how.
//!
//! ```
//! use activations::{relu, sigmoid, step};
//!
//! assert_eq!(step(0.5_f64), 1.0);
//! assert_eq!(sigmoid(0.0_f64), 0.5);
//! assert_eq!(relu(-2.0_f32), 0.0);
//! ```

mod activation;
mod grid;
mod identity;
mod relu;
mod sigmoid;
mod step;

pub use activation::{Activation, UnknownActivation};
pub use grid::{ARANGE_MAX_POINTS, ArangeError, arange, plot_grid};
pub use identity::{identity, identity_derivative};
pub use relu::{relu, relu_derivative};
pub use sigmoid::{sigmoid, sigmoid_derivative, sigmoid_naive};
pub use step::{step, step_derivative, step_int};

/// The scalar types the activation functions work on: `f32` and `f64`.
///
/// This is [`num_traits::Float`], re-exported so that users of this crate can
/// write `T: Float` without adding a dependency.
///
/// ```
/// use activations::{Float, sigmoid};
///
/// fn halfway<T: Float>() -> T {
///     sigmoid(T::zero())
/// }
/// assert_eq!(halfway::<f32>(), 0.5);
/// ```
pub use num_traits::Float;
