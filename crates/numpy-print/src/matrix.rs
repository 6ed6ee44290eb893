//! [`NumpyPrint`] for nalgebra vectors and matrices, and for plain scalars
//! and slices.

use nalgebra::{Dim, Matrix, RawStorage};

use crate::array::array_str;
use crate::{Element, NumpyPrint, Shape, repr};

/// The NumPy shape of a nalgebra matrix, decided by its *type*.
///
/// A matrix whose column count is the compile-time constant 1 (`U1`) is a
/// vector type (`DVector`, `Vector3`, `SVector`, their views) and prints
/// 1-D, like a NumPy vector. Every other matrix prints 2-D, even one whose
/// run-time column count happens to be 1: a `DMatrix` with one column is a
/// `(n, 1)` array in NumPy too. So is a 1 x n row vector: `[[...]]`.
fn numpy_shape_of<T, R: Dim, C: Dim, S: RawStorage<T, R, C>>(matrix: &Matrix<T, R, C, S>) -> Shape {
    // `try_to_usize` is `Some` only for compile-time dimensions; `Dyn` gives
    // `None` whatever its value.
    if C::try_to_usize() == Some(1) {
        Shape::Vector(matrix.nrows())
    } else {
        Shape::Matrix(matrix.nrows(), matrix.ncols())
    }
}

/// Vectors and matrices of any storage: owned, views, static or dynamic.
///
/// ```
/// use nalgebra::{DMatrix, DVector, RowDVector, Vector3, dmatrix};
/// use numpy_print::NumpyPrint;
///
/// // Vector types print 1-D...
/// assert_eq!(Vector3::new(1_i64, 2, 3).numpy_str(), "[1 2 3]");
/// assert_eq!(DVector::from_vec(vec![1.0, 0.5]).numpy_shape(), "(2,)");
/// // ...everything else 2-D, a single row or column included.
/// assert_eq!(RowDVector::from_vec(vec![1.0, 0.5]).numpy_str(), "[[1.  0.5]]");
/// assert_eq!(DMatrix::from_element(2, 1, true).numpy_shape(), "(2, 1)");
/// // Views and transposes print their own elements.
/// let w2 = dmatrix![0.1, 0.2, 0.3; 0.4, 0.5, 0.6];
/// assert_eq!(w2.transpose().numpy_str(), "[[0.1 0.4]\n [0.2 0.5]\n [0.3 0.6]]");
/// assert_eq!(w2.column(2).numpy_str(), "[0.3 0.6]");
/// ```
impl<T, R, C, S> NumpyPrint for Matrix<T, R, C, S>
where
    T: Element,
    R: Dim,
    C: Dim,
    S: RawStorage<T, R, C>,
{
    fn numpy_str(&self) -> String {
        let shape = numpy_shape_of(self);
        let cols = self.ncols();
        // The algorithm reads values in row-major order; nalgebra stores
        // them column by column, so index by (row, column).
        array_str(shape, |i| self[(i / cols, i % cols)])
    }

    fn numpy_shape(&self) -> String {
        numpy_shape_of(self).to_string()
    }

    fn numpy_repr(&self) -> String {
        let shape = numpy_shape_of(self);
        let cols = self.ncols();
        repr::repr_text(shape, |i| self[(i / cols, i % cols)])
    }
}

/// A slice prints as a 1-D array, like `np.array(list)`.
///
/// ```
/// use numpy_print::NumpyPrint;
///
/// let values = vec![-5_i64, 100, 7];
/// assert_eq!(values.numpy_str(), "[ -5 100   7]");
/// assert_eq!(values.numpy_repr(), "array([ -5, 100,   7])");
/// ```
impl<T: Element> NumpyPrint for [T] {
    fn numpy_str(&self) -> String {
        array_str(Shape::Vector(self.len()), |i| self[i])
    }

    fn numpy_shape(&self) -> String {
        Shape::Vector(self.len()).to_string()
    }

    fn numpy_repr(&self) -> String {
        repr::repr_text(Shape::Vector(self.len()), |i| self[i])
    }
}

/// A Rust scalar (`f64`, `i64`, `bool`: every [`Element`]) stands for a
/// 0-d array, `np.array(x)`: no brackets, shape `()`. (A NumPy *scalar* such
/// as `np.float64(0.5)` has another repr, `np.float64(0.5)`, which this crate
/// doesn't produce.)
///
/// ```
/// use numpy_print::NumpyPrint;
///
/// assert_eq!(0.5.numpy_repr(), "array(0.5)");
/// assert_eq!(7_i64.numpy_shape(), "()");
/// assert_eq!(true.numpy_str(), "True");
/// ```
impl<T: Element> NumpyPrint for T {
    fn numpy_str(&self) -> String {
        array_str(Shape::Scalar, |_| *self)
    }

    fn numpy_shape(&self) -> String {
        Shape::Scalar.to_string()
    }

    fn numpy_repr(&self) -> String {
        repr::repr_text(Shape::Scalar, |_| *self)
    }
}
