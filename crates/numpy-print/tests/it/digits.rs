//! The digit rules of `src/digits.rs`, seen through what gets printed:
//! shortest digits with Python's choice on a tie, correct rounding that
//! carries, and positional text with zeros on either side of the point.

use nalgebra::dvector;

use crate::assert_prints;

/// 2^-25 = 2.98023223876953125e-8 exactly: two 17-digit texts are equally
/// close, Rust's `{:e}` takes the one ending in 3, Python the even one.
#[test]
fn shortest_digits_take_the_even_candidate_on_a_tie() {
    assert_prints(&2f64.powi(-25), &["2.9802322387695312e-08"], "()");
    assert_prints(&0.1, &["0.1"], "()");
    assert_prints(&5e-324, &["5e-324"], "()");
}

#[test]
fn correct_rounding_carries_and_rounds_ties_to_even() {
    assert_prints(&dvector![0.999_999_999], &["[1.]"], "(1,)");
    assert_prints(&dvector![0.001_953_125], &["[0.00195312]"], "(1,)");
    assert_prints(&dvector![100_000_002.5], &["[1.00000002e+08]"], "(1,)");
}

#[test]
fn positional_text_fills_zeros_on_both_sides_of_the_point() {
    assert_prints(&dvector![123.45], &["[123.45]"], "(1,)");
    assert_prints(&dvector![0.001], &["[0.001]"], "(1,)");
    assert_prints(&dvector![1200.0], &["[1200.]"], "(1,)");
}
