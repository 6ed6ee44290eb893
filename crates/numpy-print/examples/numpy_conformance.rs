//! Checks this crate's printing against corpora of NumPy's output.
//!
//! ```text
//! cargo run -q --release --example numpy_conformance -- tests/data/numpy-print-corpus.jsonl
//! ```
//!
//! Prints every mismatch (NumPy's text and ours, escaped) and ends with
//! `N passed, M failed`. Exit status: 0 if every case passed, 1 if some
//! failed, 2 if a file can't be read or holds an invalid line. Several files
//! may be given. The corpus format is described in
//! `numpy_print::conformance`; `crates/numpy-print/tools/gen_corpus.py`
//! writes such files with NumPy.

use std::io::{stderr, stdout};
use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: numpy_conformance CORPUS.jsonl [MORE.jsonl ...]");
        return ExitCode::from(2);
    }
    ExitCode::from(numpy_print::conformance::run(
        &paths,
        &mut stdout().lock(),
        &mut stderr(),
    ))
}
