//! Every case of the NumPy corpora in `tests/data/` must print exactly as
//! NumPy printed it. The checking code is the library's, shared with the
//! `numpy_conformance` example.

use std::path::PathBuf;

use numpy_print::conformance::{check_cases, read_corpus};

fn data_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(name)
}

#[track_caller]
fn assert_corpus_passes(name: &str) {
    let cases = read_corpus(data_file(name)).unwrap();
    // An empty or truncated file must not pass by having nothing to check.
    assert!(cases.len() >= 600, "{name} has only {} cases", cases.len());
    let report = check_cases(&cases);
    let details: Vec<String> = report.mismatches.iter().map(ToString::to_string).collect();
    assert_eq!(report.failed, 0, "{name}: {report}\n{}", details.join("\n"));
    assert_eq!(report.passed, cases.len());
}

/// The project's reference corpus: 600 arrays with `str` and shape text.
#[test]
fn reference_corpus_str_and_shape() {
    assert_corpus_passes("numpy-print-corpus.jsonl");
}

/// Our own NumPy 2.4.6 corpus, which records `repr` as well
/// (`crates/numpy-print/tools/gen_corpus.py`).
#[test]
fn repr_corpus_str_shape_and_repr() {
    let cases = read_corpus(data_file("numpy-print-repr-corpus.jsonl")).unwrap();
    assert!(cases.iter().all(|case| case.repr.is_some()));
    assert_corpus_passes("numpy-print-repr-corpus.jsonl");
}
