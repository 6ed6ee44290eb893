//! Tests of `numpy-print`: one binary, one module per theme.
//!
//! - `corpus`: every case of NumPy's corpora, str, shape and repr;
//! - `digits`: shortest and correctly rounded digits, as printed;
//! - `spec_examples`: the spec's worked examples, one named test each;
//! - `repr`: the rules of `repr()` that the spec doesn't cover;
//! - `types`: which nalgebra types print 1-D, and `print_vec`;
//! - `properties`: proptest properties over arbitrary arrays.

// clippy.toml lets `#[test]` functions unwrap; the helpers they call may
// too: a panic in a test is a failed test with a clear message.
#![allow(clippy::unwrap_used)]

mod corpus;
mod digits;
mod properties;
mod repr;
mod spec_examples;
mod types;

use numpy_print::NumpyPrint;

/// Asserts NumPy's `str(arr)` (given line by line) and `str(arr.shape)`.
#[track_caller]
fn assert_prints(value: &(impl NumpyPrint + ?Sized), str_lines: &[&str], shape: &str) {
    assert_eq!(value.numpy_str(), str_lines.join("\n"), "str");
    assert_eq!(value.numpy_shape(), shape, "shape");
}

/// Asserts NumPy's `repr(arr)`, given line by line.
#[track_caller]
fn assert_repr(value: &(impl NumpyPrint + ?Sized), repr_lines: &[&str]) {
    assert_eq!(value.numpy_repr(), repr_lines.join("\n"));
}
