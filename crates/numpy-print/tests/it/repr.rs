//! `repr(arr)`, which the spec leaves out. Each expected text below is NumPy
//! 2.4.6's output for the expression in the test's comment; the repr corpus
//! checks the same rules on 600 random arrays.

use nalgebra::{DMatrix, DVector, RowDVector, dmatrix, dvector};

use crate::assert_repr;

/// The tutorial's last output line, as a notebook echoes `y`.
#[test]
fn the_tutorials_output_vector() {
    let y = dvector![0.3168270764110298, 0.6962790898619668];
    assert_repr(&y, &["array([0.31682708, 0.69627909])"]);
}

/// Elements are separated by `, `; the widths are those of `str`, so
/// `1.` is still padded: `np.array([1.0, 0.5])`.
#[test]
fn comma_separated_words_keep_their_padding() {
    assert_repr(&dvector![1.0, 0.5], &["array([1. , 0.5])"]);
}

/// Rows end with a comma and continue under the first row:
/// `np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])`.
#[test]
fn matrix_rows_are_aligned_under_array_paren() {
    let w1 = dmatrix![0.1, 0.2; 0.3, 0.4; 0.5, 0.6];
    assert_repr(
        &w1,
        &[
            "array([[0.1, 0.2],",
            "       [0.3, 0.4],",
            "       [0.5, 0.6]])",
        ],
    );
}

/// A 1 x n matrix keeps both brackets: `np.array([[1.0, 0.5]])`.
#[test]
fn row_matrix_keeps_two_brackets() {
    assert_repr(
        &RowDVector::from_vec(vec![1.0, 0.5]),
        &["array([[1. , 0.5]])"],
    );
    assert_repr(&dmatrix![true, false], &["array([[ True, False]])"]);
}

/// Lines wrap one column earlier than `str`, to leave room for `)`, and
/// continue under the first element: `np.arange(40)`.
#[test]
fn wrapped_lines_are_indented_past_array_paren() {
    let v = DVector::from_iterator(40, 0..40_i64);
    let text = [
        "array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,",
        "       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,",
        "       34, 35, 36, 37, 38, 39])",
    ];
    assert_repr(&v, &text);
}

/// A 0-d array is its element formatted as an array element (capped at 8
/// decimals, `1.` not `1.0`), unlike its `str`: `np.array(x)`.
#[test]
fn zero_d_arrays_use_the_element_format() {
    assert_repr(&0.5, &["array(0.5)"]);
    assert_repr(&(1.0 / 3.0), &["array(0.33333333)"]);
    assert_repr(&(0.1 + 0.2), &["array(0.3)"]);
    assert_repr(&1.0, &["array(1.)"]);
    assert_repr(&1e16, &["array(1.e+16)"]);
    assert_repr(&1e-5, &["array(1.e-05)"]);
    assert_repr(&-0.0, &["array(-0.)"]);
    assert_repr(&f64::NAN, &["array(nan)"]);
    assert_repr(&f64::NEG_INFINITY, &["array(-inf)"]);
    assert_repr(&7_i64, &["array(7)"]);
    assert_repr(&true, &["array(True)"]);
}

/// `array([])` can't show the dtype, nor a shape other than `(0,)`:
/// `np.zeros(shape, dtype)`.
#[test]
fn empty_arrays_name_their_dtype_and_shape() {
    assert_repr(&DVector::<f64>::zeros(0), &["array([], dtype=float64)"]);
    assert_repr(
        &DVector::<bool>::from_element(0, false),
        &["array([], dtype=bool)"],
    );
    assert_repr(
        &DMatrix::<f64>::zeros(2, 0),
        &["array([], shape=(2, 0), dtype=float64)"],
    );
    assert_repr(
        &DMatrix::<i64>::zeros(0, 3),
        &["array([], shape=(0, 3), dtype=int64)"],
    );
    assert_repr(
        &DMatrix::<f64>::zeros(0, 0),
        &["array([], shape=(0, 0), dtype=float64)"],
    );
}

/// Summarized arrays hide their length, so NumPy 2 adds `shape=`:
/// `np.arange(2000.)`.
#[test]
fn summarized_arrays_add_their_shape() {
    let v = DVector::from_iterator(2000, (0..2000).map(f64::from));
    let text = [
        "array([0.000e+00, 1.000e+00, 2.000e+00, ..., 1.997e+03, 1.998e+03,",
        "       1.999e+03], shape=(2000,))",
    ];
    assert_repr(&v, &text);
}

/// Elided rows become a `...,` line: `np.arange(1005).reshape(5, 201)` and
/// `np.arange(3000).reshape(1000, 3)`.
#[test]
fn summarized_rows_and_columns() {
    let m = DMatrix::from_row_iterator(5, 201, 0..1005_i64);
    let text = [
        "array([[   0,    1,    2, ...,  198,  199,  200],",
        "       [ 201,  202,  203, ...,  399,  400,  401],",
        "       [ 402,  403,  404, ...,  600,  601,  602],",
        "       [ 603,  604,  605, ...,  801,  802,  803],",
        "       [ 804,  805,  806, ..., 1002, 1003, 1004]], shape=(5, 201))",
    ];
    assert_repr(&m, &text);

    let m = DMatrix::from_row_iterator(1000, 3, 0..3000_i64);
    let text = [
        "array([[   0,    1,    2],",
        "       [   3,    4,    5],",
        "       [   6,    7,    8],",
        "       ...,",
        "       [2991, 2992, 2993],",
        "       [2994, 2995, 2996],",
        "       [2997, 2998, 2999]], shape=(1000, 3))",
    ];
    assert_repr(&m, &text);
}

/// The `shape=` note moves to a line of its own if it would pass column
/// 75: `np.arange(1001) * 1000`.
#[test]
fn a_long_last_line_pushes_the_shape_note_down() {
    let v = DVector::from_iterator(1001, (0..1001_i64).map(|i| i * 1000));
    let text = [
        "array([      0,    1000,    2000, ...,  998000,  999000, 1000000],",
        "      shape=(1001,))",
    ];
    assert_repr(&v, &text);
}

/// nan and inf words are padded as in `str`: `np.array([nan, -inf])`.
#[test]
fn non_finite_words() {
    assert_repr(
        &dvector![f64::NAN, f64::NEG_INFINITY],
        &["array([ nan, -inf])"],
    );
}
