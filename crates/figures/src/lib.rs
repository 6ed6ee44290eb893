//! The book's figures: each activation function plotted over the tutorial's
//! grid, and a chart of the measured speedups, drawn with [`plotters`] as SVG
//! files in `book/src/figures/`.
//!
//! Every function plot is one entry in the list [`FIGURES`] (in
//! `crates/figures/src/list.rs`): a file name, a title, the x grid, the
//! visible y range, and the functions to draw. The chart of chapter 8,
//! [`SPEEDUPS`], is drawn from the saved output of `crates/bench/compare-numpy`
//! (see [below](#the-speedup-chart)). One command draws them all:
//!
//! ```text
//! cargo run -p figures              # (re)writes book/src/figures/*.svg
//! cargo run -p figures -- --check   # only checks; fails if a file is out of date
//! ```
//!
//! `cargo test -p figures` draws every figure in memory and fails if a
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
//! # The speedup chart
//!
//! `crates/bench/results/compare-numpy.txt` holds the complete output of one
//! run of `crates/bench/compare-numpy`. [`Comparison::read`] parses its table
//! (one row per target and form of the code, with the `vs tutorial` ratio)
//! and its closing `NAME: S.SSx` lines; [`SPEEDUPS`] names the five targets
//! to show and, for each, the simple Rust form to set beside the fast one
//! (the row marked `*`). To show a new run, save it and redraw:
//!
//! ```text
//! crates/bench/compare-numpy > crates/bench/results/compare-numpy.txt
//! cargo run -p figures
//! ```
//!
//! A missing or malformed results file is an error that names the file and
//! the line, never a panic.
//!
//! # How the figures look, and why
//!
//! - **Like the tutorial's plots.** Each curve is a line through its points
//!   at the grid's x values, as matplotlib's `plt.plot(x, y)` draws it. The
//!   step function therefore jumps along a steep segment between the grid's
//!   two points nearest 0 (`x[50] ≈ -1.8e-14` gives 0 and `x[51] ≈ 0.1`
//!   gives 1), exactly as in the tutorial. Lines beyond `y_limits` are cut
//!   off at its border (see [`visible_pieces`]).
//! - **Readable in every book theme.** An SVG shown with `<img>` cannot see
//!   the page's CSS, so each figure sits on its own white, rounded card that
//!   reads the same on mdBook's light and dark themes.
//! - **Colour-blind safe.** Curves take colours from the Okabe–Ito palette
//!   and differ in line style too (solid, dashed, dotted, ...). The chart's
//!   bars are pale with a vermillion edge (simple code) or solid blue (fast
//!   code), so they differ in greyscale too.
//! - **No fonts needed.** Text goes into the SVG as `<text>` for the browser
//!   to set in its own sans-serif font. plotters is built without its font
//!   features, so drawing needs no font files and no font library, and the
//!   same code gives the same bytes on every machine.

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
pub use results::{Comparison, Form, ResultsError, Speedup, Target};
pub use speedups::{Speeds, SpeedupChart, SpeedupRow};

/// Where the figures go, relative to the workspace root.
///
/// ```
/// assert_eq!(figures::OUTPUT_DIR, "book/src/figures");
/// ```
pub const OUTPUT_DIR: &str = "book/src/figures";

/// The absolute path of [`OUTPUT_DIR`], wherever the command runs from.
///
/// ```
/// let dir = figures::output_dir();
/// assert!(dir.is_absolute());
/// assert!(dir.ends_with("book/src/figures"));
/// ```
pub fn output_dir() -> PathBuf {
    workspace_dir().join(OUTPUT_DIR)
}

/// The workspace's root folder.
pub(crate) fn workspace_dir() -> PathBuf {
    // This crate lives in <workspace>/crates/figures.
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir.ancestors().nth(2).unwrap_or(crate_dir).to_owned()
}

/// Draws every figure of the book, in order: each function plot of
/// [`FIGURES`], then the [`SPEEDUPS`] chart. Yields each file name with its
/// SVG document, or with the reason it could not be drawn.
///
/// `cargo run -p figures` writes what this draws, and `cargo test -p figures`
/// compares it with the committed files.
///
/// ```
/// let names: Vec<_> = figures::draw_all().map(|(name, _svg)| name).collect();
/// assert_eq!(names.first(), Some(&"step.svg"));
/// assert_eq!(names.last(), Some(&"speedups.svg"));
/// ```
pub fn draw_all() -> impl Iterator<Item = (&'static str, Result<String, FigureError>)> {
    let plots = FIGURES.iter().map(|plot| (plot.file_name, plot.render()));
    let chart = std::iter::once_with(|| (SPEEDUPS.file_name, SPEEDUPS.render()));
    plots.chain(chart)
}
