//! The list of figures in the book. To add a figure, add an entry here.

use crate::drawing::Drawing;
use crate::{Curve, Figure, Grid, SpeedupChart, network, neuron, vanishing};
use activations::{relu, relu_derivative, sigmoid, sigmoid_derivative, step};

/// Every function plot in the book, in the order the book shows them, each
/// drawn to `book/src/figures/<file_name>`.
///
/// ```
/// let names: Vec<_> = figures::FIGURES.iter().map(|f| f.file_name).collect();
/// assert!(names.contains(&"sigmoid.svg"));
/// ```
// ANCHOR: figures
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
    // Each function with its slope: the sigmoid's is at most 1/4 (at x = 0),
    // ReLU's jumps from 0 to 1 at the corner.
    Figure {
        file_name: "sigmoid-derivative.svg",
        title: "Sigmoid function and its derivative",
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-0.1, 1.1),
        curves: &[
            Curve::new("σ(x)", sigmoid),
            Curve::new("σ′(x)", sigmoid_derivative),
        ],
    },
    Figure {
        file_name: "relu-derivative.svg",
        title: "ReLU function and its derivative",
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-0.5, 2.5),
        curves: &[
            Curve::new("ReLU(x)", relu),
            Curve::new("ReLU′(x)", relu_derivative),
        ],
    },
];
// ANCHOR_END: figures

/// The figures that are drawings, not plots of curves (see `src/drawing.rs`).
pub(crate) const DRAWINGS: &[Drawing] = &[
    Drawing {
        file_name: "neuron.svg",
        title: "One neuron",
        draw: neuron::draw,
    },
    Drawing {
        file_name: "vanishing-gradient.svg",
        title: "The vanishing gradient",
        draw: vanishing::draw,
    },
    Drawing {
        file_name: "network.svg",
        title: "The tutorial's 3-layer network",
        draw: network::draw,
    },
];

/// Chapter 8's chart and summary table: the speed of the simple and the fast
/// Rust code relative to the tutorial's NumPy code, as measured.
///
/// ```
/// assert_eq!(figures::SPEEDUPS.rows.len(), 5);
/// ```
pub const SPEEDUPS: SpeedupChart = SpeedupChart {
    file_name: "speedups.svg",
    title: "Speed of the Rust code, relative to NumPy",
    results: "crates/bench/results/compare-numpy.json",
    summary: "book/src/generated/ch08-summary.md",
    // The five measurements of chapter 8; for one sample, chapter 6's Network.
    rows: &[
        ("step_1e7", "step\n10⁷ values", "simple"),
        ("sigmoid_1e7", "sigmoid\n10⁷ values", "simple"),
        ("relu_1e7", "ReLU\n10⁷ values", "simple"),
        ("forward_one", "forward pass\n1 sample", "dynamic"),
        ("forward_batch_1e6", "forward pass\n10⁶ samples", "simple"),
    ],
};
