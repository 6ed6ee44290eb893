//! The same network with every size in its type: shape errors become
//! compile errors.
//!
//! NumPy only finds out that `np.dot(W2, z1)` has mismatched shapes when the
//! line runs. [`Network`](crate::Network) does better by checking once, when
//! the network is built. Here the compiler checks: a layer's sizes are const
//! generic parameters, nalgebra's [`SMatrix`] carries them, and
//! [`StaticNetwork`] only accepts layers whose sizes chain up. Nothing is
//! checked at run time, and nothing is allocated.
//!
//! A second layer that takes 2 inputs after a first layer that gives 3 is a
//! type error (E0308, mismatched types: expected `StaticLayer<3, _>`):
//!
//! ```compile_fail,E0308
//! use activations::Activation::Sigmoid;
//! use forward::static_network::{StaticLayer, StaticNetwork};
//! use nalgebra::{SMatrix, SVector, Vector2};
//!
//! let layer1 = StaticLayer::<2, 3> { weights: SMatrix::zeros(), bias: SVector::zeros(), activation: Sigmoid };
//! let layer2 = StaticLayer::<2, 2> { weights: SMatrix::zeros(), bias: SVector::zeros(), activation: Sigmoid };
//! let layer3 = StaticLayer::<2, 2> { weights: SMatrix::zeros(), bias: SVector::zeros(), activation: Sigmoid };
//! let network = StaticNetwork { layer1, layer2, layer3 };
//! ```
//!
//! With a second layer that takes 3 inputs, the same code compiles and runs
//! (a test checks that this is the only line that differs):
//!
//! ```
//! use activations::Activation::Sigmoid;
//! use forward::static_network::{StaticLayer, StaticNetwork};
//! use nalgebra::{SMatrix, SVector, Vector2};
//!
//! let layer1 = StaticLayer::<2, 3> { weights: SMatrix::zeros(), bias: SVector::zeros(), activation: Sigmoid };
//! let layer2 = StaticLayer::<3, 2> { weights: SMatrix::zeros(), bias: SVector::zeros(), activation: Sigmoid };
//! let layer3 = StaticLayer::<2, 2> { weights: SMatrix::zeros(), bias: SVector::zeros(), activation: Sigmoid };
//! let network = StaticNetwork { layer1, layer2, layer3 };
//! assert_eq!(network.forward(&Vector2::new(1.0, 0.5)).y, Vector2::new(0.5, 0.5));
//! ```

use activations::Activation;
use nalgebra::{SMatrix, SVector};

/// A layer taking `INPUTS` numbers and giving `OUTPUTS`: `z = h(W·x + b)`.
///
/// ```
/// use activations::Activation;
/// use forward::static_network::StaticLayer;
/// use nalgebra::{Matrix2, Vector2};
///
/// let layer = StaticLayer { weights: Matrix2::identity(), bias: Vector2::new(0.0, 1.0), activation: Activation::Relu };
/// let (u, z) = layer.forward(&Vector2::new(-3.0, 2.0));
/// assert_eq!(u, Vector2::new(-3.0, 3.0));
/// assert_eq!(z, Vector2::new(0.0, 3.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StaticLayer<const INPUTS: usize, const OUTPUTS: usize> {
    /// `W`: one row per output, one column per input.
    pub weights: SMatrix<f64, OUTPUTS, INPUTS>,
    /// `b`: one value per output.
    pub bias: SVector<f64, OUTPUTS>,
    /// `h`, applied to every element of `u`.
    pub activation: Activation,
}

impl<const INPUTS: usize, const OUTPUTS: usize> StaticLayer<INPUTS, OUTPUTS> {
    /// Returns `(u, z)`: the weighted input `W·x + b` and the output `h(u)`.
    ///
    /// ```
    /// let network = forward::tutorial::static_network();
    /// let (u1, _z1) = network.layer1.forward(&nalgebra::Vector2::new(1.0, 0.5));
    /// assert_eq!(u1.len(), 3);
    /// ```
    pub fn forward(
        &self,
        x: &SVector<f64, INPUTS>,
    ) -> (SVector<f64, OUTPUTS>, SVector<f64, OUTPUTS>) {
        let u = self.weights * x + self.bias;
        let z = u.map(|u| self.activation.apply(u));
        (u, z)
    }
}

/// A 3-layer network `INPUTS → HIDDEN1 → HIDDEN2 → OUTPUTS` whose sizes are
/// checked by the compiler.
///
/// ```
/// use nalgebra::Vector2;
///
/// let network = forward::tutorial::static_network(); // StaticNetwork<2, 3, 2, 2>
/// let trace = network.forward(&Vector2::new(1.0, 0.5));
/// assert_eq!(trace.u1.len(), 3);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StaticNetwork<
    const INPUTS: usize,
    const HIDDEN1: usize,
    const HIDDEN2: usize,
    const OUTPUTS: usize,
> {
    /// Input to the first hidden layer.
    pub layer1: StaticLayer<INPUTS, HIDDEN1>,
    /// First hidden layer to the second.
    pub layer2: StaticLayer<HIDDEN1, HIDDEN2>,
    /// Second hidden layer to the output.
    pub layer3: StaticLayer<HIDDEN2, OUTPUTS>,
}

/// Every value of one pass through a [`StaticNetwork`], each with its size
/// in its type.
///
/// ```
/// let trace = forward::tutorial::static_network().forward(&nalgebra::Vector2::new(1.0, 0.5));
/// assert_eq!(trace.u1[0], 0.30000000000000004);
/// assert_eq!(trace.z1, trace.u1.map(activations::sigmoid));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StaticTrace<
    const INPUTS: usize,
    const HIDDEN1: usize,
    const HIDDEN2: usize,
    const OUTPUTS: usize,
> {
    /// The input `x`.
    pub x: SVector<f64, INPUTS>,
    /// Layer 1's weighted input.
    pub u1: SVector<f64, HIDDEN1>,
    /// Layer 1's output.
    pub z1: SVector<f64, HIDDEN1>,
    /// Layer 2's weighted input.
    pub u2: SVector<f64, HIDDEN2>,
    /// Layer 2's output.
    pub z2: SVector<f64, HIDDEN2>,
    /// Layer 3's weighted input.
    pub u3: SVector<f64, OUTPUTS>,
    /// The network's output, `h3(u3)`.
    pub y: SVector<f64, OUTPUTS>,
}

impl<const INPUTS: usize, const HIDDEN1: usize, const HIDDEN2: usize, const OUTPUTS: usize>
    StaticNetwork<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>
{
    /// Runs `x` through the three layers, keeping every intermediate.
    ///
    /// ```
    /// use nalgebra::Vector2;
    ///
    /// let trace = forward::tutorial::static_network().forward(&Vector2::new(1.0, 0.5));
    /// assert_eq!(trace.y, trace.u3); // the output layer is the identity
    /// ```
    pub fn forward(
        &self,
        x: &SVector<f64, INPUTS>,
    ) -> StaticTrace<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS> {
        let (u1, z1) = self.layer1.forward(x);
        let (u2, z2) = self.layer2.forward(&z1);
        let (u3, y) = self.layer3.forward(&z2);
        StaticTrace {
            x: *x,
            u1,
            z1,
            u2,
            z2,
            u3,
            y,
        }
    }
}
