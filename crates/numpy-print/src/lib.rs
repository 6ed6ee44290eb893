//! Prints nalgebra vectors, matrices and scalars exactly as NumPy does.
//!
//! The tutorial shows NumPy's output, so our demo has to print the same
//! text, byte for byte, for any array a learner might print: `str(arr)`,
//! `str(arr.shape)` and `repr(arr)` of float64 (`f64`), int64 (`i64`) and
//! bool arrays with 0, 1 or 2 dimensions, under NumPy's default print
//! options (checked against NumPy 2.4.6).
//!
//! ```
//! use nalgebra::{dvector, matrix};
//! use numpy_print::{NumpyPrint, print_vec};
//!
//! // The tutorial's first weight matrix, W1.
//! let w1 = matrix![0.1, 0.2; 0.3, 0.4; 0.5, 0.6];
//! assert_eq!(w1.numpy_str(), "[[0.1 0.2]\n [0.3 0.4]\n [0.5 0.6]]");
//! assert_eq!(w1.numpy_shape(), "(3, 2)");
//!
//! // Its network output, as a notebook would echo it.
//! let y = dvector![0.3168270764110298, 0.6962790898619668];
//! assert_eq!(y.numpy_repr(), "array([0.31682708, 0.69627909])");
//!
//! // The tutorial's print_vec, writing to any io::Write.
//! let mut out = Vec::new();
//! print_vec(&mut out, "W1", &w1)?;
//! assert_eq!(
//!     String::from_utf8_lossy(&out),
//!     "*** W1 ***\n[[0.1 0.2]\n [0.3 0.4]\n [0.5 0.6]]\nshape: (3, 2)\n\n"
//! );
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! # The rules in brief
//!
//! The full algorithm is in `shared/reference/numpy-print-spec.md`; the
//! code cites its sections.
//!
//! - **One format per array.** All elements get words of one width, chosen
//!   from all the *shown* values together: `[1.  0.5]` pads `1.` to the
//!   width of `0.5`, and columns line up.
//! - **Floats** use the shortest digits that read back to the same double,
//!   capped at 8 decimals (`0.33333333`), rounding ties to even, with
//!   trailing zeros dropped (`1.`, never `1.0`).
//! - **Scientific notation** (`1.e-05`) when a non-zero magnitude is
//!   `>= 1e8` or `< 1e-4`, or the largest is more than 1000 times the
//!   smallest; then every mantissa gets the same number of digits.
//! - **nan, inf, -0.** print as such, right-aligned to the common width.
//! - **Lines wrap** at 75 columns, continuation lines indented under the
//!   first element.
//! - **Large arrays** (more than 1000 elements) show 3 items at each end of
//!   every axis longer than 6, with `...` between.
//! - **0-d arrays** print their value as Python prints a number: `0.1`,
//!   `1.0`, `1e-05`, with all the digits it needs.
//!
//! # Which nalgebra types print 1-D
//!
//! NumPy tells a vector `(3,)` from a matrix `(3, 1)`; nalgebra's types tell
//! it too. A matrix whose column count is the *type* `U1` (every vector
//! type: `DVector`, `Vector3`, `SVector`, and their views) prints 1-D. Any
//! other matrix prints 2-D, including a `DMatrix` that happens to have one
//! column and a `RowDVector` (1 x n prints `[[...]]`).
//!
//! # Layout of the crate
//!
//! The algorithm works on a [`Shape`] and row-major values ([`ArrayView`]),
//! independent of nalgebra:
//!
//! - `digits`: the decimal digits of a double (shortest, correctly rounded);
//! - `float`: float64 words: positional or scientific, widths, nan and inf;
//! - [`Element`]: the words of float64, int64 and bool elements;
//! - `layout`: summarizing, wrapping, brackets (shared by `str` and `repr`);
//! - `repr`: `array(...)` with its `shape=` and `dtype=` notes.
//!
//! The tests check all of it against corpora of NumPy's own output
//! (`tests/data/numpy-print-*.jsonl`).

mod array;
mod digits;
mod element;
mod float;
mod layout;
mod matrix;
mod repr;
mod shape;

use std::io;

pub use array::{ArrayView, ShapeMismatch};
pub use element::Element;
pub use shape::Shape;

/// Text exactly as NumPy prints it.
///
/// Implemented for nalgebra vectors and matrices of `f64`, `i64` and `bool`
/// (any storage), for [`ArrayView`], for slices (1-D) and for the scalars
/// `f64`, `i64` and `bool` (0-d arrays).
///
/// ```
/// use nalgebra::dvector;
/// use numpy_print::NumpyPrint;
///
/// let x = dvector![1.0, 0.5];
/// assert_eq!(x.numpy_str(), "[1.  0.5]");
/// assert_eq!(x.numpy_shape(), "(2,)");
/// assert_eq!(x.numpy_repr(), "array([1. , 0.5])");
/// ```
pub trait NumpyPrint {
    /// NumPy's `str(arr)`, what `print(arr)` shows.
    ///
    /// ```
    /// use nalgebra::dmatrix;
    /// use numpy_print::NumpyPrint;
    ///
    /// assert_eq!(dmatrix![1_i64, -20; 300, 4].numpy_str(), "[[  1 -20]\n [300   4]]");
    /// assert_eq!((1.0 / 3.0).numpy_str(), "0.3333333333333333");
    /// ```
    fn numpy_str(&self) -> String;

    /// NumPy's `str(arr.shape)`: `()`, `(n,)` or `(rows, cols)`.
    ///
    /// ```
    /// use nalgebra::{DMatrix, RowDVector};
    /// use numpy_print::NumpyPrint;
    ///
    /// assert_eq!(DMatrix::<f64>::zeros(2, 0).numpy_shape(), "(2, 0)");
    /// assert_eq!(RowDVector::from_vec(vec![1_i64, 2]).numpy_shape(), "(1, 2)");
    /// assert_eq!(0.5.numpy_shape(), "()");
    /// ```
    fn numpy_shape(&self) -> String;

    /// NumPy's `repr(arr)`, what a notebook echoes: `array([1. , 0.5])`.
    ///
    /// ```
    /// use nalgebra::DVector;
    /// use numpy_print::NumpyPrint;
    ///
    /// assert_eq!((1.0 / 3.0).numpy_repr(), "array(0.33333333)");
    /// assert_eq!(DVector::<f64>::zeros(0).numpy_repr(), "array([], dtype=float64)");
    /// ```
    fn numpy_repr(&self) -> String;
}

/// The tutorial's `print_vec(text, vec)`: a label, the array, its shape and
/// a blank line, written to `out` (a `Vec<u8>` in tests, `io::stdout()` in
/// the demo).
///
/// Writes exactly `*** {label} ***\n{str}\nshape: {shape}\n\n`.
///
/// # Errors
///
/// Any error from writing to `out`.
///
/// ```
/// use nalgebra::dvector;
/// use numpy_print::print_vec;
///
/// let mut out = Vec::new();
/// print_vec(&mut out, "入力", &dvector![1.0, 0.5])?;
/// assert_eq!(String::from_utf8_lossy(&out), "*** 入力 ***\n[1.  0.5]\nshape: (2,)\n\n");
/// # Ok::<(), std::io::Error>(())
/// ```
// ANCHOR: print_vec
pub fn print_vec<W: io::Write + ?Sized>(
    out: &mut W,
    label: &str,
    value: &(impl NumpyPrint + ?Sized),
) -> io::Result<()> {
    write!(
        out,
        "*** {label} ***\n{}\nshape: {}\n\n",
        value.numpy_str(),
        value.numpy_shape()
    )
}
// ANCHOR_END: print_vec
