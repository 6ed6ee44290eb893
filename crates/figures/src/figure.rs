//! A figure's description, and drawing it as SVG.

use crate::Language;
use crate::clip::{Point, visible_pieces};
use crate::style::{self, Dash};
use activations::ArangeError;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::fmt;

/// Where a figure draws.
pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Why drawing stopped: plotters failed, or a phrase has no words in the
/// figure's language (the message of [`Language::say`], the one `String`
/// error, so that `?` works on both).
#[derive(Debug)]
pub(crate) enum DrawError {
    Plotters(DrawingAreaErrorKind<std::io::Error>),
    Words(String),
}

impl From<DrawingAreaErrorKind<std::io::Error>> for DrawError {
    fn from(error: DrawingAreaErrorKind<std::io::Error>) -> Self {
        Self::Plotters(error)
    }
}

impl From<String> for DrawError {
    fn from(message: String) -> Self {
        Self::Words(message)
    }
}

impl fmt::Display for DrawError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Plotters(error) => write!(f, "drawing failed: {error}"),
            Self::Words(message) => f.write_str(message),
        }
    }
}

/// The most ticks plotters may put on the x axis and on the y axis.
const X_TICKS: usize = 11;
const Y_TICKS: usize = 7;

/// The x values a figure samples its functions at: the tutorial's
/// `np.arange(start, stop, step)`, as a value a `const` can hold.
///
/// ```
/// let x = figures::Grid::arange(-5.0, 5.0, 0.1).values()?;
/// assert_eq!(x, activations::plot_grid());
/// assert!(figures::Grid::arange(0.0, 1.0, 0.0).values().is_err());
/// # Ok::<(), activations::ArangeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    /// The first x value, and the left end of the x axis.
    pub start: f64,
    /// The bound the values stay below, and the right end of the x axis.
    pub stop: f64,
    /// The spacing between two x values.
    pub step: f64,
}

impl Grid {
    /// The grid `np.arange(start, stop, step)`; see [`Grid`].
    pub const fn arange(start: f64, stop: f64, step: f64) -> Self {
        Self { start, stop, step }
    }

    /// The x values, bit for bit as NumPy gives them; see [`Grid`].
    ///
    /// # Errors
    ///
    /// [`ArangeError`] when an argument is not finite, `step` is 0, or there
    /// would be too many points.
    pub fn values(&self) -> Result<Vec<f64>, ArangeError> {
        activations::arange(self.start, self.stop, self.step)
    }
}

/// One function drawn in a figure, with the name its legend shows.
///
/// ```
/// let relu = figures::Curve::new("ReLU", activations::relu);
/// assert_eq!(relu.points(&[-1.0, 2.0]), [(-1.0, 0.0), (2.0, 2.0)]);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Curve {
    /// The name in the legend, shown when a figure has several curves.
    pub label: &'static str,
    /// The function drawn: any `fn(f64) -> f64`, such as [`f64::tanh`].
    pub function: fn(f64) -> f64,
}

impl Curve {
    /// A curve that draws `function`, named `label`; see [`Curve`].
    pub const fn new(label: &'static str, function: fn(f64) -> f64) -> Self {
        Self { label, function }
    }

    /// The points `(x, h(x))` for every `x`; see [`Curve`].
    pub fn points(&self, x: &[f64]) -> Vec<Point> {
        x.iter().map(|&x| (x, (self.function)(x))).collect()
    }
}

