//! Every intermediate value of one forward pass.

use nalgebra::DVector;

/// What one layer computed: its weighted input `u` and its output `z`.
///
/// ```
/// let trace = forward::tutorial::network().forward(&forward::tutorial::input())?;
/// let first = &trace.layers()[0];
/// assert_eq!(first.z, first.u.map(activations::sigmoid));
/// # Ok::<(), forward::InputError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LayerTrace {
    /// The weighted input `u = W·x + b` (the tutorial's 総入力).
    pub u: DVector<f64>,
    /// The output `z = h(u)`: the next layer's input, or the network's
    /// output `y` for the last layer.
    pub z: DVector<f64>,
}

/// Every value a forward pass computed, from the input `x` to the output
/// `y`, so that each step can be inspected and printed.
///
/// ```
/// let trace = forward::tutorial::network().forward(&forward::tutorial::input())?;
/// assert_eq!(trace.input().len(), 2);
/// assert_eq!(trace.layers().len(), 3);
/// assert_eq!(trace.output(), &trace.layers()[2].z);
/// # Ok::<(), forward::InputError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Trace {
    input: DVector<f64>,
    layers: Vec<LayerTrace>,
}

impl Trace {
    pub(crate) fn new(input: DVector<f64>, layers: Vec<LayerTrace>) -> Self {
        Self { input, layers }
    }

    /// The input `x`.
    ///
    /// ```
    /// let trace = forward::tutorial::network().forward(&forward::tutorial::input())?;
    /// assert_eq!(trace.input(), &forward::tutorial::input());
    /// # Ok::<(), forward::InputError>(())
    /// ```
    pub fn input(&self) -> &DVector<f64> {
        &self.input
    }

    /// One entry per layer, first to last: `u1, z1`, `u2, z2`, ...
    ///
    /// ```
    /// let trace = forward::tutorial::network().forward(&forward::tutorial::input())?;
    /// assert_eq!(trace.layers()[1].u.len(), 2);
    /// # Ok::<(), forward::InputError>(())
    /// ```
    pub fn layers(&self) -> &[LayerTrace] {
        &self.layers
    }

    /// The network's output `y`: the last layer's `z`.
    ///
    /// ```
    /// let trace = forward::tutorial::network().forward(&forward::tutorial::input())?;
    /// assert_eq!(trace.output().len(), 2);
    /// # Ok::<(), forward::InputError>(())
    /// ```
    pub fn output(&self) -> &DVector<f64> {
        // A network always has a layer; fall back to x rather than panic.
        self.layers.last().map_or(&self.input, |last| &last.z)
    }
}
