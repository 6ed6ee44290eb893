//! The worked examples of `numpy-print-spec.md` (section 9), each NumPy
//! expression rebuilt with nalgebra and its exact NumPy output.

use nalgebra::{DMatrix, DVector, dmatrix, dvector};

use crate::assert_prints;

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

/// `np.arange(start, stop)` as floats, transformed by `f`.
fn arange(start: i64, stop: i64, f: impl Fn(f64) -> f64) -> DVector<f64> {
    DVector::from_iterator((stop - start) as usize, (start..stop).map(|i| f(i as f64)))
}

// ----------------------------------------------------------- positional

#[test]
fn e01_shorter_word_is_padded_on_the_right() {
    assert_prints(&dvector![1.0, 0.5], &["[1.  0.5]"], "(2,)");
}

#[test]
fn e02_last_word_keeps_its_padding_before_the_bracket() {
    assert_prints(&dvector![0.5, 1.0], &["[0.5 1. ]"], "(2,)");
}

#[test]
fn e03_matrix_rows_share_one_format() {
    let w1 = dmatrix![0.1, 0.2; 0.3, 0.4; 0.5, 0.6];
    assert_prints(&w1, &["[[0.1 0.2]", " [0.3 0.4]", " [0.5 0.6]]"], "(3, 2)");
}

#[test]
fn e04_sigmoid_outputs_round_to_8_decimals() {
    let z1 = dvector![0.574442516811659, 0.6681877721681662, 0.7502601055951177];
    assert_prints(&z1, &["[0.57444252 0.66818777 0.75026011]"], "(3,)");
}

#[test]
fn e04a_round_then_trim_then_pad() {
    let z2 = dvector![0.6262493703990729, 0.7710106968556123];
    assert_prints(&z2, &["[0.62624937 0.7710107 ]"], "(2,)");
}

#[test]
fn e04b_inexact_sums_print_short() {
    let u1 = dvector![0.30000000000000004, 0.7, 1.1];
    assert_prints(&u1, &["[0.3 0.7 1.1]"], "(3,)");
}

#[test]
fn e05_thirds() {
    let v = dvector![1.0 / 3.0, 2.0 / 3.0, 1.0];
    assert_prints(&v, &["[0.33333333 0.66666667 1.        ]"], "(3,)");
}

#[test]
fn e06_negatives_and_zero() {
    let v = dvector![-1.5, 2.25, 0.0, 10.0];
    assert_prints(&v, &["[-1.5   2.25  0.   10.  ]"], "(4,)");
}

// ---------------------------------------------------------- scientific

#[test]
fn e07_ratio_above_1000_switches_to_scientific() {
    let v = dvector![0.1, 0.25, 123.456];
    assert_prints(&v, &["[1.00000e-01 2.50000e-01 1.23456e+02]"], "(3,)");
}

#[test]
fn e08_ratio_of_exactly_1000_stays_positional() {
    assert_prints(&dvector![1.0, 1000.0], &["[   1. 1000.]"], "(2,)");
}

#[test]
fn e09_ratio_just_above_1000() {
    assert_prints(
        &dvector![1.0, 1000.0000000000001],
        &["[1.e+00 1.e+03]"],
        "(2,)",
    );
}

#[test]
fn e10_1e_minus_4_is_still_positional() {
    assert_prints(&dvector![0.0001, 0.1], &["[0.0001 0.1   ]"], "(2,)");
}

#[test]
fn e11_below_1e_minus_4_is_scientific() {
    assert_prints(&dvector![1e-5, 1.0], &["[1.e-05 1.e+00]"], "(2,)");
}

#[test]
fn e12_1e8_is_scientific() {
    assert_prints(&dvector![1e8], &["[1.e+08]"], "(1,)");
}

#[test]
fn e13_eight_mantissa_digits() {
    let v = dvector![99999999.0, 0.5];
    assert_prints(&v, &["[9.9999999e+07 5.0000000e-01]"], "(2,)");
}

#[test]
fn e14_a_sign_column_for_negatives() {
    let v = dvector![1.5e10, -2.0, 0.0];
    assert_prints(&v, &["[ 1.5e+10 -2.0e+00  0.0e+00]"], "(3,)");
}

#[test]
fn e15_subnormals_are_rerounded_not_zero_padded() {
    let v = dvector![5e-324, 1.5e-323, 1.2345e-320];
    assert_prints(&v, &["[4.9407e-324 1.4822e-323 1.2347e-320]"], "(3,)");
}

// ------------------------------------------------------ rounding corners

#[test]
fn e16_exact_tie_at_8_decimals_rounds_to_even() {
    assert_prints(
        &dvector![0.001953125, 1.0],
        &["[0.00195312 1.        ]"],
        "(2,)",
    );
}

#[test]
#[allow(
    clippy::excessive_precision,
    reason = "the exact binary value is the point"
)]
fn e17_tie_where_rusts_shortest_digits_differ() {
    assert_prints(
        &dvector![67108864.001953125],
        &["[67108864.00195312]"],
        "(1,)",
    );
}