/// Everything needed to draw one figure of the book. The fields mirror the
/// tutorial's matplotlib code: `x` is `np.arange(-5.0, 5.0, 0.1)`,
/// `y_limits` is `plt.ylim(-0.1, 1.1)`, and each curve is one
/// `plt.plot(x, h(x))`.
///
/// ```
/// use figures::{Curve, Figure, Grid};
///
/// const TANH: Figure = Figure {
///     file_name: "tanh.svg",
///     title: "tanh",
///     x: Grid::arange(-5.0, 5.0, 0.1),
///     y_limits: (-1.1, 1.1),
///     curves: &[Curve::new("tanh", f64::tanh)],
/// };
/// let svg = TANH.render()?;
/// assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>\n"));
/// assert!(svg.contains("<title>tanh</title>"));
/// # Ok::<(), figures::FigureError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Figure {
    /// The file written under `book/src/figures/`: a plain `*.svg` name.
    pub file_name: &'static str,
    /// The title drawn above the plot; also the SVG's `<title>`.
    pub title: &'static str,
    /// The x values each function is computed at; the x axis spans them.
    pub x: Grid,
    /// The visible y range, like `plt.ylim(bottom, top)`.
    pub y_limits: (f64, f64),
    /// The functions: the first solid, the second dashed, and so on, each in
    /// its own colour; with more than one, a legend names them.
    pub curves: &'static [Curve],
}

impl Figure {
    /// Draws the figure in English and returns the SVG document; see
    /// [`Figure`]. The same figure always gives the same bytes: no date,
    /// whole coordinates (in quarter pixels), and text as `<text>` for the
    /// browser to set.
    ///
    /// # Errors
    ///
    /// [`FigureError`] when the file name is not a plain `*.svg` name, the
    /// x grid is invalid or empty, the y limits are not two finite numbers
    /// with `bottom < top`, or plotters fails to draw.
    pub fn render(&self) -> Result<String, FigureError> {
        self.render_in(Language::English)
    }

    /// Draws the figure with the words of `language`; see [`Figure::render`].
    ///
    /// ```
    /// use figures::{FIGURES, Language};
    ///
    /// let svg = FIGURES[1].render_in(Language::Japanese)?;
    /// assert!(svg.contains("<title>シグモイド関数</title>"));
    /// # Ok::<(), figures::FigureError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As for [`Figure::render`], and when the title, or a curve's label that
    /// a legend shows, has no words in `language` ([`Language::say`]).
    pub fn render_in(&self, language: Language) -> Result<String, FigureError> {
        let x = self.check()?;
        render_card(self.file_name, self.title, language, |root| {
            self.draw(&x, language, root)
        })
    }

    /// Checks the description before drawing; returns the x values.
    fn check(&self) -> Result<Vec<f64>, FigureError> {
        let ((bottom, top), Grid { start, stop, step }) = (self.y_limits, self.x);
        let limits = "y_limits must be two finite numbers with bottom < top";
        let problem = match self.x.values() {
            _ if !(bottom.is_finite() && top.is_finite() && bottom < top) => {
                format!("{limits}, got ({bottom}, {top})")
            }
            Err(e) => format!("invalid x grid: {e}"),
            Ok(x) if x.is_empty() => {
                format!("the x grid arange({start}, {stop}, {step}) has no values")
            }
            Ok(x) => return Ok(x),
        };
        Err(FigureError::new(self.file_name, problem))
    }

