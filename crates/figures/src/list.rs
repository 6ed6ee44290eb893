//! The list of figures in the book. To add a figure, add an entry here.

use crate::{Curve, Figure, Grid};
use activations::{relu, sigmoid, step};

// ANCHOR: figures
/// Every figure in the book, in the order the book shows them.
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
