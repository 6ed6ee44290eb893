//! Running your code so that an exercise you have not started is *pending*,
//! not a failure.
//!
//! Every test of an exercise runs its checks through [`attempt`]:
//!
//! ```text
//! #[test]
//! fn nan_stays_nan() {
//!     attempt(|| assert!(relu(f64::NAN).is_nan()));
//! }
//! ```
//!
//! - If the checks pass, the test passes.
//! - If they fail (a wrong answer, any panic of your own), the test fails,
//!   with the usual message. Once you have written an exercise, a mistake
//!   in it always fails `cargo test`.
//! - If your code reaches `todo!()`, the exercise is not started. The test
//!   prints one `pending` line per exercise and passes, so that `cargo test`
//!   at the root stays green on a fresh clone. With `NNBOOK_STRICT=1` (the
//!   runner and CI set it) it fails instead, saying so.
//!
//! Only `todo!()` counts as "not started": `unimplemented!()`, `panic!()` or
//! an assertion are failures like any other.

use crate::list::{self, STRICT_VARIABLE, TODO_MARKER};
use std::any::Any;
use std::cell::Cell;
use std::collections::BTreeSet;
use std::io::Write;
use std::panic::{self, AssertUnwindSafe, Location};
use std::path::Path;
use std::sync::{Mutex, Once};

/// Runs one test's checks on your code; see the module docs.
///
/// # Panics
///
/// When a check fails, and in strict mode when your code reaches `todo!()`.
#[track_caller]
pub(crate) fn attempt(checks: impl FnOnce()) {
    let exercise = exercise_of(Location::caller());
    silence_todo_panics();
    ATTEMPTING.set(true);
    let outcome = panic::catch_unwind(AssertUnwindSafe(checks));
    ATTEMPTING.set(false);
    let Err(payload) = outcome else {
        return;
    };
    if !is_todo(payload.as_ref()) {
        panic::resume_unwind(payload);
    }
    let message = format!(
        "exercise {} ({}) is not done: your code {TODO_MARKER} in {}",
        exercise.number(),
        exercise.name,
        exercise.path()
    );
    if strict() {
        panic!("{message}");
    }
    report_pending_once(exercise, &message);
}

/// Whether `NNBOOK_STRICT` is set to anything but `0` or nothing.
fn strict() -> bool {
    std::env::var_os(STRICT_VARIABLE).is_some_and(|value| !value.is_empty() && value != "0")
}

/// The exercise whose tests are in the file that called [`attempt`]:
/// `tests/it/ex03_stable_sigmoid.rs` belongs to exercise 3.
fn exercise_of(caller: &Location<'_>) -> &'static list::Exercise {
    let module = Path::new(caller.file())
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or_default();
    list::by_test_module(module).unwrap_or_else(|| {
        panic!(
            "{} calls attempt(), but {module:?} is not the test module of any exercise in src/list.rs",
            caller.file()
        )
    })
}

/// Whether a panic is `todo!()`'s, directly or reported by proptest (which
/// catches the panic and fails the case with its message).
fn is_todo(payload: &(dyn Any + Send)) -> bool {
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or_default();
    let message = message.strip_prefix("Test failed: ").unwrap_or(message);
    message == "not yet implemented"
        || message.starts_with("not yet implemented: ")
        || message.starts_with("not yet implemented.\n")
}

/// Prints `pending: exercise 3 ...` the first time an exercise is found
/// pending in this test run. It writes to the process's stderr directly
/// rather than with `eprintln!`, which the test harness would capture and
/// hide, since the test passes. The harness reports other tests at the same
/// time, `test name ... ` and its `ok` in two writes, so the line starts
/// with a line break of its own rather than land after such a `... `.
fn report_pending_once(exercise: &list::Exercise, message: &str) {
    static REPORTED: Mutex<BTreeSet<&str>> = Mutex::new(BTreeSet::new());
    let first_time = REPORTED
        .lock()
        .map(|mut reported| reported.insert(exercise.name))
        .unwrap_or(true);
    if first_time {
        let line = format!("\npending: {message} (see `cargo run -p exercises`)\n");
        // Losing this line would only lose a reminder.
        let _ = std::io::stderr().write_all(line.as_bytes());
    }
}

thread_local! {
    /// Whether this thread is inside [`attempt`].
    static ATTEMPTING: Cell<bool> = const { Cell::new(false) };
}

/// Keeps the panic hook quiet about `todo!()` inside [`attempt`]: the
/// message would be hidden anyway, but with `RUST_BACKTRACE` set, writing a
/// backtrace for each of proptest's many retries makes a pending test slow.
/// Every other panic is reported as usual.
fn silence_todo_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let report = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !(ATTEMPTING.get() && is_todo(info.payload())) {
                report(info);
            }
        }));
    });
}
