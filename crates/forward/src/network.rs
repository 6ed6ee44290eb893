//! A network: layers in order, each feeding the next.

use crate::{Layer, LayerError, LayerTrace, Shape, Trace};
use nalgebra::{DMatrix, DVector};
use std::fmt;

/// Layers in order: the output of each is the input of the next.
///
/// Sizes are only known at run time, so [`Network::new`] checks that each
/// layer takes as many inputs as the one before gives outputs.
///
/// ```
/// use forward::tutorial;
///
/// let network = tutorial::network();
/// assert_eq!(network.layers().len(), 3);
/// assert_eq!((network.inputs(), network.outputs()), (2, 2));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Network {
    layers: Vec<Layer>,
}

impl Network {
    /// Builds a network from its layers, first to last.
    ///
    /// # Errors
    ///
    /// [`NetworkError::Empty`] for no layers, and [`NetworkError::Mismatch`]
    /// when a layer's weights have a different number of columns than the
    /// previous layer has outputs.
    ///
    /// ```
    /// use activations::Activation::Sigmoid;
    /// use forward::{Layer, Network};
    /// use nalgebra::{DMatrix, DVector};
    ///
    /// let layer1 = Layer::new(DMatrix::zeros(3, 2), DVector::zeros(3), Sigmoid)?;
    /// let layer2 = Layer::new(DMatrix::zeros(2, 4), DVector::zeros(2), Sigmoid)?;
    /// let error = Network::new(vec![layer1, layer2]).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "layer 2: W2 has shape (2, 4), so it takes 4 inputs, but layer 1 gives 3 outputs (W1 has shape (3, 2))"
    /// );
    /// # Ok::<(), forward::LayerError>(())
    /// ```
    pub fn new(layers: Vec<Layer>) -> Result<Self, NetworkError> {
        if layers.is_empty() {
            return Err(NetworkError::Empty);
        }
        for (index, pair) in layers.windows(2).enumerate() {
            let (previous, layer) = (&pair[0], &pair[1]);
            if layer.inputs() != previous.outputs() {
                return Err(NetworkError::Mismatch {
                    layer: index + 2,
                    shape: Shape::of(layer.weights()),
                    previous_shape: Shape::of(previous.weights()),
                });
            }
        }
        Ok(Self { layers })
    }

    /// The layers, first to last.
    ///
    /// ```
    /// let network = forward::tutorial::network();
    /// assert_eq!(network.layers()[0].outputs(), 3);
    /// ```
    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    /// How many numbers the network takes in (the first layer's inputs).
    ///
    /// ```
    /// assert_eq!(forward::tutorial::network().inputs(), 2);
    /// ```
    pub fn inputs(&self) -> usize {
        self.layers.first().map_or(0, Layer::inputs)
    }

    /// How many numbers the network gives out (the last layer's outputs).
    ///
    /// ```
    /// assert_eq!(forward::tutorial::network().outputs(), 2);
    /// ```
    pub fn outputs(&self) -> usize {
        self.layers.last().map_or(0, Layer::outputs)
    }

    /// Runs `x` through every layer and returns every intermediate value.
    ///
    /// # Errors
    ///
    /// [`InputError`] when `x` does not have [`inputs`](Self::inputs) values.
    ///
    /// ```
    /// use forward::tutorial;
    ///
    /// let trace = tutorial::network().forward(&tutorial::input())?;
    /// assert_eq!(trace.layers().len(), 3);
    /// assert_eq!(trace.layers()[0].u.len(), 3);
    /// # Ok::<(), forward::InputError>(())
    /// ```
    // ANCHOR: forward
    pub fn forward(&self, x: &DVector<f64>) -> Result<Trace, InputError> {
        self.check_input_length(x.len())?;
        let mut steps: Vec<LayerTrace> = Vec::with_capacity(self.layers.len());
        for layer in &self.layers {
            // The first layer reads x; every later one reads the z before it.
            let layer_input = steps.last().map_or(x, |previous| &previous.z);
            steps.push(layer.forward_checked(layer_input));
        }
        Ok(Trace::new(x.clone(), steps))
    }
    // ANCHOR_END: forward

