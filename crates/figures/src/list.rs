//! The list of figures in the book. To add a figure, add an entry here.

use crate::{Curve, Figure, Grid, SpeedupChart, SpeedupRow};
use activations::{relu, sigmoid, step};

// ANCHOR: figures
/// Every function plot in the book, in the order the book shows them.
///
/// `cargo run -p figures` draws each one to `book/src/figures/<file_name>`;
/// `cargo test -p figures` checks that the committed files match.
///
/// ```
/// let names: Vec<_> = figures::FIGURES.iter().map(|f| f.file_name).collect();
/// assert!(names.contains(&"sigmoid.svg"));
/// ```
pub const FIGURES: &[Figure] = &[
    // The tutorial's three plots: `x = np.arange(-5.0, 5.0, 0.1)` and
    // `plt.ylim(-0.1, 1.1)` for each of them.
    Figure {
        file_name: "step.svg",
        title: "Step function",
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-0.1, 1.1),
        curves: &[Curve::new("step", step)],
    },
    Figure {
        file_name: "sigmoid.svg",
        title: "Sigmoid function",
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-0.1, 1.1),
        curves: &[Curve::new("sigmoid", sigmoid)],
    },
    // With the tutorial's y range, ReLU leaves the top of the plot at x = 1.1.
    Figure {
        file_name: "relu.svg",
        title: "ReLU function, in the tutorial's y range",
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-0.1, 1.1),
        curves: &[Curve::new("ReLU", relu)],
    },
    // The same ReLU with room for its whole shape.
    Figure {
        file_name: "relu-full.svg",
        title: "ReLU function",
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-0.5, 5.5),
        curves: &[Curve::new("ReLU", relu)],
    },
    // The first curve is drawn solid, the second dashed.
    Figure {
        file_name: "sigmoid-vs-step.svg",
        title: "Sigmoid and step function",
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-0.1, 1.1),
        curves: &[Curve::new("sigmoid", sigmoid), Curve::new("step", step)],
    },
];
// ANCHOR_END: figures

/// The chart of chapter 8, "How fast is it?": the speed of the simple and
/// the fast Rust code, relative to the tutorial's NumPy code, as
/// `crates/bench/compare-numpy` measured it. After a new run is saved to the
/// results file, `cargo run -p figures` redraws it.
///
/// ```
/// assert_eq!(figures::SPEEDUPS.file_name, "speedups.svg");
/// assert_eq!(figures::SPEEDUPS.rows.len(), 5);
/// ```
pub const SPEEDUPS: SpeedupChart = SpeedupChart {
    file_name: "speedups.svg",
    title: "Speed of the Rust code, relative to NumPy",
    results: "crates/bench/results/compare-numpy.txt",
    // The five targets with a closing `NAME: S.SSx` line.
    rows: &[
        SpeedupRow {
            target: "step_1e7",
            label: "step\n10⁷ values",
            simple_form: "rust simple",
        },
        SpeedupRow {
            target: "sigmoid_1e7",
            label: "sigmoid\n10⁷ values",
            simple_form: "rust simple",
        },
        SpeedupRow {
            target: "relu_1e7",
            label: "ReLU\n10⁷ values",
            simple_form: "rust simple",
        },
        // One sample: the Network of chapter 6 against the static-shape one.
        SpeedupRow {
            target: "forward_one",
            label: "forward pass\n1 sample",
            simple_form: "rust dynamic",
        },
        SpeedupRow {
            target: "forward_batch_1e6",
            label: "forward pass\n10⁶ samples",
            simple_form: "rust simple",
        },
    ],
};
