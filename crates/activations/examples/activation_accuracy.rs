//! Checks the activation functions against a file of correctly rounded values.
//!
//! ```text
//! cargo run -q --release --example activation_accuracy -- tests/data/activations-f64.tsv
//! ```
//!
//! Prints the largest error of each checked column in ulps, each failing
//! row, and a last line `N passed, M failed`. A row fails when sigmoid is
//! more than 2 ulp off or sigmoid' more than 4. The exit status is 1 when a
//! row fails and 2 when the file cannot be read.

use activations::accuracy::{Reference, check};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: activation_accuracy FILE.tsv");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: cannot read {path}: {error}");
            return ExitCode::from(2);
        }
    };
    let reference = match Reference::parse(&text) {
        Ok(reference) => reference,
        Err(error) => {
            eprintln!("error: {path}: {error}");
            return ExitCode::from(2);
        }
    };

    let report = check(&reference);
    for failure in &report.failures {
        println!(
            "FAIL line {}: {}({:?}) = {:?}, expected {:?} ({} ulp off)",
            failure.line, failure.column, failure.x, failure.got, failure.expected, failure.ulps
        );
    }
    for result in &report.columns {
        let at = result
            .worst_x
            .map_or(String::new(), |x| format!(" at x = {x:?}"));
        println!(
            "{}: max error {} ulp{at} (limit {} ulp)",
            result.column.name, result.max_ulps, result.column.max_ulps
        );
    }
    for name in &report.unchecked {
        println!("{name}: not checked (the activations crate has no such function)");
    }
    println!("{} passed, {} failed", report.passed(), report.failed());
    if report.failed() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
