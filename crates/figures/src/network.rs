//! Chapter 5's network, 2 → 3 → 2 → 2: layers 0 to 3 as circles, every
//! weight as an arrow, each layer's bias as the weight of a constant 1. The
//! arrows into the first unit of layer 1 stand out, labelled with the
//! chapter's notation: w⁽ˡ⁾ⱼₖ goes to unit j of layer l from unit k of layer
//! l − 1.

use crate::Language;
use crate::drawing::{CENTRE, Node, arrow, label, muted, write};
use crate::figure::{Area, DrawError};
use crate::style::{self, px};
use plotters::prelude::*;

/// Each layer: its x, its name, its number, its units' names, and the
/// activation function of its units (none for the inputs).
const LAYERS: [(i32, &str, &str, &[&str], &str); 4] = [
    (90, "input layer", "layer 0", &["x₁", "x₂"], ""),
    (
        330,
        "hidden layer 1",
        "layer 1",
        &["z₁⁽¹⁾", "z₂⁽¹⁾", "z₃⁽¹⁾"],
        "sigmoid",
    ),
    (
        490,
        "hidden layer 2",
        "layer 2",
        &["z₁⁽²⁾", "z₂⁽²⁾"],
        "sigmoid",
    ),
    (640, "output layer", "layer 3", &["y₁", "y₂"], "identity"),
];

// The layout, in pixels of the figure as shown (see `style::SIZE`).
const NAME_Y: i32 = 72;
const UNITS_MIDDLE: i32 = 206;
const UNIT_SPACING: i32 = 66;
const BIAS_Y: i32 = 334;
const ACTIVATION_Y: i32 = 380;
const FORMULA_Y: i32 = 418;

/// Draws the figure; see the module's documentation.
pub(crate) fn draw(language: Language, root: &Area<'_>) -> Result<(), DrawError> {
    let say = |phrase| language.say(phrase);
    let node = |at, radius, fill, edge| Node {
        at,
        radius,
        fill,
        edge,
    };
    // Each layer's units, centred on the middle line.
    let units: Vec<Vec<Node>> = LAYERS
        .iter()
        .map(|&(x, _, _, names, _)| {
            let count = names.len() as i32;
            (0..count)
                .map(|j| {
                    let y = UNITS_MIDDLE + UNIT_SPACING * (2 * j - (count - 1)) / 2;
                    node((x, y), 23, style::CARD, style::AXIS)
                })
                .collect()
        })
        .collect();
    // Each layer but the last feeds the next one a 1, for the biases.
    let ones: Vec<Node> = LAYERS[..3]
        .iter()
        .map(|&(x, ..)| node((x, BIAS_Y), 18, style::GRID_LINE, style::AXIS))
        .collect();

    let faint = (style::FAINT, 1);
    let shown = (style::CURVE_COLOURS[1], 2);
    for layer in 1..LAYERS.len() {
        for (j, to) in units[layer].iter().enumerate() {
            let inputs = units[layer - 1].iter().chain([&ones[layer - 1]]);
            for from in inputs {
                // Unit 1 of layer 1's arrows are drawn last, over the others.
                if !(layer == 1 && j == 0) {
                    arrow(root, from, to, faint)?;
                }
            }
        }
    }
    // The arrows into unit 1 of layer 1, named just above, `along` of the
    // way from their start; each name on a patch of the card's colour that
    // hides the faint arrows under it, drawn before the named arrows.
    let first = &units[1][0];
    let named = [
        (&units[0][0], "w₁₁⁽¹⁾", 0.5),
        (&units[0][1], "w₁₂⁽¹⁾", 0.3),
        (&ones[0], "b₁⁽¹⁾", 0.3),
    ];
    let name_at = |from: &Node, along: f64| {
        let (x0, y0) = (f64::from(from.at.0), f64::from(from.at.1));
        let (dx, dy) = (f64::from(first.at.0) - x0, f64::from(first.at.1) - y0);
        let length = dx.hypot(dy);
        let x = x0 + dx * along + dy / length * 14.0;
        let y = y0 + dy * along - dx / length * 14.0;
        (x.round() as i32, y.round() as i32)
    };
    for (from, text, along) in named {
        let (x, y) = name_at(from, along);
        // Wide enough for these short names at the label size.
        let half_width = 4 * text.chars().count() as i32 + 2;
        let patch = [
            (px(x - half_width), px(y - 9)),
            (px(x + half_width), px(y + 9)),
        ];
        root.draw(&Rectangle::new(patch, style::CARD.filled()))?;
    }
    let orange = (style::LABEL_SIZE, CENTRE, style::CURVE_COLOURS[1]);
    for (from, text, along) in named {
        arrow(root, from, first, shown)?;
        write(root, text, name_at(from, along), orange)?;
    }

    for ((&(x, name, number, names, activation), nodes), layer) in
        LAYERS.iter().zip(&units).zip(0..)
    {
        write(root, say(name)?, (x, NAME_Y), label(CENTRE))?;
        write(root, say(number)?, (x, NAME_Y + 22), muted(CENTRE))?;
        for (node, name) in nodes.iter().zip(names) {
            node.draw(root, name, style::LABEL_SIZE)?;
        }
        if let Some(one) = ones.get(layer) {
            one.draw(root, "1", style::LABEL_SIZE)?;
        }
        if !activation.is_empty() {
            write(root, say(activation)?, (x, ACTIVATION_Y), muted(CENTRE))?;
        }
    }
    let formula = "u₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾";
    write(root, formula, (style::SIZE.0 as i32 / 2, FORMULA_Y), orange)?;
    Ok(())
}
