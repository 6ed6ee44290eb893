//! How every figure looks: size, colours, fonts and line styles.
//!
//! An SVG shown with `<img>` cannot see the book's CSS, so it cannot follow
//! mdBook's theme switch. Each figure is therefore drawn on its own light,
//! rounded "card", which reads the same on the light theme and on the dark
//! ones (coal, navy, ayu).

use plotters::style::RGBColor;

/// Width and height of a figure on the page, in pixels: it fits mdBook's
/// 750 px text column. All other sizes here are in these pixels too.
pub(crate) const SIZE: (u32, u32) = (720, 450);
/// The figures are drawn this many times larger than they are shown, because
/// plotters rounds every coordinate to a whole unit: in quarter pixels, a
/// curve through rounded points still looks smooth.
pub(crate) const SCALE: u32 = 4;
/// Corner radius of the card.
pub(crate) const CARD_CORNER_RADIUS: u32 = 12;

pub(crate) const CARD: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
pub(crate) const CARD_BORDER: RGBColor = RGBColor(0xD0, 0xD7, 0xDE);
pub(crate) const TEXT: RGBColor = RGBColor(0x24, 0x29, 0x2F);
pub(crate) const AXIS: RGBColor = RGBColor(0x57, 0x60, 0x6A);
pub(crate) const GRID_LINE: RGBColor = RGBColor(0xE4, 0xE8, 0xEC);

/// The font family named in the SVG. No font is needed to draw the figure:
/// the browser that shows it picks its own sans-serif font.
pub(crate) const FONT: &str = "sans-serif";
/// Font sizes as plotters counts them (the SVG's font-size is this / 1.24).
pub(crate) const TITLE_SIZE: f64 = 26.0;
/// Height of the band at the top that holds the title.
pub(crate) const TITLE_BAND_HEIGHT: u32 = 52;
pub(crate) const LABEL_SIZE: f64 = 20.0;

/// Width of a curve's line.
pub(crate) const LINE_WIDTH: u32 = 3;

/// Curve colours, in order: the Okabe–Ito palette, which stays distinct
/// for colour-blind readers (blue, vermillion, bluish green, reddish purple,
/// black). The palette's lighter colours (orange, sky blue, yellow) are left
/// out: they are too faint on a white card.
pub(crate) const CURVE_COLOURS: [RGBColor; 5] = [
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xCC, 0x79, 0xA7),
    RGBColor(0x00, 0x00, 0x00),
];

/// How a curve's line is drawn, so curves differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dash {
    Solid,
    /// Dashes and gaps of these lengths.
    Dashed {
        dash: u32,
        gap: u32,
    },
}

/// Line styles, in order: solid, dashed, dotted, long dashes.
pub(crate) const CURVE_DASHES: [Dash; 4] = [
    Dash::Solid,
    Dash::Dashed { dash: 12, gap: 7 },
    Dash::Dashed { dash: 3, gap: 6 },
    Dash::Dashed { dash: 24, gap: 8 },
];

/// The colour and line style of the figure's `index`-th curve.
pub(crate) fn curve_look(index: usize) -> (RGBColor, Dash) {
    (
        CURVE_COLOURS[index % CURVE_COLOURS.len()],
        CURVE_DASHES[index % CURVE_DASHES.len()],
    )
}

/// Font size of the value written at the end of each bar of a bar chart.
pub(crate) const VALUE_SIZE: f64 = 18.0;
/// Width of a bar's outline.
pub(crate) const BAR_EDGE_WIDTH: u32 = 2;

/// How a bar is drawn: its fill and its outline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BarLook {
    pub(crate) fill: RGBColor,
    pub(crate) edge: RGBColor,
}

/// The simple code's bars: a pale tint of vermillion inside a vermillion
/// edge, so that they read as light bars beside the dark fast ones even
/// without colour (in greyscale, or to colour-blind readers).
pub(crate) const SIMPLE_BAR: BarLook = BarLook {
    fill: RGBColor(0xF5, 0xD7, 0xBF),
    edge: CURVE_COLOURS[1],
};
/// The fast code's bars: solid blue.
pub(crate) const FAST_BAR: BarLook = BarLook {
    fill: CURVE_COLOURS[0],
    edge: CURVE_COLOURS[0],
};