    fn draw(&self, x: &[f64], language: Language, root: Area<'_>) -> Result<(), DrawError> {
        let px = |size: u32| size * style::SCALE;
        let text = text_style;
        let (left, right) = (self.x.start.min(self.x.stop), self.x.start.max(self.x.stop));
        let (bottom, top) = self.y_limits;
        // plotters puts ticks at round numbers; write all of an axis's tick
        // labels with the same number of decimals, as matplotlib does.
        let x_decimals = decimals_for(&RangedCoordf64::from(left..right).key_points(X_TICKS));
        let y_decimals = decimals_for(&RangedCoordf64::from(bottom..top).key_points(Y_TICKS));
        let x_label = |x: &f64| tick_label(*x, x_decimals);
        let y_label = |y: &f64| tick_label(*y, y_decimals);

        // Below the title's band (see `render_card`).
        let (_, plot_area) = root.split_vertically(px(style::TITLE_BAND_HEIGHT));
        let mut chart = ChartBuilder::on(&plot_area)
            .margin(px(20))
            .margin_top(px(8))
            .x_label_area_size(px(56))
            .y_label_area_size(px(72))
            .build_cartesian_2d(left..right, bottom..top)?;
        let mut mesh = chart.configure_mesh();
        // With one curve the y axis names it; with more, the legend does.
        if self.curves.len() == 1 {
            mesh.y_desc("h(x)");
        }
        mesh.x_desc("x")
            .axis_desc_style(text(style::LABEL_SIZE))
            .label_style(text(style::LABEL_SIZE))
            .x_label_formatter(&x_label)
            .y_label_formatter(&y_label)
            .set_all_tick_mark_size(px(5))
            .axis_style(style::AXIS.stroke_width(px(2)))
            .bold_line_style(style::GRID_LINE.stroke_width(px(1)))
            .light_line_style(TRANSPARENT)
            .x_labels(X_TICKS)
            .y_labels(Y_TICKS)
            .draw()?;

        let legend = self.curves.len() > 1;
        for (index, curve) in self.curves.iter().enumerate() {
            let (colour, dash) = style::curve_look(index);
            let line = colour.stroke_width(px(style::LINE_WIDTH));
            // An empty series for the legend entry, there even if no point is visible.
            let entry = chart.draw_series(std::iter::empty::<PathElement<Point>>())?;
            entry.label(if legend {
                language.say(curve.label)?
            } else {
                curve.label
            });
            let sample = move |(x, y): (i32, i32)| [(x, y), (x + px(36) as i32, y)];
            match dash {
                Dash::Solid => entry.legend(move |at| PathElement::new(sample(at), line)),
                Dash::Dashed { dash, gap } => entry
                    .legend(move |at| DashedPathElement::new(sample(at), px(dash), px(gap), line)),
            };

            for piece in visible_pieces(&curve.points(x), bottom, top) {
                match dash {
                    Dash::Solid => chart.draw_series(LineSeries::new(piece, line))?,
                    Dash::Dashed { dash, gap } => {
                        chart.draw_series(DashedLineSeries::new(piece, px(dash), px(gap), line))?
                    }
                };
            }
        }

        if legend {
            chart
                .configure_series_labels()
                .position(SeriesLabelPosition::UpperLeft)
                .margin(px(16))
                .legend_area_size(px(48))
                .label_font(text(style::LABEL_SIZE))
                .background_style(style::CARD)
                .border_style(style::GRID_LINE.stroke_width(px(1)))
                .draw()?;
        }
        Ok(root.present()?)
    }
}

/// Checks that `file_name` is a plain `*.svg` name, written inside the
/// figures directory.
fn check_file_name(file_name: &'static str) -> Result<(), FigureError> {
    let plain_name = !file_name.contains(['/', '\\']) && !file_name.starts_with('.');
    let ok = plain_name && file_name.len() > ".svg".len() && file_name.ends_with(".svg");
    let problem = "file_name must be a plain file name ending in .svg";
    if ok {
        Ok(())
    } else {
        Err(FigureError::new(file_name, problem))
    }
}

/// The SVG document of a figure: checks its file name, draws its title in
/// `language` centred in a band across the top, then the rest with `draw`,
/// and puts it all on a card (see [`put_on_card`]).
pub(crate) fn render_card(
    file_name: &'static str,
    title: &'static str,
    language: Language,
    draw: impl FnOnce(Area<'_>) -> Result<(), DrawError>,
) -> Result<String, FigureError> {
    check_file_name(file_name)?;
    let title = language
        .say(title)
        .map_err(|e| FigureError::new(file_name, e))?;
    let mut svg = String::new();
    let root = svg_area(&mut svg);
    let centred = text_style(style::TITLE_SIZE).pos(Pos::new(HPos::Center, VPos::Center));
    let middle = (
        style::SIZE.0 * style::SCALE / 2,
        style::TITLE_BAND_HEIGHT * style::SCALE / 2,
    );
    let drawn = root
        .draw_text(title, &centred, (middle.0 as i32, middle.1 as i32))
        .map_err(DrawError::from)
        .and_then(|()| draw(root));
    drawn.map_err(|e| FigureError::new(file_name, e))?;
    Ok(put_on_card(&svg, title))
}

/// A drawing area of the figures' size, drawn into `svg`.
fn svg_area(svg: &mut String) -> Area<'_> {
    let (width, height) = style::SIZE;
    SVGBackend::with_string(svg, (width * style::SCALE, height * style::SCALE)).into_drawing_area()
}

