//! Applying a scalar function to every element of a vector or matrix.
//!
//! NumPy applies `np.exp(-x)` to a whole array at once. In Rust the scalar
//! function is the building block, and these two helpers lift it to any
//! nalgebra vector or matrix: static (`Vector3<f64>`) or dynamic
//! (`DVector<f64>`), owned or a view.

use nalgebra::allocator::Allocator;
use nalgebra::{DefaultAllocator, Dim, Matrix, OMatrix, RawStorage, RawStorageMut, Scalar};

/// Returns a new matrix of the same shape with `f` applied to every element.
///
/// Works for vectors too: in nalgebra a vector is a matrix with one column.
///
/// ```
/// use activations::{map_each, relu};
/// use nalgebra::dvector;
///
/// let u = dvector![-1.0, 0.5, 2.0];
/// assert_eq!(map_each(&u, relu), dvector![0.0, 0.5, 2.0]);
/// ```
pub fn map_each<T, U, R, C, S>(
    values: &Matrix<T, R, C, S>,
    f: impl FnMut(T) -> U,
) -> OMatrix<U, R, C>
where
    T: Scalar,
    U: Scalar,
    R: Dim,
    C: Dim,
    S: RawStorage<T, R, C>,
    DefaultAllocator: Allocator<R, C>,
{
    values.map(f)
}

/// Replaces every element of `values` with `f` of it, without allocating.
///
/// ```
/// use activations::{map_in_place, relu};
/// use nalgebra::matrix;
///
/// let mut u = matrix![-1.0, 2.0; 3.0, -4.0];
/// map_in_place(&mut u, relu);
/// assert_eq!(u, matrix![0.0, 2.0; 3.0, 0.0]);
/// ```
pub fn map_in_place<T, R, C, S>(values: &mut Matrix<T, R, C, S>, mut f: impl FnMut(T) -> T)
where
    T: Scalar,
    R: Dim,
    C: Dim,
    S: RawStorageMut<T, R, C>,
{
    values.apply(|element| *element = f(element.clone()));
}

/// Writes the allocating and the in-place elementwise form of a scalar
/// activation, with their docs. Every activation module uses it, so the four
/// pairs cannot drift apart.
macro_rules! elementwise_forms {
    ($scalar:ident => $each:ident, $in_place:ident, example: $input:expr => $output:expr) => {
        #[doc = concat!("[`", stringify!($scalar), "`] of every element, as a new vector or matrix of the same shape.")]
        ///
        /// ```
        #[doc = concat!("use activations::", stringify!($each), ";")]
        /// use nalgebra::dvector;
        ///
        #[doc = concat!("let u = dvector!", stringify!($input), ";")]
        #[doc = concat!("assert_eq!(", stringify!($each), "(&u), dvector!", stringify!($output), ");")]
        /// ```
        pub fn $each<T, R, C, S>(
            values: &nalgebra::Matrix<T, R, C, S>,
        ) -> nalgebra::OMatrix<T, R, C>
        where
            T: num_traits::Float + nalgebra::Scalar,
            R: nalgebra::Dim,
            C: nalgebra::Dim,
            S: nalgebra::RawStorage<T, R, C>,
            nalgebra::DefaultAllocator: nalgebra::allocator::Allocator<R, C>,
        {
            $crate::map_each(values, $scalar)
        }

        #[doc = concat!("[`", stringify!($scalar), "`] of every element, overwriting `values` (no allocation).")]
        ///
        /// ```
        #[doc = concat!("use activations::", stringify!($in_place), ";")]
        /// use nalgebra::dvector;
        ///
        #[doc = concat!("let mut u = dvector!", stringify!($input), ";")]
        #[doc = concat!(stringify!($in_place), "(&mut u);")]
        #[doc = concat!("assert_eq!(u, dvector!", stringify!($output), ");")]
        /// ```
        pub fn $in_place<T, R, C, S>(values: &mut nalgebra::Matrix<T, R, C, S>)
        where
            T: num_traits::Float + nalgebra::Scalar,
            R: nalgebra::Dim,
            C: nalgebra::Dim,
            S: nalgebra::RawStorageMut<T, R, C>,
        {
            $crate::map_in_place(values, $scalar);
        }
    };
}
pub(crate) use elementwise_forms;
