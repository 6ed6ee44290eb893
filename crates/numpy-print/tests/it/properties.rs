//! Properties that hold for every array, checked on random ones.

use nalgebra::{DMatrix, DVector, RowDVector};
use numpy_print::{ArrayView, Element, NumpyPrint, Shape};
use proptest::collection::vec;
use proptest::prelude::*;

/// Any f64 bit pattern: nan payloads, subnormals, -0.0, infinities...
fn any_bits() -> impl Strategy<Value = f64> + Clone {
    any::<u64>().prop_map(f64::from_bits)
}

/// Shapes up to 2-D, empty ones and summarized ones (> 1000 elements)
/// included.
fn any_shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::Scalar),
        (0..=1100_usize).prop_map(Shape::Vector),
        (0..=12_usize, 0..=40_usize).prop_map(|(r, c)| Shape::Matrix(r, c)),
        (0..=3_usize, 0..=1100_usize).prop_map(|(r, c)| Shape::Matrix(r, c)),
        (0..=1100_usize, 0..=3_usize).prop_map(|(r, c)| Shape::Matrix(r, c)),
        (30..=45_usize, 30..=45_usize).prop_map(|(r, c)| Shape::Matrix(r, c)),
    ]
}

/// A shape with values of type `T` filling it.
fn any_array<T: std::fmt::Debug>(
    element: impl Strategy<Value = T> + Clone,
) -> impl Strategy<Value = (Shape, Vec<T>)> {
    any_shape().prop_flat_map(move |shape| {
        let size = shape.size().unwrap_or(0);
        (Just(shape), vec(element.clone(), size))
    })
}

/// Prints the array every way, checks what must hold of any output, and
/// checks that nalgebra's types print the same as the row-major view.
fn check_prints_anything<T: Element + nalgebra::Scalar>(shape: Shape, values: &[T]) {
    let view = ArrayView::new(shape, values).unwrap();
    let (str, repr) = (view.numpy_str(), view.numpy_repr());
    assert_eq!(view.numpy_shape(), shape.to_string());
    // NumPy's linewidth: no line is longer than 75 characters.
    for line in str.lines().chain(repr.lines()) {
        assert!(
            line.len() <= 75,
            "line of {} characters: {line:?}",
            line.len()
        );
    }
    assert!(repr.starts_with("array(") && repr.ends_with(')'));
    if shape != Shape::Scalar {
        assert!(str.starts_with('[') && str.ends_with(']'));
    }

    let from_nalgebra = match shape {
        Shape::Scalar => return,
        Shape::Vector(_) => {
            let vector = DVector::from_column_slice(values);
            (
                vector.numpy_str(),
                vector.numpy_repr(),
                vector.numpy_shape(),
            )
        }
        Shape::Matrix(rows, cols) => {
            let matrix = DMatrix::from_row_slice(rows, cols, values);
            (
                matrix.numpy_str(),
                matrix.numpy_repr(),
                matrix.numpy_shape(),
            )
        }
    };
    assert_eq!(from_nalgebra, (str, repr, shape.to_string()));
}

/// The words of a 1-D array's text that isn't summarized.
fn words(text: &str) -> Vec<&str> {
    text.trim_start_matches('[')
        .trim_end_matches(']')
        .split_whitespace()
        .collect()
}

/// Checks that every printed element reads back to the value rounded the
/// way the notation promises: to 8 decimals in positional notation, to 9
/// significant digits in scientific notation. Returns whether the array
/// was printed positionally.
fn check_reads_back(values: &[f64]) -> bool {
    let text = values.numpy_str();
    let words = words(&text);
    assert_eq!(words.len(), values.len(), "{text}");
    let scientific = text.contains('e');
    for (&word, &x) in words.iter().zip(values) {
        if x.is_nan() {
            assert_eq!(word, "nan");
            continue;
        }
        let rounded = if scientific {
            format!("{x:.8e}")
        } else {
            format!("{x:.8}")
        };
        let expected: f64 = rounded.parse().unwrap();
        let got: f64 = word.parse().unwrap();
        assert_eq!(
            got.to_bits(),
            expected.to_bits(),
            "{x:e} printed {word:?} in {text}"
        );
    }
    !scientific
}

