//! Chapter 4's homework: the entry that draws leaky ReLU, to add to
//! `FIGURES` in `crates/figures/src/list.rs`, and the Japanese for its
//! title, to add to `JAPANESE` in `crates/figures/src/language.rs`. The book
//! shows both from here, and the exercises' tests (`tests/homework.rs`)
//! compile and draw them, so they cannot go stale.

use figures::{Curve, Figure, Grid};

/// The homework's figure, in a list of its own.
pub(crate) const FIGURES: &[Figure] = &[
    // ANCHOR: figure
    // Leaky ReLU with the slope 0.1, so that the leak shows.
    Figure {
        file_name: "leaky-relu.svg",
        title: "Leaky ReLU (slope 0.1)",
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-1.0, 5.5),
        curves: &[Curve::new(
            "leaky ReLU",
            |x| if x > 0.0 { x } else { 0.1 * x },
        )],
    },
    // ANCHOR_END: figure
];

/// The Japanese for the figure's title (its one curve has no legend).
pub(crate) const JAPANESE: &[(&str, &str)] = &[
    // ANCHOR: japanese
    ("Leaky ReLU (slope 0.1)", "リーキー ReLU（傾き 0.1）"),
    // ANCHOR_END: japanese
];
