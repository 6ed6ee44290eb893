//! Every case of the NumPy corpora in `tests/data/` must print exactly as
//! NumPy printed it. test-support reads the corpora and compares; the
//! printing is this crate's.

use numpy_print::{ArrayView, Element, NumpyPrint, Shape};
use test_support::corpus::{Case, Values, check_cases, parse_corpus};

const CORPUS: &str = include_str!("../../../../tests/data/numpy-print-corpus.jsonl");
const REPR_CORPUS: &str = include_str!("../../../../tests/data/numpy-print-repr-corpus.jsonl");

/// What this crate prints for a case's array: `str`, shape and `repr`.
fn print(case: &Case) -> [String; 3] {
    match &case.values {
        Values::Float64(values) => print_values(case, values),
        Values::Int64(values) => print_values(case, values),
        Values::Bool(values) => print_values(case, values),
    }
}

fn print_values<T: Element>(case: &Case, values: &[T]) -> [String; 3] {
    // test-support has checked that the shape has 0 to 2 dimensions and
    // that the values fill it.
    let shape = Shape::from_dims(&case.shape).unwrap();
    let array = ArrayView::new(shape, values).unwrap();
    [array.numpy_str(), array.numpy_shape(), array.numpy_repr()]
}

/// Checks every case of a corpus, and returns the cases.
#[track_caller]
fn assert_corpus_passes(name: &str, text: &str) -> Vec<Case> {
    let cases = parse_corpus(name, text).unwrap_or_else(|error| panic!("{error}"));
    let mismatches = check_cases(&cases, print);
    assert!(mismatches.is_empty(), "{name}:\n{}", mismatches.join("\n"));
    cases
}

/// The project's reference corpus: 600 arrays with `str` and shape text.
#[test]
fn reference_corpus_str_and_shape() {
    let cases = assert_corpus_passes("numpy-print-corpus.jsonl", CORPUS);
    // An empty or truncated file must not pass by having nothing to check.
    assert_eq!(cases.len(), 600);
}

/// Our own NumPy 2.4.6 corpus, which records `repr` as well
/// (`crates/numpy-print/tools/gen_corpus.py`).
#[test]
fn repr_corpus_str_shape_and_repr() {
    let cases = assert_corpus_passes("numpy-print-repr-corpus.jsonl", REPR_CORPUS);
    assert_eq!(cases.len(), 600);
    assert!(cases.iter().all(|case| case.repr.is_some()));
}

/// A corpus whose text differs from ours by one character fails, and the
/// mismatch shows both texts: the check can catch a wrong answer.
#[test]
fn one_changed_character_fails_the_case() {
    let good = r#"{"dtype":"float64","shape":[2],"values":["0x1.0000000000000p+0","0x1.0000000000000p-1"],"str":"[1.  0.5]","shape_str":"(2,)","repr":"array([1. , 0.5])"}"#;
    let changes = [
        ("[1.  0.5]", "[1. 0.5]", "str"),
        ("(2,)", "(2)", "shape"),
        ("array([1. , 0.5])", "array([1., 0.5])", "repr"),
    ];
    for (from, to, what) in changes {
        let wrong = good.replacen(from, to, 1);
        let cases = parse_corpus("wrong.jsonl", &format!("{good}\n{wrong}\n")).unwrap();
        let mismatches = check_cases(&cases, print);
        assert_eq!(mismatches.len(), 1, "{what}");
        let expected = format!("line 2: {what} differs\n  expected: {to:?}\n  got:      {from:?}");
        assert_eq!(mismatches[0], expected);
    }
}

/// Any other corpus, such as a big one from `tools/gen_corpus.py`:
/// `NUMPY_PRINT_CORPUS=/tmp/stress.jsonl cargo test -p numpy-print corpus -- --ignored`.
#[test]
#[ignore = "needs NUMPY_PRINT_CORPUS=FILE.jsonl"]
fn the_corpus_named_by_numpy_print_corpus() {
    let path = std::env::var("NUMPY_PRINT_CORPUS").expect("NUMPY_PRINT_CORPUS names a corpus");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: cannot read: {e}"));
    let cases = assert_corpus_passes(&path, &text);
    println!("{path}: {} cases passed", cases.len());
}