/// Arrays printed positionally: magnitudes within 1e-4..1e7 and less than
/// 1000 apart; or exact binary fractions with 9 decimals (ties when rounded
/// to 8), small or above 2^26 where Rust's shortest digits go wrong (E17).
fn positional_array() -> impl Strategy<Value = Vec<f64>> {
    let signed = |x: f64, negative: bool| if negative { -x } else { x };
    let scales = [1e-4, 1e-3, 1e-2, 1e-1, 1.0, 1e1, 1e2, 1e3, 1e4];
    let scaled = (0..scales.len()).prop_flat_map(move |i| {
        let value = prop_oneof![
            9 => (1.0..999.0_f64).prop_map(move |u| u * scales[i]),
            1 => Just(0.0),
        ];
        vec(
            (value, any::<bool>()).prop_map(move |(x, n)| signed(x, n)),
            1..40,
        )
    });
    let small_ties = (512_u32..512 * 999).prop_map(|k| f64::from(k) / 512.0);
    let large_ties = (67_108_864_u32..99_999_999, 0_u32..512)
        .prop_map(|(whole, k)| f64::from(whole) + f64::from(k) / 512.0);
    prop_oneof![
        scaled,
        vec(
            (small_ties, any::<bool>()).prop_map(move |(x, n)| signed(x, n)),
            1..40
        ),
        vec(large_ties, 1..10),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// No f64 bit pattern and no shape up to 2-D makes printing panic.
    #[test]
    fn any_float_array_prints((shape, values) in any_array(any_bits())) {
        check_prints_anything(shape, &values);
    }

    #[test]
    fn any_int_array_prints((shape, values) in any_array(any::<i64>())) {
        check_prints_anything(shape, &values);
    }

    #[test]
    fn any_bool_array_prints((shape, values) in any_array(any::<bool>())) {
        check_prints_anything(shape, &values);
    }
}

proptest! {
    /// Positional digits read back to the value rounded to 8 decimals.
    #[test]
    fn positional_digits_read_back(values in positional_array()) {
        prop_assert!(check_reads_back(&values), "not positional: {}", values.numpy_str());
    }

    /// The same for arbitrary values, most of them printed in scientific
    /// notation (9 significant digits).
    #[test]
    fn any_digits_read_back(values in vec(any_bits(), 1..20)) {
        check_reads_back(&values);
    }

    /// A vector prints the same words as the 1 x n matrix of its values,
    /// with one bracket less. The line breaks can differ: a matrix row has
    /// one column less to fill (NumPy prints 37 one-digit ints per line of
    /// a vector but 36 in a matrix row), so the exact text is compared only
    /// when the matrix fits on one line. An empty 1 x 0 matrix prints `[]`.
    #[test]
    fn vector_prints_like_a_row_matrix(values in vec(any_bits(), 1..1100)) {
        let vector = DVector::from_vec(values.clone()).numpy_str();
        let matrix = RowDVector::from_vec(values).numpy_str();
        prop_assert_eq!(words(&vector), words(matrix.strip_prefix('[').unwrap_or_default()
            .strip_suffix(']').unwrap_or_default()));
        if !matrix.contains('\n') {
            prop_assert_eq!(matrix, format!("[{vector}]"));
        }
    }

    #[test]
    fn int_vector_prints_like_a_row_matrix(values in vec(-20_i64..1000, 1..200)) {
        let vector = DVector::from_vec(values.clone()).numpy_str();
        let matrix = RowDVector::from_vec(values).numpy_str();
        prop_assert_eq!(words(&vector), words(&matrix[1..matrix.len() - 1]));
        if !matrix.contains('\n') {
            prop_assert_eq!(matrix, format!("[{vector}]"));
        }
    }
}
