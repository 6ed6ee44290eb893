//! Naming an activation function at run time.

use crate::Float;
use std::fmt;
use std::str::FromStr;

/// One of the activation functions, chosen by name at run time.
///
/// A network stores one per layer, and a network file or a command line
/// names it as text: `"sigmoid".parse()` gives [`Activation::Sigmoid`], and
/// `to_string()` gives the name back.
///
/// ```
/// use activations::Activation;
///
/// let h: Activation = "sigmoid".parse()?;
/// assert_eq!(h, Activation::Sigmoid);
/// assert_eq!(h.apply(0.0_f64), 0.5);
/// assert_eq!(h.derivative(0.0_f64), 0.25);
/// assert_eq!(h.to_string(), "sigmoid");
/// # Ok::<(), activations::UnknownActivation>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Activation {
    /// [`step`](crate::step): 1 if `x > 0`, else 0.
    Step,
    /// [`sigmoid`](crate::sigmoid): `1 / (1 + e^(-x))`.
    Sigmoid,
    /// [`relu`](crate::relu): `x` if `x > 0`, else 0.
    Relu,
    /// [`identity`](crate::identity): `x`.
    Identity,
}

impl Activation {
    /// Every activation, in the order the tutorial introduces them.
    ///
    /// ```
    /// use activations::Activation;
    ///
    /// let names: Vec<_> = Activation::ALL.iter().map(|h| h.name()).collect();
    /// assert_eq!(names, ["step", "sigmoid", "relu", "identity"]);
    /// ```
    pub const ALL: [Activation; 4] = [Self::Step, Self::Sigmoid, Self::Relu, Self::Identity];

    /// The name used in files and on the command line: `"sigmoid"`.
    ///
    /// ```
    /// assert_eq!(activations::Activation::Relu.name(), "relu");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Self::Step => "step",
            Self::Sigmoid => "sigmoid",
            Self::Relu => "relu",
            Self::Identity => "identity",
        }
    }

    /// Applies the function to one number.
    ///
    /// ```
    /// use activations::Activation;
    ///
    /// assert_eq!(Activation::Step.apply(2.0_f32), 1.0);
    /// ```
    pub fn apply<T: Float>(self, x: T) -> T {
        match self {
            Self::Step => crate::step(x),
            Self::Sigmoid => crate::sigmoid(x),
            Self::Relu => crate::relu(x),
            Self::Identity => crate::identity(x),
        }
    }

    /// The function's derivative at `x`, for training in later parts.
    ///
    /// ```
    /// use activations::Activation;
    ///
    /// assert_eq!(Activation::Relu.derivative(2.0_f64), 1.0);
    /// ```
    pub fn derivative<T: Float>(self, x: T) -> T {
        match self {
            Self::Step => crate::step_derivative(x),
            Self::Sigmoid => crate::sigmoid_derivative(x),
            Self::Relu => crate::relu_derivative(x),
            Self::Identity => crate::identity_derivative(x),
        }
    }
}

impl fmt::Display for Activation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Activation {
    type Err = UnknownActivation;

    /// Parses a name, ignoring ASCII case: `"ReLU"` is [`Activation::Relu`].
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|h| h.name().eq_ignore_ascii_case(name))
            .ok_or_else(|| UnknownActivation {
                name: name.to_owned(),
            })
    }
}

/// The error for a name that is not an activation; its message lists the
/// valid names.
///
/// ```
/// use activations::Activation;
///
/// let error = "tanh".parse::<Activation>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     r#"unknown activation "tanh": expected one of step, sigmoid, relu, identity"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownActivation {
    /// The name that was given.
    pub name: String,
}

impl fmt::Display for UnknownActivation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown activation {:?}: expected one of ", self.name)?;
        for (i, h) in Activation::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(h.name())?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownActivation {}
