//! The book's figures: each activation function plotted over the tutorial's
//! grid, and a chart of the measured speedups, drawn with [`plotters`] as SVG
//! files in `book/src/figures/`.
//!
//! Every function plot is one entry in the list [`FIGURES`] (in
//! `crates/figures/src/list.rs`): a file name, a title, the x grid, the
//! visible y range, and the functions to draw. The chart and the summary
//! table of chapter 8, [`SPEEDUPS`], come from the saved results of
//! `crates/bench/compare-numpy` (see [below](#chapter-8s-chart-and-summary)).
//! One command writes them all:
//!
//! ```text
//! cargo run -p figures              # (re)writes the files that changed
//! cargo run -p figures -- --check   # only checks; fails if a file is out of date
//! ```
//!
//! `cargo test -p figures` draws everything in memory and fails if a
//! committed file differs, so the book always shows what the code computes
//! and what the benchmarks measured.
//!
//! # Adding a figure (homework)
//!
//! Say you want to plot tanh, `h(x) = (e^x − e^(−x)) / (e^x + e^(−x))`.
//!
//! 1. Add an entry to [`FIGURES`] in `crates/figures/src/list.rs`:
//!
//!    ```
//!    # use figures::{Curve, Figure, Grid};
//!    # const TANH: Figure =
//!    Figure {
//!        file_name: "tanh.svg",
//!        title: "tanh function",
//!        x: Grid::arange(-5.0, 5.0, 0.1), // np.arange(-5.0, 5.0, 0.1)
//!        y_limits: (-1.1, 1.1),           // plt.ylim(-1.1, 1.1)
//!        curves: &[Curve::new("tanh", f64::tanh)],
//!    }
//!    # ;
//!    # assert!(TANH.render().is_ok());
//!    ```
//!
//!    The function is any `fn(f64) -> f64`: one from the `activations` crate,
//!    a method such as `f64::tanh`, or a function you write yourself. To
//!    compare functions in one figure, list several curves; the first is
//!    drawn solid, the second dashed, and a legend names them.
//! 2. Run `cargo run -p figures`. It writes `book/src/figures/tanh.svg`.
//! 3. Show it in a chapter: `![tanh rises from -1 to 1](figures/tanh.svg)`.
//! 4. Commit the SVG with your change; `cargo test -p figures` checks it.
//!
//! # Chapter 8's chart and summary
//!
//! `crates/bench/compare-numpy --save` writes what it measured to
//! `crates/bench/results/compare-numpy.json`. From that file (read by
//! [`Results::read`]), [`SPEEDUPS`] draws `speedups.svg`, the simple and
//! the fast Rust form of five targets against NumPy, and writes the same
//! rows as a Markdown table, `book/src/generated/ch08-summary.md`, which
//! chapter 8 includes. After a new run, `cargo run -p figures` redraws both.
//!
//! # How the figures look, and why
//!
//! Like the tutorial's plots: each curve is a line through its points, as
//! `plt.plot(x, y)` draws it, so the step rises steeply between `x[50]`
//! (a hair below 0) and `x[51]`; lines beyond `y_limits` are cut off at its
//! border ([`visible_pieces`]). Each figure sits on its own white card, to
//! read the same on mdBook's light and dark themes. Colours are Okabe–Ito's
//! and line styles differ too, so colour-blind readers and greyscale can
//! tell them apart. Text is SVG `<text>` for the browser to set: no fonts
//! are needed, and the same code gives the same bytes on every machine.

mod clip;
mod figure;
mod list;
mod results;
mod speedups;
mod style;

use std::path::{Path, PathBuf};

pub use clip::{Point, visible_pieces};
pub use figure::{Curve, Figure, FigureError, Grid};
pub use list::{FIGURES, SPEEDUPS};
pub use results::{Form, Results, Target};
pub use speedups::SpeedupChart;

/// Where the figures go, relative to the workspace root.
///
/// ```
/// assert_eq!(figures::OUTPUT_DIR, "book/src/figures");
/// ```
pub const OUTPUT_DIR: &str = "book/src/figures";

/// The absolute path of `path`, relative to the workspace's root, wherever
/// the command runs from.
///
/// ```
/// let dir = figures::workspace_file(figures::OUTPUT_DIR);
/// assert!(dir.is_absolute() && dir.ends_with("book/src/figures"));
/// ```
pub fn workspace_file(path: &str) -> PathBuf {
    // This crate lives in <workspace>/crates/figures.
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir.ancestors().nth(2).unwrap_or(crate_dir).join(path)
}

/// Draws every file this crate writes, in order: each function plot of
/// [`FIGURES`], then the [`SPEEDUPS`] chart and its summary table. Yields
/// each file's path (relative to the workspace's root) with its contents, or
/// with the reason it could not be drawn.
///
/// `cargo run -p figures` writes what this draws, and `cargo test -p figures`
/// compares it with the committed files.
///
/// ```
/// let paths: Vec<_> = figures::draw_all().map(|(path, _)| path).collect();
/// assert_eq!(paths[0], "book/src/figures/step.svg");
/// assert_eq!(paths.last().unwrap(), figures::SPEEDUPS.summary);
/// ```
pub fn draw_all() -> impl Iterator<Item = (String, Result<String, FigureError>)> {
    let plots = FIGURES
        .iter()
        .map(|plot| (format!("{OUTPUT_DIR}/{}", plot.file_name), plot.render()));
    plots.chain(std::iter::once_with(|| SPEEDUPS.draw_all()).flatten())
}
