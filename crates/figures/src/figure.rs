//! A figure's description, and drawing it as SVG.

use crate::clip::{Point, visible_pieces};
use crate::results::ResultsError;
use crate::style::{self, Dash};
use activations::ArangeError;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::fmt;

/// The most ticks plotters may put on the x axis and on the y axis.
const X_TICKS: usize = 11;
const Y_TICKS: usize = 7;

/// The x values a figure samples its functions at: the tutorial's
/// `np.arange(start, stop, step)`.
///
/// ```
/// use figures::Grid;
///
/// let x = Grid::arange(-5.0, 5.0, 0.1).values()?;
/// assert_eq!(x, activations::plot_grid());
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
    /// The grid `np.arange(start, stop, step)`, as a value that a `const`
    /// such as [`FIGURES`](crate::FIGURES) can hold.
    ///
    /// ```
    /// let grid = figures::Grid::arange(0.0, 1.0, 0.25);
    /// assert_eq!(grid.values()?, [0.0, 0.25, 0.5, 0.75]);
    /// # Ok::<(), activations::ArangeError>(())
    /// ```
    pub const fn arange(start: f64, stop: f64, step: f64) -> Self {
        Self { start, stop, step }
    }

    /// The x values, bit for bit as NumPy computes them (see
    /// [`activations::arange`]).
    ///
    /// # Errors
    ///
    /// [`ArangeError`] when an argument is not finite, `step` is 0, or there
    /// would be too many points.
    ///
    /// ```
    /// let grid = figures::Grid::arange(0.0, 1.0, 0.0);
    /// assert!(grid.values().is_err());
    /// ```
    pub fn values(&self) -> Result<Vec<f64>, ArangeError> {
        activations::arange(self.start, self.stop, self.step)
    }
}

/// One function drawn in a figure, with the name its legend shows.
///
/// ```
/// use figures::Curve;
///
/// let curve = Curve::new("sigmoid", activations::sigmoid);
/// assert_eq!((curve.function)(0.0), 0.5);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Curve {
    /// The name in the legend, shown when a figure has several curves.
    pub label: &'static str,
    /// The function drawn: any `fn(f64) -> f64`, such as
    /// [`activations::sigmoid`] or [`f64::tanh`].
    pub function: fn(f64) -> f64,
}

impl Curve {
    /// A curve that draws `function`, named `label`.
    ///
    /// ```
    /// let curve = figures::Curve::new("tanh", f64::tanh);
    /// assert_eq!(curve.label, "tanh");
    /// ```
    pub const fn new(label: &'static str, function: fn(f64) -> f64) -> Self {
        Self { label, function }
    }

    /// The points `(x, h(x))` for every `x`: what the figure draws.
    ///
    /// ```
    /// use figures::Curve;
    ///
    /// let relu = Curve::new("ReLU", activations::relu);
    /// assert_eq!(relu.points(&[-1.0, 2.0]), [(-1.0, 0.0), (2.0, 2.0)]);
    /// ```
    pub fn points(&self, x: &[f64]) -> Vec<Point> {
        x.iter().map(|&x| (x, (self.function)(x))).collect()
    }
}

/// Everything needed to draw one figure of the book.
///
/// The fields mirror the tutorial's matplotlib code: `x` is
/// `np.arange(-5.0, 5.0, 0.1)`, `y_limits` is `plt.ylim(-0.1, 1.1)`, and
/// each curve is one `plt.plot(x, h(x))`.
///
/// ```
/// use figures::{Curve, Figure, Grid};
///
/// // A figure is data that a `const` holds, like the entries of `FIGURES`.
/// const TANH: Figure = Figure {
///     file_name: "tanh.svg",
///     title: "tanh",
///     x: Grid::arange(-5.0, 5.0, 0.1),
///     y_limits: (-1.1, 1.1),
///     curves: &[Curve::new("tanh", f64::tanh)],
/// };
/// let svg = TANH.render()?;
/// assert!(svg.starts_with("<svg "));
/// assert!(svg.contains("<title>tanh</title>"));
/// # Ok::<(), figures::FigureError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Figure {
    /// The file written under `book/src/figures/`: a plain name ending in
    /// `.svg`, such as `"sigmoid.svg"`.
    pub file_name: &'static str,
    /// The title drawn above the plot; also the SVG's `<title>`.
    pub title: &'static str,
    /// The x values each function is computed at; the x axis spans
    /// `start` to `stop`.
    pub x: Grid,
    /// The visible y range `(bottom, top)`, like `plt.ylim(bottom, top)`;
    /// lines beyond it are cut off at its border.
    pub y_limits: (f64, f64),
    /// The functions drawn. The first is solid, the second dashed, and so on,
    /// each in its own colour; with more than one, a legend names them.
    pub curves: &'static [Curve],
}

