//! Array shapes with 0, 1 or 2 dimensions, printed as Python tuples.

use std::fmt;

/// The shape of an array: a scalar (0-d), a vector (1-D) or a matrix (2-D).
///
/// Its [`Display`](fmt::Display) is NumPy's `str(arr.shape)`, a Python tuple:
/// note the trailing comma of a 1-tuple.
///
/// ```
/// use numpy_print::Shape;
///
/// assert_eq!(Shape::Scalar.to_string(), "()");
/// assert_eq!(Shape::Vector(2).to_string(), "(2,)");
/// assert_eq!(Shape::Matrix(3, 2).to_string(), "(3, 2)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// A 0-d array: one value, no brackets. Shape `()`.
    Scalar,
    /// A 1-D array of this many elements. Shape `(n,)`.
    Vector(usize),
    /// A 2-D array of (rows, columns). Shape `(r, c)`.
    Matrix(usize, usize),
}

impl Shape {
    /// The shape with these dimensions, as NumPy lists them in `arr.shape`,
    /// or `None` for more than 2 dimensions.
    ///
    /// ```
    /// use numpy_print::Shape;
    ///
    /// assert_eq!(Shape::from_dims(&[]), Some(Shape::Scalar));
    /// assert_eq!(Shape::from_dims(&[3, 2]), Some(Shape::Matrix(3, 2)));
    /// assert_eq!(Shape::from_dims(&[2, 2, 2]), None);
    /// ```
    pub fn from_dims(dims: &[usize]) -> Option<Self> {
        match *dims {
            [] => Some(Self::Scalar),
            [n] => Some(Self::Vector(n)),
            [rows, cols] => Some(Self::Matrix(rows, cols)),
            _ => None,
        }
    }

    /// The number of dimensions, NumPy's `arr.ndim`: 0, 1 or 2.
    ///
    /// ```
    /// use numpy_print::Shape;
    ///
    /// assert_eq!(Shape::Matrix(1, 4).ndim(), 2);
    /// ```
    pub fn ndim(self) -> usize {
        match self {
            Self::Scalar => 0,
            Self::Vector(_) => 1,
            Self::Matrix(..) => 2,
        }
    }

    /// The number of elements, NumPy's `arr.size`, or `None` if it would
    /// overflow `usize`.
    ///
    /// ```
    /// use numpy_print::Shape;
    ///
    /// assert_eq!(Shape::Scalar.size(), Some(1));
    /// assert_eq!(Shape::Matrix(3, 0).size(), Some(0));
    /// assert_eq!(Shape::Matrix(usize::MAX, 2).size(), None);
    /// ```
    pub fn size(self) -> Option<usize> {
        match self {
            Self::Scalar => Some(1),
            Self::Vector(n) => Some(n),
            Self::Matrix(rows, cols) => rows.checked_mul(cols),
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Scalar => f.write_str("()"),
            Self::Vector(n) => write!(f, "({n},)"),
            Self::Matrix(rows, cols) => write!(f, "({rows}, {cols})"),
        }
    }
}
