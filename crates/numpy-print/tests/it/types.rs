//! Which Rust types print as which NumPy arrays, and `print_vec`.

use nalgebra::{
    DMatrix, DVector, Matrix2x3, RowDVector, RowVector3, SMatrix, SVector, Vector1, Vector3,
    dmatrix,
};
use numpy_print::{ArrayView, NumpyPrint, Shape, print_vec};

use crate::assert_prints;

#[test]
fn every_vector_type_prints_1d() {
    assert_prints(&Vector3::new(1.0, 2.0, 3.0), &["[1. 2. 3.]"], "(3,)");
    assert_prints(&SVector::<i64, 2>::new(4, 5), &["[4 5]"], "(2,)");
    assert_prints(&DVector::from_vec(vec![true]), &["[ True]"], "(1,)");
    assert_prints(&Vector1::new(0.5), &["[0.5]"], "(1,)");
}

/// The column count decides by type: a `DMatrix` with one column is a
/// (n, 1) array, as `np.array([[1.], [2.]])` is.
#[test]
fn a_dynamic_single_column_prints_2d() {
    let column = DMatrix::from_column_slice(2, 1, &[1.0, 2.0]);
    assert_prints(&column, &["[[1.]", " [2.]]"], "(2, 1)");
    assert_prints(&SMatrix::<i64, 2, 1>::new(1, 2), &["[1 2]"], "(2,)");
}

#[test]
fn row_vectors_print_2d() {
    assert_prints(
        &RowDVector::from_vec(vec![1.0, 0.5]),
        &["[[1.  0.5]]"],
        "(1, 2)",
    );
    assert_prints(&RowVector3::new(1_i64, 2, 3), &["[[1 2 3]]"], "(1, 3)");
}

#[test]
fn static_matrices_print_row_major() {
    let m = Matrix2x3::new(0.1, 0.2, 0.3, 0.4, 0.5, 0.6);
    assert_prints(&m, &["[[0.1 0.2 0.3]", " [0.4 0.5 0.6]]"], "(2, 3)");
}

/// Views print the elements they see, whatever their strides; a column
/// view of a `DMatrix` has a dynamic row count and a `U1` column count.
#[test]
fn views_and_transposes() {
    let m = dmatrix![1_i64, 2, 3; 4, 5, 6; 7, 8, 9];
    assert_prints(&m.column(1), &["[2 5 8]"], "(3,)");
    assert_prints(&m.row(1), &["[[4 5 6]]"], "(1, 3)");
    assert_prints(&m.view((1, 1), (2, 2)), &["[[5 6]", " [8 9]]"], "(2, 2)");
    assert_prints(
        &m.transpose(),
        &["[[1 4 7]", " [2 5 8]", " [3 6 9]]"],
        "(3, 3)",
    );
}

#[test]
fn slices_and_array_views() {
    assert_prints([1.0, 0.5].as_slice(), &["[1.  0.5]"], "(2,)");
    let values = [1_i64, 2, 3, 4, 5, 6];
    let view = ArrayView::new(Shape::Matrix(2, 3), &values).unwrap();
    assert_prints(&view, &["[[1 2 3]", " [4 5 6]]"], "(2, 3)");
    assert!(ArrayView::new(Shape::Matrix(2, 2), &values).is_err());
    assert!(ArrayView::new(Shape::Scalar, &values[..0]).is_err());
}

/// The tutorial's `print_vec` block, written to a buffer.
#[test]
fn print_vec_writes_the_tutorials_block() {
    let mut out = Vec::new();
    let w1 = dmatrix![0.1, 0.2; 0.3, 0.4; 0.5, 0.6];
    print_vec(&mut out, "重み1", &w1).unwrap();
    print_vec(&mut out, "入力", &DVector::from_vec(vec![1.0, 0.5])).unwrap();
    let expected = "*** 重み1 ***\n[[0.1 0.2]\n [0.3 0.4]\n [0.5 0.6]]\nshape: (3, 2)\n\n\
                    *** 入力 ***\n[1.  0.5]\nshape: (2,)\n\n";
    assert_eq!(String::from_utf8(out).unwrap(), expected);
}

/// `print_vec` takes any writer, unsized ones included.
#[test]
fn print_vec_reports_write_errors() {
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let writer: &mut dyn std::io::Write = &mut Full;
    let error = print_vec(writer, "x", &0.5).unwrap_err();
    assert_eq!(error.to_string(), "disk full");
    assert_eq!(0.5.numpy_str(), "0.5");
}
