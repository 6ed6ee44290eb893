//! The book's files drawn from code: each activation function plotted over
//! the tutorial's grid ([`FIGURES`], in `src/list.rs`); the diagrams of
//! chapter 1's neuron and chapter 5's network, and chapter 3's vanishing
//! gradient (each a drawing of its own, `src/neuron.rs`, `src/network.rs`,
//! `src/vanishing.rs`); and chapter 8's chart and summary table
//! ([`SPEEDUPS`]) from the results that `crates/bench/compare-numpy --save`
//! wrote. `cargo run -p figures` writes
//! those that changed; `cargo test -p figures`
//! fails while a committed file differs from what the code draws, so the
//! book shows what the code computes and what the benchmarks measured.
//!
//! Every figure is written twice: in English to `book/src/figures/`, and
//! for the Japanese book to `book/src/figures/ja/`, with the Japanese for
//! each phrase from [`JAPANESE`] (see [`Language`]).
//!
//! To add a figure, add a [`Figure`] to [`FIGURES`] (any `fn(f64) -> f64`
//! can be a curve) and the Japanese for its title to [`JAPANESE`], run
//! `cargo run -p figures`, show the new SVG in a chapter and commit it;
//! chapter 4's homework walks through it.

mod clip;
mod drawing;
mod figure;
mod language;
mod list;
mod network;
mod neuron;
mod speedups;
mod style;
mod vanishing;

use std::path::{Path, PathBuf};

pub use clip::{Point, visible_pieces};
pub use figure::{Curve, Figure, FigureError, Grid};
pub use language::{JAPANESE, Language};
pub use list::{FIGURES, SPEEDUPS};
pub use speedups::SpeedupChart;

/// The absolute path of `path`, given from the workspace's root.
///
/// ```
/// let dir = figures::workspace_file("book/src/figures");
/// assert!(dir.is_absolute() && dir.is_dir());
/// ```
pub fn workspace_file(path: &str) -> PathBuf {
    // This crate lives in <workspace>/crates/figures.
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir.ancestors().nth(2).unwrap_or(crate_dir).join(path)
}

/// Draws every file this crate writes: in each [`Language`], each plot of
/// [`FIGURES`] and each drawing (chapter 1's neuron, chapter 3's vanishing
/// gradient, chapter 5's network); then the [`SPEEDUPS`] chart in each
/// language and its summary table. Yields each file's path (from the workspace's root) with
/// its contents, or why it could not be drawn.
///
/// ```
/// let paths: Vec<_> = figures::draw_all().map(|(path, _)| path).collect();
/// assert_eq!(paths[0], "book/src/figures/step.svg");
/// assert!(paths.contains(&"book/src/figures/ja/step.svg".to_owned()));
/// assert_eq!(paths.last().unwrap(), figures::SPEEDUPS.summary);
/// ```
pub fn draw_all() -> impl Iterator<Item = (String, Result<String, FigureError>)> {
    let plots = Language::ALL.into_iter().flat_map(|language| {
        let path = move |file_name| format!("{}/{file_name}", language.folder());
        let plots = FIGURES
            .iter()
            .map(move |plot| (path(plot.file_name), plot.render_in(language)));
        let drawings = list::DRAWINGS
            .iter()
            .map(move |drawing| (path(drawing.file_name), drawing.render_in(language)));
        plots.chain(drawings)
    });
    plots.chain(std::iter::once_with(|| SPEEDUPS.draw_all()).flatten())
}
