//! How every figure looks, and why. An SVG shown with `<img>` cannot follow
//! mdBook's theme switch, so each figure is drawn on its own light, rounded
//! "card" that reads the same on every theme. Curves differ in colour and in
//! line style, so colour-blind readers and greyscale can tell them apart.
//! Text is SVG `<text>` for the browser to set: no fonts are embedded or
//! downloaded, Japanese included, and the same code gives the same bytes on
//! every machine.

use plotters::style::RGBColor;

/// Width and height on the page, in pixels (as all sizes here): it fits
/// mdBook's 750 px text column.
pub(crate) const SIZE: (u32, u32) = (720, 450);
/// Drawn this many times larger than shown: plotters rounds coordinates to
/// whole units, and in quarter pixels a curve still looks smooth.
pub(crate) const SCALE: u32 = 4;
/// A length in shown pixels, in the SVG's units (quarter pixels).
pub(crate) const fn px(size: i32) -> i32 {
    size * SCALE as i32
}

/// Corner radius of the card.
pub(crate) const CARD_CORNER_RADIUS: u32 = 12;
pub(crate) const CARD: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
pub(crate) const CARD_BORDER: RGBColor = RGBColor(0xD0, 0xD7, 0xDE);
pub(crate) const TEXT: RGBColor = RGBColor(0x24, 0x29, 0x2F);
pub(crate) const AXIS: RGBColor = RGBColor(0x57, 0x60, 0x6A);
pub(crate) const GRID_LINE: RGBColor = RGBColor(0xE4, 0xE8, 0xEC);
/// Lines that are there but not the point: the network's other weights.
pub(crate) const FAINT: RGBColor = RGBColor(0xA8, 0xB1, 0xBA);
/// The fonts the browser tries, in order: common Latin ones, then the
/// Japanese fonts that come with macOS, Windows and Linux desktops (so a
/// Japanese figure is set in a Japanese font, not a Chinese one, wherever one
/// is there), and the generic family last.
pub(crate) const FONT: &str = "Helvetica, Arial, Hiragino Sans, Hiragino Kaku Gothic ProN, \
    Yu Gothic, Meiryo, Noto Sans CJK JP, Noto Sans JP, sans-serif";
/// Font sizes as plotters counts them (the SVG's font-size is this / 1.24).
pub(crate) const TITLE_SIZE: f64 = 26.0;
pub(crate) const LABEL_SIZE: f64 = 20.0;
/// Height of the band at the top that holds the title.
pub(crate) const TITLE_BAND_HEIGHT: u32 = 52;
/// Width of a curve's line.
pub(crate) const LINE_WIDTH: u32 = 3;

/// Curve colours, in order: the Okabe–Ito palette, distinct for colour-blind
/// readers, without its colours too faint on white (orange, sky blue, yellow).
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
    Dashed { dash: u32, gap: u32 },
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

/// Font size of the value at the end of each bar of a bar chart.
pub(crate) const VALUE_SIZE: f64 = 18.0;
/// Width of a bar's outline.
pub(crate) const BAR_EDGE_WIDTH: u32 = 2;

/// How a bar is drawn: its fill and its outline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BarLook {
    pub(crate) fill: RGBColor,
    pub(crate) edge: RGBColor,
}

/// The simple code's bars: pale vermillion inside a vermillion edge, light
/// beside the dark fast ones even without colour.
pub(crate) const SIMPLE_BAR: BarLook = BarLook {
    fill: RGBColor(0xF5, 0xD7, 0xBF),
    edge: CURVE_COLOURS[1],
};
/// The fast code's bars: solid blue.
pub(crate) const FAST_BAR: BarLook = BarLook {
    fill: CURVE_COLOURS[0],
    edge: CURVE_COLOURS[0],
};
