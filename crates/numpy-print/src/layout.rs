//! Placing the words: which elements are shown, how rows wrap at 75
//! columns, and the brackets around them (spec 1 and 6).
//!
//! This is NumPy's `array2string`, which both `str()` and `repr()` use; they
//! differ only in the [`Style`].

use crate::{Element, Shape};

/// Arrays with more elements than this are summarized with `...` (NumPy's
/// `threshold`; 1000 elements are still printed in full).
pub(crate) const THRESHOLD: usize = 1000;

/// A summarized axis keeps this many indices at each end (`edgeitems`).
const EDGE_ITEMS: usize = 3;

/// NumPy's `linewidth`: the longest line it prints, brackets included.
pub(crate) const LINE_WIDTH: usize = 75;

/// What `str()` and `repr()` do differently when placing words.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    /// Between two elements of a row.
    separator: &'static str,
    /// Columns taken before the first `[`: `array(` for repr.
    prefix_len: usize,
    /// Columns kept free after the last `]`: `)` for repr.
    suffix_len: usize,
}

/// `str(arr)`: `[1.  0.5]`.
pub(crate) const STR: Style = Style {
    separator: " ",
    prefix_len: 0,
    suffix_len: 0,
};

/// `repr(arr)`: `array([1. , 0.5])`.
pub(crate) const REPR: Style = Style {
    separator: ", ",
    prefix_len: "array(".len(),
    suffix_len: ")".len(),
};

/// The indices of one axis that are printed, in order; `None` marks where
/// `...` goes. An axis is cut only if the array is summarized and the axis
/// is longer than 2 × 3 (spec 1, step 4).
fn shown_indices(len: usize, summarize: bool) -> Vec<Option<usize>> {
    if summarize && len > 2 * EDGE_ITEMS {
        let head = (0..EDGE_ITEMS).map(Some);
        let tail = (len - EDGE_ITEMS..len).map(Some);
        head.chain([None]).chain(tail).collect()
    } else {
        (0..len).map(Some).collect()
    }
}

/// NumPy's `array2string` of an array, given its shape and its values in
/// row-major order (`value_at(i)` is the `i`th of them).
///
/// A 0-d array is its one element, formatted as an array element.
pub(crate) fn render<T: Element>(
    shape: Shape,
    value_at: impl Fn(usize) -> T,
    style: Style,
) -> String {
    let (rows, cols) = match shape {
        Shape::Scalar => return value_at(0).scalar_repr(),
        Shape::Vector(len) => (1, len),
        Shape::Matrix(rows, cols) => (rows, cols),
    };
    let size = rows * cols;
    if size == 0 {
        return "[]".to_owned(); // every empty shape, (0,), (2, 0), (0, 3) ...
    }
    let summarize = size > THRESHOLD;
    let shown_rows = shown_indices(rows, summarize);
    let shown_cols = shown_indices(cols, summarize);

    // One format for the whole array, built from the shown values only:
    // hidden elements don't affect widths or notation (spec 1, step 5).
    let shown: Vec<T> = shown_rows
        .iter()
        .flatten()
        .flat_map(|row| shown_cols.iter().flatten().map(move |col| row * cols + col))
        .map(&value_at)
        .collect();
    let mut words = T::format_words(&shown).into_iter();

    let mut row_texts = shown_rows.iter().map(|row| match row {
        None => "...".to_owned(), // a whole row elided: a line of its own
        Some(_) => {
            let row_words: Vec<String> = shown_cols
                .iter()
                .map(|col| match col {
                    Some(_) => words.next().unwrap_or_default(),
                    None => "...".to_owned(),
                })
                .collect();
            let depth = shape.ndim();
            fill_row(&row_words, depth, style)
        }
    });

    match shape {
        Shape::Matrix(..) => {
            // Rows after the first start a new line under the first row:
            // `[[0.1 0.2]\n [0.3 0.4]]` (spec 6.3).
            let separator = format!(
                "{}\n{}",
                style.separator.trim_end(),
                " ".repeat(style.prefix_len + 1)
            );
            let rows: Vec<String> = row_texts.collect();
            format!("[{}]", rows.join(&separator))
        }
        _ => row_texts.next().unwrap_or_default(),
    }
}

/// Lays out one row: a 1-D array (`depth` 1) or a row of a 2-D array
/// (`depth` 2), wrapping lines so they stay within 75 columns (spec 6.1).
fn fill_row(words: &[String], depth: usize, style: Style) -> String {
    // Continuation lines are indented to line up under the first element,
    // past `array(` and the open brackets.
    let indent = style.prefix_len + depth;
    // Each open bracket needs a `]` at the end of the last line, and every
    // line keeps one column free for the separator or that bracket.
    let limit = LINE_WIDTH - style.suffix_len - depth;

    let mut lines = Vec::new();
    let mut line = " ".repeat(indent);
    for (i, word) in words.iter().enumerate() {
        // Never wrap a line that holds only the indent: it would not help.
        if line.len() + word.len() > limit && line.len() > indent {
            // A wrapped line loses its trailing separator and padding, but
            // the last line keeps a padded word's spaces: `[0.5 1. ]`.
            lines.push(line.trim_end().to_owned());
            line = " ".repeat(indent);
        }
        line.push_str(word);
        if i + 1 < words.len() {
            line.push_str(style.separator);
        }
    }
    lines.push(line);
    // The first line's indent becomes the opening bracket.
    let text = lines.join("\n");
    format!("[{}]", &text[indent..])
}
