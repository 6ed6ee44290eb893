//! Forward propagation through the tutorial's 3-layer network.
//!
//! A layer turns its input `x` into a *weighted input* `u = W·x + b` (the
//! tutorial's 総入力) and passes it through an activation function,
//! `z = h(u)`. Its output `z` is the next layer's input. The tutorial's
//! network has 2 inputs, hidden layers of 3 and 2 units with the sigmoid,
//! and 2 outputs with the identity:
//!
//! ```text
//! x (2) ─W1,b1→ u1 (3) ─sigmoid→ z1 ─W2,b2→ u2 (2) ─sigmoid→ z2 ─W3,b3→ u3 (2) = y
//! ```
//!
//! Weights follow the tutorial's column-vector convention: `W` has one row
//! per output and one column per input, so `W1` has shape (3, 2).
//!
//! This crate has two versions of that network:
//!
//! - [`Network`] holds any number of [`Layer`]s with sizes known only at run
//!   time, as NumPy arrays are. Mismatched shapes are caught when the network
//!   is built, as a [`NetworkError`] naming the layer and both shapes.
//! - [`static_network::StaticNetwork`] fixes every size in the type, so a
//!   mismatch does not compile at all.
//!
//! [`Network::forward`] returns a [`Trace`] of every intermediate value. The
//! `forward` binary (`cargo run -p forward`, in `src/bin/forward/`) prints
//! that trace exactly as the tutorial's NumPy code does, and can also run a
//! network of your own from a TOML file; its command-line and file-format
//! code stays there, out of the library you read.
//!
//! ```
//! use forward::tutorial;
//!
//! let trace = tutorial::network().forward(&tutorial::input())?;
//! let y = trace.output();
//! assert!((y[0] - 0.3168270764110298).abs() < 1e-15);
//! assert!((y[1] - 0.6962790898619668).abs() < 1e-15);
//! # Ok::<(), forward::InputError>(())
//! ```

mod layer;
mod network;
pub mod static_network;
mod trace;
pub mod tutorial;

pub use layer::{Layer, LayerError};
pub use network::{InputError, Network, NetworkError};
pub use trace::{LayerTrace, Trace};

/// A matrix shape displayed as NumPy prints it, `(3, 2)`, so that error
/// messages read like the tutorial's output.
///
/// ```
/// use forward::Shape;
///
/// assert_eq!(Shape { rows: 3, columns: 2 }.to_string(), "(3, 2)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// Rows: outputs, for a weight matrix.
    pub rows: usize,
    /// Columns: inputs, for a weight matrix.
    pub columns: usize,
}

impl Shape {
    /// The shape of a matrix.
    ///
    /// ```
    /// use forward::Shape;
    /// use nalgebra::DMatrix;
    ///
    /// assert_eq!(Shape::of(&DMatrix::<f64>::zeros(3, 2)).to_string(), "(3, 2)");
    /// ```
    pub fn of(matrix: &nalgebra::DMatrix<f64>) -> Self {
        Self {
            rows: matrix.nrows(),
            columns: matrix.ncols(),
        }
    }
}

impl std::fmt::Display for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "({}, {})", self.rows, self.columns)
    }
}
