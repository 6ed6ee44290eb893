//! One layer: weights, bias and an activation function.

use crate::{LayerTrace, Shape};
use activations::Activation;
use nalgebra::{DMatrix, DVector};
use std::fmt;

/// One layer of a network: `u = W·x + b`, then `z = h(u)`.
///
/// `W` has one row per output and one column per input (the tutorial's
/// convention), `b` has one value per output, and `h` is applied to every
/// element of `u`.
///
/// ```
/// use activations::Activation;
/// use forward::Layer;
/// use nalgebra::{dmatrix, dvector};
///
/// let layer = Layer::new(dmatrix![0.1, 0.2; 0.3, 0.4; 0.5, 0.6], dvector![0.1, 0.2, 0.3], Activation::Sigmoid)?;
/// assert_eq!((layer.inputs(), layer.outputs()), (2, 3));
/// # Ok::<(), forward::LayerError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    weights: DMatrix<f64>,
    bias: DVector<f64>,
    activation: Activation,
}

impl Layer {
    /// Builds a layer, checking that the parts fit together.
    ///
    /// # Errors
    ///
    /// [`LayerError`] when `weights` has no rows or no columns, when `bias`
    /// does not have one value per row of `weights`, or when any number is
    /// NaN or infinite.
    ///
    /// ```
    /// use activations::Activation;
    /// use forward::Layer;
    /// use nalgebra::{dmatrix, dvector};
    ///
    /// let error = Layer::new(dmatrix![1.0, 2.0], dvector![0.1, 0.2], Activation::Relu).unwrap_err();
    /// assert_eq!(error.to_string(), "the bias has 2 values, but the weights have shape (1, 2): one value per row is needed");
    /// ```
    pub fn new(
        weights: DMatrix<f64>,
        bias: DVector<f64>,
        activation: Activation,
    ) -> Result<Self, LayerError> {
        if weights.is_empty() {
            return Err(LayerError::NoWeights {
                shape: Shape::of(&weights),
            });
        }
        if bias.len() != weights.nrows() {
            return Err(LayerError::BiasLength {
                bias: bias.len(),
                shape: Shape::of(&weights),
            });
        }
        // DMatrix iterates column by column; report positions as (row, column).
        let rows = weights.nrows();
        if let Some((i, &value)) = weights.iter().enumerate().find(|(_, v)| !v.is_finite()) {
            return Err(LayerError::NotFiniteWeight {
                row: i % rows,
                column: i / rows,
                value,
            });
        }
        if let Some((index, &value)) = bias.iter().enumerate().find(|(_, v)| !v.is_finite()) {
            return Err(LayerError::NotFiniteBias { index, value });
        }
        Ok(Self {
            weights,
            bias,
            activation,
        })
    }

    /// The weight matrix `W`, of shape (outputs, inputs).
    ///
    /// ```
    /// assert_eq!(forward::tutorial::network().layers()[0].weights().shape(), (3, 2));
    /// ```
    pub fn weights(&self) -> &DMatrix<f64> {
        &self.weights
    }

    /// The bias vector `b`, one value per output.
    ///
    /// ```
    /// assert_eq!(forward::tutorial::network().layers()[0].bias().len(), 3);
    /// ```
    pub fn bias(&self) -> &DVector<f64> {
        &self.bias
    }

    /// The activation function `h`.
    ///
    /// ```
    /// use activations::Activation;
    ///
    /// assert_eq!(forward::tutorial::network().layers()[2].activation(), Activation::Identity);
    /// ```
    pub fn activation(&self) -> Activation {
        self.activation
    }

    /// How many numbers the layer takes in: the number of columns of `W`.
    ///
    /// ```
    /// assert_eq!(forward::tutorial::network().layers()[1].inputs(), 3);
    /// ```
    pub fn inputs(&self) -> usize {
        self.weights.ncols()
    }

    /// How many numbers the layer gives out: the number of rows of `W`.
    ///
    /// ```
    /// assert_eq!(forward::tutorial::network().layers()[1].outputs(), 2);
    /// ```
    pub fn outputs(&self) -> usize {
        self.weights.nrows()
    }

    /// Runs the layer on `x`, which the caller has checked has
    /// [`inputs`](Self::inputs) values.
    pub(crate) fn forward_checked(&self, x: &DVector<f64>) -> LayerTrace {
        // ANCHOR: layer_forward
        let u = &self.weights * x + &self.bias; // u = W·x + b
        let z = u.map(|u| self.activation.apply(u)); // z = h(u)
        // ANCHOR_END: layer_forward
        LayerTrace { u, z }
    }
}

/// Why [`Layer::new`] refused its parts.
///
/// ```
/// use activations::Activation;
/// use forward::{Layer, LayerError, Shape};
/// use nalgebra::{DMatrix, DVector};
///
/// let error = Layer::new(DMatrix::zeros(2, 3), DVector::zeros(3), Activation::Relu).unwrap_err();
/// assert_eq!(error, LayerError::BiasLength { bias: 3, shape: Shape { rows: 2, columns: 3 } });
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum LayerError {
    /// The weight matrix has no rows or no columns.
    NoWeights {
        /// Its shape.
        shape: Shape,
    },
    /// The bias does not have one value per row of the weights.
    BiasLength {
        /// How many values the bias has.
        bias: usize,
        /// The weights' shape.
        shape: Shape,
    },
    /// A weight is NaN or infinite.
    NotFiniteWeight {
        /// Its row, from 0.
        row: usize,
        /// Its column, from 0.
        column: usize,
        /// The value found there.
        value: f64,
    },
    /// A bias value is NaN or infinite.
    NotFiniteBias {
        /// Its index, from 0.
        index: usize,
        /// The value found there.
        value: f64,
    },
}

impl fmt::Display for LayerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoWeights { shape } => {
                write!(
                    f,
                    "the weights have shape {shape}: a layer needs at least one row and one column"
                )
            }
            Self::BiasLength { bias, shape } => write!(
                f,
                "the bias has {bias} values, but the weights have shape {shape}: one value per row is needed"
            ),
            Self::NotFiniteWeight { row, column, value } => {
                write!(
                    f,
                    "weights[{row}, {column}] is {value}: weights must be finite numbers"
                )
            }
            Self::NotFiniteBias { index, value } => {
                write!(f, "bias[{index}] is {value}: biases must be finite numbers")
            }
        }
    }
}

impl std::error::Error for LayerError {}
