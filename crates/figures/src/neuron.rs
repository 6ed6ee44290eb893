//! Chapter 1's neuron: two inputs and a bias, weighted and summed into the
//! weighted input u, which the activation function h turns into the output z.

use crate::Language;
use crate::drawing::{CENTRE, Node, arrow, label, muted, write};
use crate::figure::{Area, DrawError};
use crate::style::{self, px};
use plotters::element::DashedPathElement;
use plotters::prelude::*;

// The layout, in pixels of the figure as shown (see `style::SIZE`).
const HEADER_Y: i32 = 96;
const INPUTS_X: i32 = 96;
const SUM_X: i32 = 350;
const ACTIVATION_X: i32 = 520;
const OUTPUT_X: i32 = 660;
const MIDDLE_Y: i32 = 232;

/// Draws the figure; see the module's documentation.
pub(crate) fn draw(language: Language, root: &Area<'_>) -> Result<(), DrawError> {
    let say = |phrase| language.say(phrase);
    let input = |y| Node {
        at: (INPUTS_X, y),
        radius: 24,
        fill: style::CARD,
        edge: style::AXIS,
    };
    let (x1, x2) = (input(162), input(252));
    let one = Node {
        fill: style::GRID_LINE,
        ..input(342)
    };
    let unit = |x| Node {
        at: (x, MIDDLE_Y),
        radius: 34,
        fill: style::CARD,
        edge: style::CURVE_COLOURS[0],
    };
    let (sum, activation) = (unit(SUM_X), unit(ACTIVATION_X));
    let output = Node {
        at: (OUTPUT_X, MIDDLE_Y),
        ..input(0)
    };

    // The neuron itself: a dashed box around the sum and the activation.
    let corners = [(290, 152), (580, 152), (580, 312), (290, 312), (290, 152)];
    let corners = corners.map(|(x, y)| (px(x), px(y)));
    let dashed = style::CURVE_COLOURS[0].stroke_width(px(1) as u32);
    root.draw(&DashedPathElement::new(corners, px(6), px(4), dashed))?;
    write(root, say("neuron")?, (435, 140), muted(CENTRE))?;

    let weight = (style::CURVE_COLOURS[1], 2);
    arrow(root, &x1, &sum, weight)?;
    arrow(root, &x2, &sum, weight)?;
    arrow(root, &one, &sum, weight)?;
    let thick = (style::TEXT, 2);
    arrow(root, &sum, &activation, thick)?;
    arrow(root, &activation, &output, thick)?;

    for (node, name) in [(&x1, "x₁"), (&x2, "x₂"), (&one, "1"), (&output, "z")] {
        node.draw(root, name, style::LABEL_SIZE)?;
    }
    sum.draw(root, "Σ", style::TITLE_SIZE)?;
    activation.draw(root, "h", style::TITLE_SIZE)?;

    // The weights on their arrows, and u on its way to h.
    let orange = |pos| (style::LABEL_SIZE, pos, style::CURVE_COLOURS[1]);
    write(root, "w₁", (215, 178), orange(CENTRE))?;
    write(root, "w₂", (215, 230), orange(CENTRE))?;
    write(root, "b", (200, 278), orange(CENTRE))?;
    write(
        root,
        "u",
        ((SUM_X + ACTIVATION_X) / 2, MIDDLE_Y - 16),
        label(CENTRE),
    )?;

    // What each part is called, and what it computes.
    write(root, say("inputs")?, (INPUTS_X, HEADER_Y), muted(CENTRE))?;
    write(root, say("weights")?, (215, HEADER_Y), muted(CENTRE))?;
    write(root, say("output")?, (OUTPUT_X, HEADER_Y), muted(CENTRE))?;
    write(root, say("bias")?, (INPUTS_X, 392), muted(CENTRE))?;
    let below = 342;
    write(root, say("weighted input")?, (SUM_X, below), muted(CENTRE))?;
    write(
        root,
        "u = w₁x₁ + w₂x₂ + b",
        (SUM_X, below + 26),
        label(CENTRE),
    )?;
    write(
        root,
        say("activation function")?,
        (ACTIVATION_X, below),
        muted(CENTRE),
    )?;
    write(root, "z = h(u)", (ACTIVATION_X, below + 26), label(CENTRE))?;
    Ok(())
}