#[test]
fn e18_carry_while_rounding() {
    assert_prints(&dvector![0.999999999, 1.0], &["[1. 1.]"], "(2,)");
}

#[test]
fn e19_tie_at_the_9th_significant_digit() {
    let v = dvector![100000002.5, 1.0];
    assert_prints(&v, &["[1.00000002e+08 1.00000000e+00]"], "(2,)");
}

#[test]
fn e20_three_digit_exponents_for_all() {
    assert_prints(&dvector![1e-5, 1e100], &["[1.e-005 1.e+100]"], "(2,)");
}

// ------------------------------------------------------------ nan, inf, -0

#[test]
fn e21_nan_widens_a_narrow_column() {
    assert_prints(&dvector![1.0, NAN], &["[ 1. nan]"], "(2,)");
}

#[test]
fn e22_nan_and_inf_fitting_the_width() {
    assert_prints(&dvector![1.5, NAN, INF], &["[1.5 nan inf]"], "(3,)");
}

#[test]
fn e23_only_non_finite_values() {
    assert_prints(&dvector![NAN, -INF], &["[ nan -inf]"], "(2,)");
}

#[test]
fn e24_non_finite_values_in_scientific_mode() {
    assert_prints(
        &dvector![1e-5, NAN, -INF],
        &["[1.e-05    nan   -inf]"],
        "(3,)",
    );
}

#[test]
fn e25_negative_zero() {
    assert_prints(&dvector![-0.0, 1.0], &["[-0.  1.]"], "(2,)");
}

#[test]
fn e26_negative_zero_in_scientific_mode() {
    assert_prints(&dvector![1e-10, -0.0], &["[ 1.e-10 -0.e+00]"], "(2,)");
}

// ------------------------------------------------------------ wrapping

#[test]
fn e27_wrapped_lines_lose_trailing_padding() {
    let v = arange(1, 21, |i| i * 0.5);
    let text = [
        "[ 0.5  1.   1.5  2.   2.5  3.   3.5  4.   4.5  5.   5.5  6.   6.5  7.",
        "  7.5  8.   8.5  9.   9.5 10. ]",
    ];
    assert_prints(&v, &text, "(20,)");
}

#[test]
fn e28_six_ten_character_words_per_line() {
    let v = arange(1, 25, |i| i / 7.0);
    let text = [
        "[0.14285714 0.28571429 0.42857143 0.57142857 0.71428571 0.85714286",
        " 1.         1.14285714 1.28571429 1.42857143 1.57142857 1.71428571",
        " 1.85714286 2.         2.14285714 2.28571429 2.42857143 2.57142857",
        " 2.71428571 2.85714286 3.         3.14285714 3.28571429 3.42857143]",
    ];
    assert_prints(&v, &text, "(24,)");
}

#[test]
fn e29_matrix_rows_wrap_with_a_deeper_indent() {
    let m = DMatrix::from_row_iterator(2, 10, (1..21).map(|i| f64::from(i) / 7.0));
    let text = [
        "[[0.14285714 0.28571429 0.42857143 0.57142857 0.71428571 0.85714286",
        "  1.         1.14285714 1.28571429 1.42857143]",
        " [1.57142857 1.71428571 1.85714286 2.         2.14285714 2.28571429",
        "  2.42857143 2.57142857 2.71428571 2.85714286]]",
    ];
    assert_prints(&m, &text, "(2, 10)");
}

// ---------------------------------------------------------- summarizing

#[test]
fn e30_more_than_1000_elements_are_summarized() {
    let v = arange(0, 2000, |i| i);
    let text = ["[0.000e+00 1.000e+00 2.000e+00 ... 1.997e+03 1.998e+03 1.999e+03]"];
    assert_prints(&v, &text, "(2000,)");
}

#[test]
fn e31_hidden_elements_do_not_count() {
    let v = arange(0, 1001, |i| if i == 500.0 { 1e-10 } else { 1.0 });
    assert_prints(&v, &["[1. 1. 1. ... 1. 1. 1.]"], "(1001,)");
}

#[test]
fn e32_summarized_rows() {
    let m = DMatrix::from_row_iterator(1000, 3, 0..3000_i64);
    let text = [
        "[[   0    1    2]",
        " [   3    4    5]",
        " [   6    7    8]",
        " ...",
        " [2991 2992 2993]",
        " [2994 2995 2996]",
        " [2997 2998 2999]]",
    ];
    assert_prints(&m, &text, "(1000, 3)");
}