impl Figure {
    /// Draws the figure and returns the SVG document.
    ///
    /// The same figure always gives the same bytes: the SVG holds no date,
    /// and its coordinates are whole numbers (in quarter pixels). Text is written as SVG `<text>` for the
    /// browser to set in its own sans-serif font, so no font is needed here.
    ///
    /// # Errors
    ///
    /// [`FigureError`] when the file name is not a plain `*.svg` name, the
    /// x grid is invalid or empty, the y limits are not two finite numbers
    /// with `bottom < top`, or plotters fails to draw.
    ///
    /// ```
    /// let svg = figures::FIGURES[0].render()?;
    /// assert!(svg.ends_with("</svg>\n"));
    /// # Ok::<(), figures::FigureError>(())
    /// ```
    pub fn render(&self) -> Result<String, FigureError> {
        let x = self.check()?;
        let (width, height) = style::SIZE;
        let size = (width * style::SCALE, height * style::SCALE);
        let mut svg = String::new();
        self.draw(
            &x,
            SVGBackend::with_string(&mut svg, size).into_drawing_area(),
        )
        .map_err(|error| FigureError::Drawing {
            file_name: self.file_name,
            message: error.to_string(),
        })?;
        Ok(put_on_card(&svg, self.title))
    }

    /// Checks the whole description before anything is drawn, and returns
    /// the x values.
    fn check(&self) -> Result<Vec<f64>, FigureError> {
        let file_name = self.file_name;
        check_file_name(file_name)?;
        let (bottom, top) = self.y_limits;
        if !(bottom.is_finite() && top.is_finite() && bottom < top) {
            return Err(FigureError::YLimits {
                file_name,
                bottom,
                top,
            });
        }
        let x = self
            .x
            .values()
            .map_err(|source| FigureError::Grid { file_name, source })?;
        if x.is_empty() {
            return Err(FigureError::EmptyGrid {
                file_name,
                grid: self.x,
            });
        }
        Ok(x)
    }

    fn draw(
        &self,
        x: &[f64],
        root: DrawingArea<SVGBackend<'_>, Shift>,
    ) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
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

        // The title, centred in a band across the top.
        let (title_band, plot_area) = root.split_vertically(px(style::TITLE_BAND_HEIGHT));
        let (band_width, band_height) = title_band.dim_in_pixel();
        let centred = Pos::new(HPos::Center, VPos::Center);
        let middle = ((band_width / 2) as i32, (band_height / 2) as i32);
        title_band.draw_text(self.title, &text(style::TITLE_SIZE).pos(centred), middle)?;

        let mut chart = ChartBuilder::on(&plot_area)
            .margin(px(20))
            .margin_top(px(8))
            .x_label_area_size(px(56))
            .y_label_area_size(px(72))
            .build_cartesian_2d(left..right, bottom..top)?;
        chart
            .configure_mesh()
            .x_desc("x")
            .y_desc("h(x)")
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

