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