    /// Runs many inputs at once: one sample per row of `inputs`, as in
    /// NumPy's batched form `X @ W.T + b`. Returns one row of outputs per
    /// sample.
    ///
    /// Each layer is one matrix product over the whole batch, so the result
    /// equals running [`forward`](Self::forward) on each row, up to the
    /// rounding of the product's sums (the matrix product may fuse a
    /// multiply and an add).
    ///
    /// # Errors
    ///
    /// [`InputError`] when `inputs` does not have [`inputs`](Self::inputs)
    /// columns.
    ///
    /// ```
    /// use forward::tutorial;
    /// use nalgebra::DMatrix;
    ///
    /// let network = tutorial::network();
    /// let batch = DMatrix::from_row_slice(2, 2, &[1.0, 0.5, 1.0, 0.5]);
    /// let outputs = network.forward_batch(&batch)?;
    /// assert_eq!(outputs.shape(), (2, 2));
    /// assert_eq!(outputs.row(0), outputs.row(1));
    /// # Ok::<(), forward::InputError>(())
    /// ```
    pub fn forward_batch(&self, inputs: &DMatrix<f64>) -> Result<DMatrix<f64>, InputError> {
        self.check_input_length(inputs.ncols())?;
        let mut z = inputs.clone();
        for layer in &self.layers {
            // Row n of u is W·(row n of z) + b, for every sample n at once.
            let mut u = &z * layer.weights().transpose();
            for (mut column, &b) in u.column_iter_mut().zip(layer.bias().iter()) {
                column.add_scalar_mut(b);
            }
            u.apply(|u| *u = layer.activation().apply(*u));
            z = u;
        }
        Ok(z)
    }

    /// Checks that an input of `length` values fits the first layer.
    ///
    /// # Errors
    ///
    /// [`InputError`] when it does not.
    ///
    /// ```
    /// let network = forward::tutorial::network();
    /// assert!(network.check_input_length(2).is_ok());
    /// assert!(network.check_input_length(3).is_err());
    /// ```
    pub fn check_input_length(&self, length: usize) -> Result<(), InputError> {
        // `new` refuses an empty network, so there is a first layer.
        let first = &self.layers[0];
        if length == first.inputs() {
            Ok(())
        } else {
            Err(InputError {
                length,
                shape: Shape::of(first.weights()),
            })
        }
    }
}

/// Why [`Network::new`] refused its layers.
///
/// ```
/// use forward::{Network, NetworkError};
///
/// assert_eq!(Network::new(vec![]), Err(NetworkError::Empty));
/// assert_eq!(NetworkError::Empty.to_string(), "the network has no layers: it needs at least one");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum NetworkError {
    /// There were no layers.
    Empty,
    /// A layer could not be built (raised by code that builds layers and
    /// the network together, such as a network file).
    Layer {
        /// Which layer, counting from 1.
        layer: usize,
        /// What was wrong with it.
        error: LayerError,
    },
    /// A layer's weights do not take as many inputs as the previous layer
    /// gives outputs.
    Mismatch {
        /// Which layer, counting from 1.
        layer: usize,
        /// Its weights' shape: (2, 4) takes 4 inputs.
        shape: Shape,
        /// The previous layer's weights' shape: (3, 2) gives 3 outputs.
        previous_shape: Shape,
    },
}

impl fmt::Display for NetworkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the network has no layers: it needs at least one"),
            Self::Layer { layer, error } => write!(f, "layer {layer}: {error}"),
            Self::Mismatch {
                layer,
                shape,
                previous_shape,
            } => {
                let previous = layer - 1;
                write!(
                    f,
                    "layer {layer}: W{layer} has shape {shape}, so it takes {} inputs, \
                     but layer {previous} gives {} outputs (W{previous} has shape {previous_shape})",
                    shape.columns, previous_shape.rows
                )
            }
        }
    }
}

impl std::error::Error for NetworkError {}

/// The input given to [`Network::forward`] has the wrong length.
///
/// ```
/// use forward::tutorial;
/// use nalgebra::dvector;
///
/// let error = tutorial::network().forward(&dvector![1.0, 0.5, 0.0]).unwrap_err();
/// assert_eq!(error.to_string(), "the input has 3 values, but layer 1 takes 2 (W1 has shape (3, 2))");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// How many values the input has (columns, for a batch).
    pub length: usize,
    /// The first layer's weights' shape: (3, 2) takes 2 inputs.
    pub shape: Shape,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the input has {} values, but layer 1 takes {} (W1 has shape {})",
            self.length, self.shape.columns, self.shape
        )
    }
}

impl std::error::Error for InputError {}
