//! [`ArrayView`]: a shape plus row-major values, the form the printing
//! algorithm works on, independent of nalgebra.

use std::error::Error;
use std::fmt;

use crate::{Element, NumpyPrint, Shape, layout, repr};

/// A read-only array of 0, 1 or 2 dimensions: a [`Shape`] and its values in
/// row-major (C) order, the order NumPy lists them in `arr.flatten()`.
///
/// ```
/// use numpy_print::{ArrayView, NumpyPrint, Shape};
///
/// let values = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
/// let w1 = ArrayView::new(Shape::Matrix(3, 2), &values)?;
/// assert_eq!(w1.numpy_str(), "[[0.1 0.2]\n [0.3 0.4]\n [0.5 0.6]]");
/// assert_eq!(w1.numpy_shape(), "(3, 2)");
/// # Ok::<(), numpy_print::ShapeMismatch>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ArrayView<'a, T> {
    shape: Shape,
    values: &'a [T],
}

impl<'a, T: Element> ArrayView<'a, T> {
    /// Views `values` as an array of this shape.
    ///
    /// # Errors
    ///
    /// [`ShapeMismatch`] if the number of values is not the shape's size
    /// (a 0-d array has exactly one value).
    ///
    /// ```
    /// use numpy_print::{ArrayView, Shape};
    ///
    /// assert!(ArrayView::new(Shape::Vector(2), &[1_i64, 2]).is_ok());
    /// let error = ArrayView::new(Shape::Matrix(3, 2), &[1_i64, 2]).unwrap_err();
    /// assert_eq!(error.to_string(), "shape (3, 2) needs 6 values, got 2");
    /// ```
    pub fn new(shape: Shape, values: &'a [T]) -> Result<Self, ShapeMismatch> {
        if shape.size() == Some(values.len()) {
            Ok(Self { shape, values })
        } else {
            Err(ShapeMismatch {
                shape,
                len: values.len(),
            })
        }
    }

    /// The array's shape.
    ///
    /// ```
    /// use numpy_print::{ArrayView, Shape};
    ///
    /// let view = ArrayView::new(Shape::Scalar, &[true])?;
    /// assert_eq!(view.shape(), Shape::Scalar);
    /// # Ok::<(), numpy_print::ShapeMismatch>(())
    /// ```
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// The values in row-major order.
    ///
    /// ```
    /// use numpy_print::{ArrayView, Shape};
    ///
    /// let view = ArrayView::new(Shape::Matrix(1, 2), &[1_i64, 2])?;
    /// assert_eq!(view.values(), [1, 2]);
    /// # Ok::<(), numpy_print::ShapeMismatch>(())
    /// ```
    pub fn values(&self) -> &'a [T] {
        self.values
    }
}

impl<T: Element> NumpyPrint for ArrayView<'_, T> {
    fn numpy_str(&self) -> String {
        array_str(self.shape, |i| self.values[i])
    }

    fn numpy_shape(&self) -> String {
        self.shape.to_string()
    }

    fn numpy_repr(&self) -> String {
        repr::repr_text(self.shape, |i| self.values[i])
    }
}

/// `str(arr)`: a 0-d array prints its value as Python would (`0.1`, not
/// `0.1` capped at 8 decimals), anything else goes through the layout.
pub(crate) fn array_str<T: Element>(shape: Shape, value_at: impl Fn(usize) -> T) -> String {
    match shape {
        Shape::Scalar => value_at(0).scalar_str(),
        _ => layout::render(shape, value_at, layout::STR),
    }
}

/// The values given to [`ArrayView::new`] don't fill the shape.
///
/// ```
/// use numpy_print::{ArrayView, Shape};
///
/// let error = ArrayView::new(Shape::Scalar, &[1.0, 2.0]).unwrap_err();
/// assert_eq!(error.to_string(), "shape () needs 1 value, got 2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeMismatch {
    shape: Shape,
    len: usize,
}

impl fmt::Display for ShapeMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shape = self.shape;
        match shape.size() {
            Some(1) => write!(f, "shape {shape} needs 1 value, got {}", self.len),
            Some(size) => write!(f, "shape {shape} needs {size} values, got {}", self.len),
            None => write!(f, "shape {shape} is too large to hold in memory"),
        }
    }
}

impl Error for ShapeMismatch {}