#[test]
fn e33_both_axes_summarized_and_rows_wrap() {
    let m = DMatrix::from_row_iterator(40, 40, (0..1600).map(|i| f64::from(i) / 8.0));
    let text = [
        "[[0.00000e+00 1.25000e-01 2.50000e-01 ... 4.62500e+00 4.75000e+00",
        "  4.87500e+00]",
        " [5.00000e+00 5.12500e+00 5.25000e+00 ... 9.62500e+00 9.75000e+00",
        "  9.87500e+00]",
        " [1.00000e+01 1.01250e+01 1.02500e+01 ... 1.46250e+01 1.47500e+01",
        "  1.48750e+01]",
        " ...",
        " [1.85000e+02 1.85125e+02 1.85250e+02 ... 1.89625e+02 1.89750e+02",
        "  1.89875e+02]",
        " [1.90000e+02 1.90125e+02 1.90250e+02 ... 1.94625e+02 1.94750e+02",
        "  1.94875e+02]",
        " [1.95000e+02 1.95125e+02 1.95250e+02 ... 1.99625e+02 1.99750e+02",
        "  1.99875e+02]]",
    ];
    assert_prints(&m, &text, "(40, 40)");
}

#[test]
fn e34_only_columns_summarized() {
    let m = DMatrix::from_row_iterator(5, 201, 0..1005_i64);
    let text = [
        "[[   0    1    2 ...  198  199  200]",
        " [ 201  202  203 ...  399  400  401]",
        " [ 402  403  404 ...  600  601  602]",
        " [ 603  604  605 ...  801  802  803]",
        " [ 804  805  806 ... 1002 1003 1004]]",
    ];
    assert_prints(&m, &text, "(5, 201)");
}

#[test]
fn e35_summarized_and_wrapped() {
    let v = arange(0, 2000, |i| i / 3.0);
    let text = [
        "[0.00000000e+00 3.33333333e-01 6.66666667e-01 ... 6.65666667e+02",
        " 6.66000000e+02 6.66333333e+02]",
    ];
    assert_prints(&v, &text, "(2000,)");
}

// ----------------------------------------------------------------- int64

#[test]
fn e36_int_basics() {
    assert_prints(&dvector![1_i64, 2, 3], &["[1 2 3]"], "(3,)");
}

#[test]
fn e37_int_width_from_min_and_max() {
    assert_prints(&dvector![-5_i64, 100, 7], &["[ -5 100   7]"], "(3,)");
}

#[test]
fn e38_int_wrap_24_per_line() {
    let v = DVector::from_iterator(40, 0..40_i64);
    let text = [
        "[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23",
        " 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39]",
    ];
    assert_prints(&v, &text, "(40,)");
}

#[test]
fn e39_int_matrix() {
    assert_prints(
        &dmatrix![1_i64, -20; 300, 4],
        &["[[  1 -20]", " [300   4]]"],
        "(2, 2)",
    );
}

#[test]
fn e40_int_extremes() {
    let v = dvector![i64::MIN, 0, 1];
    let text = ["[-9223372036854775808                    0                    1]"];
    assert_prints(&v, &text, "(3,)");
}

// ------------------------------------------------------------------ bool

#[test]
fn e41_bool_vector() {
    assert_prints(
        &dvector![true, false, true],
        &["[ True False  True]"],
        "(3,)",
    );
}

#[test]
fn e42_bool_matrix() {
    let m = dmatrix![true, false; false, false];
    assert_prints(&m, &["[[ True False]", " [False False]]"], "(2, 2)");
}

#[test]
fn e43_bool_wrap_12_per_line() {
    let v = DVector::from_element(20, true);
    let text = [
        "[ True  True  True  True  True  True  True  True  True  True  True  True",
        "  True  True  True  True  True  True  True  True]",
    ];
    assert_prints(&v, &text, "(20,)");
}

// ----------------------------------------------------------------- empty

#[test]
fn e44_empty_vector() {
    assert_prints(&DVector::<f64>::zeros(0), &["[]"], "(0,)");
}

#[test]
fn e45_empty_matrix() {
    assert_prints(&DMatrix::<f64>::zeros(2, 0), &["[]"], "(2, 0)");
}

#[test]
fn e46_empty_matrix_other_axis() {
    assert_prints(&DMatrix::<i64>::zeros(0, 3), &["[]"], "(0, 3)");
}

// ------------------------------------------------------------------- 0-d

#[test]
#[allow(clippy::approx_constant, reason = "3.14 is the spec's input, not pi")]
fn e47_to_e58_0d_floats_print_like_python() {
    let cases = [
        (3.14, "3.14"),
        (1.0, "1.0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e16, "1e+16"),
        (1234567890123456.0, "1234567890123456.0"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (-0.0, "-0.0"),
        (NAN, "nan"),
        (-INF, "-inf"),
        // 2^-25 is an exact tie at 17 digits: Python keeps the even 2.
        (2f64.powi(-25), "2.9802322387695312e-08"),
        (5e-324, "5e-324"),
    ];
    for (value, text) in cases {
        assert_prints(&value, &[text], "()");
    }
}

#[test]
fn e59_0d_int() {
    assert_prints(&7_i64, &["7"], "()");
}

#[test]
fn e60_e61_0d_bool() {
    assert_prints(&true, &["True"], "()");
    assert_prints(&false, &["False"], "()");
}
