//! Chapter 3's vanishing gradient: the largest product of n sigmoid slopes,
//! σ′(0)ⁿ = 0.25ⁿ, for n = 1 to 10 layers, as bars on a log scale.

use crate::Language;
use crate::drawing::{CENTRE, LEFT, RIGHT, label, muted, write};
use crate::figure::{Area, DrawError};
use crate::style::{self, px};
use activations::{relu_derivative, sigmoid_derivative};
use plotters::element::DashedPathElement;
use plotters::prelude::*;

/// How many layers the figure goes down to.
const LAYERS: i32 = 10;

/// The sigmoid's steepest slope, σ′(0) = 1/4: the best a layer can pass on.
fn best_slope() -> f64 {
    sigmoid_derivative(0.0)
}

/// `1/4`, `1/16`, ... `1/1,048,576`: the product of `n` best slopes, exactly
/// (a power of two), written as one part in so many.
fn one_in(n: i32) -> String {
    let parts = (1.0 / best_slope().powi(n)).round() as u64;
    let digits = parts.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("1/{grouped}")
}

// The layout, in pixels of the figure as shown (see `style::SIZE`).
const SUBTITLE_Y: i32 = 62;
const ROWS_TOP: i32 = 100;
const ROW_HEIGHT: i32 = 27;
const BAR_HEIGHT: i32 = 15;
const PLOT_LEFT: i32 = 110;
const PLOT_RIGHT: i32 = 600;
/// The log scale runs from 10^LOWEST on the left to 1 on the right.
const LOWEST: i32 = -7;

/// Draws the figure; see the module's documentation.
pub(crate) fn draw(language: Language, root: &Area<'_>) -> Result<(), DrawError> {
    let say = |phrase| language.say(phrase);
    write(
        root,
        say("The product of n slopes of the sigmoid, at best: σ′(0)ⁿ = 0.25ⁿ")?,
        (style::SIZE.0 as i32 / 2, SUBTITLE_Y),
        muted(CENTRE),
    )?;
    let x = |value: f64| {
        let share = (value.log10() - f64::from(LOWEST)) / f64::from(-LOWEST);
        PLOT_LEFT + (share * f64::from(PLOT_RIGHT - PLOT_LEFT)).round() as i32
    };
    let bottom = ROWS_TOP + ROW_HEIGHT * LAYERS;
    let line = |points: [(i32, i32); 2], colour: RGBColor, width: i32| {
        let points = points.map(|(x, y)| (px(x), px(y)));
        root.draw(&PathElement::new(
            points,
            colour.stroke_width(px(width) as u32),
        ))
    };

    // The log axis: a grid line and a label at each power of ten.
    for power in LOWEST..=0 {
        let at = x(10f64.powi(power));
        line([(at, ROWS_TOP - 6), (at, bottom)], style::GRID_LINE, 1)?;
        line([(at, bottom), (at, bottom + 5)], style::AXIS, 2)?;
        let tick = match power {
            0 => "1".to_owned(),
            _ => format!("10{}", superscript(power)),
        };
        write(root, &tick, (at, bottom + 20), label(CENTRE))?;
    }
    line([(PLOT_LEFT, bottom), (PLOT_RIGHT, bottom)], style::AXIS, 2)?;
    write(
        root,
        say("(log scale)")?,
        (PLOT_RIGHT, bottom + 46),
        muted(RIGHT),
    )?;
    write(
        root,
        say("layers")?,
        (PLOT_LEFT - 14, ROWS_TOP - 14),
        muted(RIGHT),
    )?;

    // One bar per layer count, from the left edge to 0.25ⁿ, labelled 1/4ⁿ.
    for n in 1..=LAYERS {
        let middle = ROWS_TOP + ROW_HEIGHT * (n - 1) + ROW_HEIGHT / 2;
        write(
            root,
            &format!("n = {n}"),
            (PLOT_LEFT - 14, middle),
            label(RIGHT),
        )?;
        let end = x(best_slope().powi(n));
        let (top, bottom) = (middle - BAR_HEIGHT / 2, middle + BAR_HEIGHT / 2);
        let bar = [(px(PLOT_LEFT), px(top)), (px(end), px(bottom))];
        root.draw(&Rectangle::new(bar, style::CURVE_COLOURS[0].filled()))?;
        let value = (style::VALUE_SIZE, LEFT, style::TEXT);
        write(root, &one_in(n), (end + 6, middle), value)?;
    }

    // ReLU passes a positive input's gradient on whole: its slope is 1, and 1ⁿ = 1.
    let relu_x = x(relu_derivative(1.0_f64).powi(LAYERS));
    let dashed = style::CURVE_COLOURS[1].stroke_width(px(2) as u32);
    let points = [(px(relu_x), px(ROWS_TOP - 6)), (px(relu_x), px(bottom))];
    root.draw(&DashedPathElement::new(points, px(6), px(4), dashed))?;
    write(
        root,
        say("ReLU, x > 0: 1ⁿ = 1")?,
        (relu_x, ROWS_TOP - 14),
        label(CENTRE),
    )?;
    Ok(())
}

/// `power` in superscript digits: `−7` gives `⁻⁷`.
fn superscript(power: i32) -> String {
    let digits = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let sign = if power < 0 { "⁻" } else { "" };
    let number = power.unsigned_abs().to_string();
    let number = number
        .bytes()
        .map(|digit| digits[usize::from(digit - b'0')]);
    sign.chars().chain(number).collect()
}
