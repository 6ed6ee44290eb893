//! The book's figures: each activation function plotted over the tutorial's
//! grid, drawn with [`plotters`] as SVG files in `book/src/figures/`.
//!
//! Every figure is one entry in the list [`FIGURES`] (in
//! `crates/figures/src/list.rs`): a file name, a title, the x grid, the
//! visible y range, and the functions to draw. One command draws them all:
//!
//! ```text
//! cargo run -p figures              # (re)writes book/src/figures/*.svg
//! cargo run -p figures -- --check   # only checks; fails if a file is out of date
//! ```
//!
//! `cargo test -p figures` draws every figure in memory and fails if a
//! committed file differs, so the book always shows what the code computes.
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
//!   and differ in line style too (solid, dashed, dotted, ...).
//! - **No fonts needed.** Text goes into the SVG as `<text>` for the browser
//!   to set in its own sans-serif font. plotters is built without its font
//!   features, so drawing needs no font files and no font library, and the
//!   same code gives the same bytes on every machine.

mod clip;
mod figure;
mod list;
mod style;

use std::path::{Path, PathBuf};

pub use clip::{Point, visible_pieces};
pub use figure::{Curve, Figure, FigureError, Grid};
pub use list::FIGURES;

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
    // This crate lives in <workspace>/crates/figures.
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = crate_dir.ancestors().nth(2).unwrap_or(crate_dir);
    workspace.join(OUTPUT_DIR)
}