/// The figures' text at `size` (as plotters counts it, in shown pixels).
pub(crate) fn text_style(size: f64) -> TextStyle<'static> {
    (style::FONT, size * f64::from(style::SCALE))
        .into_font()
        .color(&style::TEXT)
}

/// The fewest decimals, at most 3, that show every tick value: 1 for the
/// ticks 0, 0.2, ..., 1, so that they read `0.0`, `0.2`, ... `1.0`.
fn decimals_for(ticks: &[f64]) -> usize {
    let decimals = |tick: &f64| {
        let text = format!("{tick:.3}");
        let text = text.trim_end_matches('0');
        text.find('.').map_or(0, |dot| text.len() - dot - 1)
    };
    ticks.iter().map(decimals).max().unwrap_or(0)
}

/// A tick label with `decimals` decimals and a true minus sign (`−0.5`);
/// a value that rounds to zero reads `0`, never `−0`.
fn tick_label(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    match text.strip_prefix('-') {
        Some(digits) if digits.chars().all(|c| c == '0' || c == '.') => digits.to_owned(),
        Some(digits) => format!("\u{2212}{digits}"),
        None => text,
    }
}

/// Replaces plotters' opening `<svg>` tag (the first line) with one that
/// shows the drawing at [`style::SIZE`], adds a `<title>`, and puts a light,
/// rounded card behind the drawing.
pub(crate) fn put_on_card(svg: &str, title: &str) -> String {
    let drawing = svg.split_once('\n').map_or("", |(_svg_tag, rest)| rest);
    let (width, height) = style::SIZE;
    let scale = style::SCALE;
    // Inset by half the 1 px border, centred on the edge, so that all of it shows.
    let inset = scale / 2;
    let (title, radius, fill, stroke) = (
        escape_xml(title),
        style::CARD_CORNER_RADIUS * scale,
        hex(style::CARD),
        hex(style::CARD_BORDER),
    );
    format!(
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {} {}\" \
         xmlns=\"http://www.w3.org/2000/svg\">\n<title>{title}</title>\n\
         <rect x=\"{inset}\" y=\"{inset}\" width=\"{}\" height=\"{}\" rx=\"{radius}\" \
         fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{scale}\"/>\n{drawing}",
        width * scale,
        height * scale,
        (width - 1) * scale,
        (height - 1) * scale,
    )
}

fn hex(RGBColor(r, g, b): RGBColor) -> String {
    format!("#{r:02X}{g:02X}{b:02X}")
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Why a figure could not be drawn: its file name, and what is wrong.
///
/// ```
/// let upside_down = figures::Figure { y_limits: (1.1, -0.1), ..figures::FIGURES[1] };
/// assert_eq!(
///     upside_down.render().unwrap_err().to_string(),
///     "figure sigmoid.svg: y_limits must be two finite numbers with bottom < top, got (1.1, -0.1)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct FigureError {
    /// The figure's file name.
    pub file_name: &'static str,
    /// What is wrong: the description (file name, x grid, y limits, the
    /// chart's rows or results) or the drawing.
    pub problem: String,
}

impl FigureError {
    pub(crate) fn new(file_name: &'static str, problem: impl fmt::Display) -> Self {
        Self {
            file_name,
            problem: problem.to_string(),
        }
    }
}

impl fmt::Display for FigureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "figure {}: {}", self.file_name, self.problem)
    }
}

impl std::error::Error for FigureError {}