        for (index, curve) in self.curves.iter().enumerate() {
            let (colour, dash) = style::curve_look(index);
            let line = colour.stroke_width(px(style::LINE_WIDTH));
            // An empty series that only carries the legend entry, so the
            // legend names the curve even when none of it is visible.
            let entry = chart.draw_series(std::iter::empty::<PathElement<Point>>())?;
            entry.label(curve.label);
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

        if self.curves.len() > 1 {
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
        root.present()
    }
}

/// Checks that `file_name` is a plain file name ending in `.svg`, so that
/// the figure is written inside the figures directory.
pub(crate) fn check_file_name(file_name: &'static str) -> Result<(), FigureError> {
    let plain_name = !file_name.contains(['/', '\\']) && !file_name.starts_with('.');
    if plain_name && file_name.len() > ".svg".len() && file_name.ends_with(".svg") {
        Ok(())
    } else {
        Err(FigureError::FileName { file_name })
    }
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
    ticks
        .iter()
        .map(|tick| {
            let text = format!("{tick:.3}");
            let text = text.trim_end_matches('0');
            text.find('.').map_or(0, |dot| text.len() - dot - 1)
        })
        .max()
        .unwrap_or(0)
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
    // The 1 px border is centred on the rectangle's edge: inset the
    // rectangle by half the border so that all of it shows.
    let inset = scale / 2;
    format!(
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {vw} {vh}\" \
         xmlns=\"http://www.w3.org/2000/svg\">\n\
         <title>{title}</title>\n\
         <rect x=\"{inset}\" y=\"{inset}\" width=\"{rw}\" height=\"{rh}\" rx=\"{r}\" \
         fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{scale}\"/>\n{drawing}",
        vw = width * scale,
        vh = height * scale,
        title = escape_xml(title),
        rw = (width - 1) * scale,
        rh = (height - 1) * scale,
        r = style::CARD_CORNER_RADIUS * scale,
        fill = hex(style::CARD),
        stroke = hex(style::CARD_BORDER),
    )
}

fn hex(RGBColor(r, g, b): RGBColor) -> String {
    format!("#{r:02X}{g:02X}{b:02X}")
}

fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '&' => escaped.push_str("&amp;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Why a figure could not be drawn; the message names the figure's file.
///
/// ```
/// use figures::{Curve, Figure, Grid};
///
/// const UPSIDE_DOWN: Figure = Figure {
///     file_name: "sigmoid.svg",
///     title: "Sigmoid",
///     x: Grid::arange(-5.0, 5.0, 0.1),
///     y_limits: (1.1, -0.1),
///     curves: &[Curve::new("sigmoid", activations::sigmoid)],
/// };
/// let error = UPSIDE_DOWN.render().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "figure sigmoid.svg: y_limits must be two finite numbers with bottom < top, \
///      got (1.1, -0.1)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum FigureError {
    /// `file_name` is not a plain file name ending in `.svg`.
    FileName {
        /// The figure's file name.
        file_name: &'static str,
    },
    /// The x grid's arguments are invalid.
    Grid {
        /// The figure's file name.
        file_name: &'static str,
        /// What is wrong with the grid.
        source: ArangeError,
    },
    /// The x grid has no values: `step` points away from `stop`.
    EmptyGrid {
        /// The figure's file name.
        file_name: &'static str,
        /// The grid asked for.
        grid: Grid,
    },
    /// `y_limits` is not a finite range with `bottom < top`.
    YLimits {
        /// The figure's file name.
        file_name: &'static str,
        /// The lower limit given.
        bottom: f64,
        /// The upper limit given.
        top: f64,
    },
    /// The measurements a chart is drawn from are missing or malformed.
    Results {
        /// The figure's file name.
        file_name: &'static str,
        /// Which file and line, and what is wrong.
        source: ResultsError,
    },
    /// A chart lists no rows.
    NoRows {
        /// The figure's file name.
        file_name: &'static str,
    },
    /// plotters failed to draw the figure.
    Drawing {
        /// The figure's file name.
        file_name: &'static str,
        /// plotters' error message.
        message: String,
    },
}

impl fmt::Display for FigureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::FileName { file_name } => write!(
                f,
                "figure {file_name:?}: file_name must be a plain file name ending in .svg"
            ),
            Self::Grid { file_name, source } => {
                write!(f, "figure {file_name}: invalid x grid: {source}")
            }
            Self::EmptyGrid { file_name, grid } => write!(
                f,
                "figure {file_name}: the x grid arange({}, {}, {}) has no values",
                grid.start, grid.stop, grid.step
            ),
            Self::YLimits {
                file_name,
                bottom,
                top,
            } => write!(
                f,
                "figure {file_name}: y_limits must be two finite numbers with bottom < top, \
                 got ({bottom}, {top})"
            ),
            Self::Results { file_name, source } => write!(f, "figure {file_name}: {source}"),
            Self::NoRows { file_name } => write!(f, "figure {file_name}: the chart has no rows"),
            Self::Drawing { file_name, message } => {
                write!(f, "figure {file_name}: drawing failed: {message}")
            }
        }
    }
}

impl std::error::Error for FigureError {}
