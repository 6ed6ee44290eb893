//! Helpers shared by the exercises' tests. Each `tests/NN_name.rs` includes
//! this module with `mod support;`; it is not a test target of its own.
//!
//! Every test runs its checks on your code through [`attempt`]:
//!
//! ```text
//! #[test]
//! fn nan_stays_nan() {
//!     attempt(|| assert!(relu(f64::NAN).is_nan()));
//! }
//! ```
//!
//! The test passes if the checks pass and fails (exit status 101) on a wrong
//! answer or any other panic. If your code reaches `todo!()`, the exercise is
//! not started: the test process says so and exits at once with status
//! [`NOT_STARTED`], which the runner reads as "not started" rather than
//! "wrong". Only `todo!()` counts: `unimplemented!()` or `panic!()` are
//! failures like any other.

// Each test target uses only some of these helpers.
#![allow(dead_code)]

use proptest::test_runner::Config;
use std::cell::Cell;
use std::io::Write;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Once, OnceLock};

/// The exit status of a test process whose exercise reached `todo!()`. The
/// runner (`src/run.rs`) reads the same number.
pub(crate) const NOT_STARTED: i32 = 3;

thread_local! {
    /// Whether this thread is inside [`attempt`]: a `todo!()` reached from
    /// the test's own code is a bug in the test, and fails as usual.
    static ATTEMPTING: Cell<bool> = const { Cell::new(false) };
}

/// Runs one test's checks on your code; see the module docs.
pub(crate) fn attempt(checks: impl FnOnce()) {
    exit_on_todo();
    ATTEMPTING.set(true);
    let outcome = panic::catch_unwind(AssertUnwindSafe(checks));
    ATTEMPTING.set(false);
    if let Err(payload) = outcome {
        panic::resume_unwind(payload);
    }
}

/// Installs a panic hook that ends the process when `todo!()` panics inside
/// [`attempt`]. A hook sees the panic before anyone can catch it, proptest
/// included, so a `todo!()` inside a property is found too.
fn exit_on_todo() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let report = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| info.payload().downcast_ref::<String>().map(String::as_str))
                .unwrap_or_default();
            if !(ATTEMPTING.get() && message.starts_with("not yet implemented")) {
                return report(info);
            }
            // The test harness captures eprintln!, so write to stderr itself.
            let place = info.location().map_or_else(String::new, |at| {
                format!(" at {}:{}", at.file().replace("tests/../", ""), at.line())
            });
            let line = format!("\nnot started: your code reached todo!(){place}\n");
            let _ = std::io::stderr().write_all(line.as_bytes());
            std::process::exit(NOT_STARTED);
        }));
    });
}

/// proptest's settings for the exercises: the usual 256 cases, and no
/// `proptest-regressions/` files, since an exercise that is not done yet
/// fails on purpose and is no regression.
pub(crate) fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

/// The correctly rounded reference values (`tests/data/activations-f64.tsv`
/// at the workspace root, see its README): one row per input, its first
/// value `x`, then one value per column named in [`reference_columns`].
pub(crate) fn reference() -> &'static [Vec<f64>] {
    static ROWS: OnceLock<Vec<Vec<f64>>> = OnceLock::new();
    ROWS.get_or_init(|| {
        REFERENCE
            .lines()
            .skip(1)
            .filter(|line| !line.is_empty())
            .map(|line| {
                line.split('\t')
                    .map(|field| field.parse().unwrap())
                    .collect()
            })
            .collect()
    })
}

const REFERENCE: &str = include_str!("../../../../tests/data/activations-f64.tsv");

/// The reference file's column names, from its header: `x`, `sigmoid`, ...
pub(crate) fn reference_columns() -> Vec<&'static str> {
    REFERENCE.lines().next().unwrap().split('\t').collect()
}

/// The reference rows as `(x, value)` for one column.
pub(crate) fn reference_column(name: &str) -> Vec<(f64, f64)> {
    let index = reference_columns()
        .iter()
        .position(|column| *column == name)
        .unwrap_or_else(|| panic!("the reference file has no column {name:?}"));
    reference().iter().map(|row| (row[0], row[index])).collect()
}

/// The number of `f64` values from `a` to `b`: 0 when they are equal (0.0
/// and -0.0 count as equal, and so do two NaNs), 1 for neighbours, and
/// `u64::MAX` between NaN and a number.
pub(crate) fn ulp_distance(a: f64, b: f64) -> u64 {
    if a.is_nan() || b.is_nan() {
        return if a.is_nan() && b.is_nan() {
            0
        } else {
            u64::MAX
        };
    }
    // Lay the floats on a line where neighbours are neighbouring integers:
    // positive bit patterns already are; negative ones count down from 0.
    let position = |x: f64| {
        let bits = x.to_bits() as i64;
        i128::from(if bits < 0 { i64::MIN - bits } else { bits })
    };
    // Two positions differ by less than 2^64.
    (position(a) - position(b)).unsigned_abs() as u64
}

/// `source` without its `//` comments (and anything after `//` on a line):
/// the code, to check which crates and functions a file uses.
pub(crate) fn code_without_comments(source: &str) -> String {
    let code = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default());
    code.collect::<Vec<_>>().join("\n")
}
