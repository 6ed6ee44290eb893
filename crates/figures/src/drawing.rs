//! Figures that are not plots of curves, each drawn by a function of its
//! own: chapter 1's neuron, chapter 3's vanishing gradient, chapter 5's
//! network. Their layouts are fixed, with room to spare for the longer of
//! the two languages' words.

use crate::Language;
use crate::figure::{Area, DrawError, FigureError, render_card, text_style};
use crate::style::{self, px};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A figure drawn by `draw` below its title, in a language.
#[derive(Clone, Copy)]
pub(crate) struct Drawing {
    /// The file written in each language's folder: a plain `*.svg` name.
    pub(crate) file_name: &'static str,
    /// The title drawn above it; also the SVG's `<title>`.
    pub(crate) title: &'static str,
    pub(crate) draw: fn(Language, &Area<'_>) -> Result<(), DrawError>,
}

impl Drawing {
    /// The SVG document in `language`.
    pub(crate) fn render_in(&self, language: Language) -> Result<String, FigureError> {
        render_card(self.file_name, self.title, language, |root| {
            (self.draw)(language, &root)?;
            Ok(root.present()?)
        })
    }
}

/// Where a piece of text is anchored: `(horizontal, vertical)`.
pub(crate) const LEFT: Pos = Pos {
    h_pos: HPos::Left,
    v_pos: VPos::Center,
};
pub(crate) const RIGHT: Pos = Pos {
    h_pos: HPos::Right,
    v_pos: VPos::Center,
};
pub(crate) const CENTRE: Pos = Pos {
    h_pos: HPos::Center,
    v_pos: VPos::Center,
};

/// Draws `text` of `size` at `(x, y)` in shown pixels, anchored at `pos`,
/// in `colour`; each `\n` starts a line below.
pub(crate) fn write(
    root: &Area<'_>,
    text: &str,
    (x, y): (i32, i32),
    (size, pos, colour): (f64, Pos, RGBColor),
) -> Result<(), DrawError> {
    let style = text_style(size).pos(pos).color(&colour);
    let line_height = (size * 1.1).round() as i32;
    let lines = text.lines().count() as i32;
    // Centred text stays centred on y however many lines it has.
    let first = match pos.v_pos {
        VPos::Center => y - line_height * (lines - 1) / 2,
        _ => y,
    };
    for (index, line) in (0..).zip(text.lines()) {
        root.draw_text(line, &style, (px(x), px(first + line_height * index)))?;
    }
    Ok(())
}

/// The usual text of a drawing: label-sized, in the text colour.
pub(crate) fn label(pos: Pos) -> (f64, Pos, RGBColor) {
    (style::LABEL_SIZE, pos, style::TEXT)
}

/// Quieter text, for what explains rather than names.
pub(crate) fn muted(pos: Pos) -> (f64, Pos, RGBColor) {
    (style::LABEL_SIZE, pos, style::AXIS)
}

/// A circle of a diagram: where, how big, and how it is drawn.
#[derive(Clone, Copy)]
pub(crate) struct Node {
    /// The centre, in shown pixels.
    pub(crate) at: (i32, i32),
    pub(crate) radius: i32,
    pub(crate) fill: RGBColor,
    pub(crate) edge: RGBColor,
}

impl Node {
    /// Draws the circle, with `text` in its middle at `size`.
    pub(crate) fn draw(&self, root: &Area<'_>, text: &str, size: f64) -> Result<(), DrawError> {
        let (centre, radius) = ((px(self.at.0), px(self.at.1)), px(self.radius));
        root.draw(&Circle::new(centre, radius, self.fill.filled()))?;
        let edge = self.edge.stroke_width(px(2) as u32);
        root.draw(&Circle::new(centre, radius, edge))?;
        write(root, text, self.at, (size, CENTRE, style::TEXT))
    }
}

/// Draws an arrow from the edge of `from` to the edge of `to`, `width`
/// pixels wide, its head a filled triangle.
pub(crate) fn arrow(
    root: &Area<'_>,
    from: &Node,
    to: &Node,
    (colour, width): (RGBColor, i32),
) -> Result<(), DrawError> {
    let (dx, dy) = (
        f64::from(to.at.0 - from.at.0),
        f64::from(to.at.1 - from.at.1),
    );
    let length = dx.hypot(dy);
    let (ux, uy) = (dx / length, dy / length);
    // A point `distance` shown pixels along the line from `from`'s centre,
    // `side` pixels to its left, in the SVG's units.
    let at = |distance: f64, side: f64| {
        let x = f64::from(from.at.0) + ux * distance + uy * side;
        let y = f64::from(from.at.1) + uy * distance - ux * side;
        let scale = f64::from(px(1));
        ((x * scale).round() as i32, (y * scale).round() as i32)
    };
    let head = 10.0;
    let (start, tip) = (f64::from(from.radius), length - f64::from(to.radius));
    let line = colour.stroke_width(px(width) as u32);
    root.draw(&PathElement::new(
        [at(start, 0.0), at(tip - head, 0.0)],
        line,
    ))?;
    let triangle = vec![at(tip, 0.0), at(tip - head, 4.5), at(tip - head, -4.5)];
    root.draw(&Polygon::new(triangle, colour.filled()))?;
    Ok(())
}
