//! NumPy's `repr(arr)`: the layout of `str` with `, ` between elements,
//! wrapped in `array(...)`, plus the `shape=` and `dtype=` notes that the
//! text alone can't convey.
//!
//! Not covered by the spec; these rules were established against NumPy
//! 2.4.6 and are checked by the repr corpus (`numpy-print-repr-corpus.jsonl`).

use crate::layout::{self, LINE_WIDTH, THRESHOLD};
use crate::{Element, Shape};

/// `repr(arr)` of an array given its shape and row-major values.
pub(crate) fn repr_text<T: Element>(shape: Shape, value_at: impl Fn(usize) -> T) -> String {
    let body = layout::render(shape, value_at, layout::REPR);
    // A shape that exists has a size that fits in memory.
    let size = shape.size().unwrap_or(usize::MAX);

    // `array([])` could be any empty shape and dtype, and a summarized array
    // hides its length, so NumPy 2 spells these out.
    let mut notes = Vec::new();
    if (size == 0 && shape != Shape::Vector(0)) || size > THRESHOLD {
        notes.push(format!("shape={shape}"));
    }
    if size == 0 {
        // float64, int64 and bool are otherwise implied by the digits.
        notes.push(format!("dtype={}", T::DTYPE));
    }
    if notes.is_empty() {
        return format!("array({body})");
    }

    let text = format!("array({body},");
    let notes = notes.join(", ") + ")";
    // The notes go on a new line, under the first element, if they would
    // push the last line past 75 columns.
    let last_line_len = text.len() - text.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if last_line_len + 1 + notes.len() > LINE_WIDTH {
        format!("\n{}", " ".repeat("array(".len()))
    } else {
        " ".to_owned()
    };
    text + &spacer + &notes
}
