//! The bar chart of the speeds that `crates/bench/compare-numpy` measured.

use crate::figure::{FigureError, check_file_name, put_on_card, text_style};
use crate::results::{Comparison, ResultsError};
use crate::style;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One row of a [`SpeedupChart`]: a target of `compare-numpy`, drawn as two
/// bars, its simple Rust form and its fast one (the row marked `*`).
///
/// ```
/// use figures::SpeedupRow;
///
/// const SIGMOID: SpeedupRow = SpeedupRow {
///     target: "sigmoid_1e7",
///     label: "sigmoid\n10⁷ values",
///     simple_form: "rust simple",
/// };
/// assert_eq!(SIGMOID.label.lines().count(), 2);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct SpeedupRow {
    /// The target's name in the results table, such as `"sigmoid_1e7"`.
    pub target: &'static str,
    /// What the chart calls it; each `\n` starts a new line.
    pub label: &'static str,
    /// The form drawn as the simple bar, such as `"rust simple"`.
    pub simple_form: &'static str,
}

/// The speeds one row shows: how many times as fast as the tutorial's NumPy
/// code each form ran (the table's `vs tutorial` column).
///
/// ```
/// let speeds = figures::Speeds { simple: 0.35, fast: 2.87 };
/// assert!(speeds.simple < 1.0 && speeds.fast > 1.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Speeds {
    /// The simple Rust form's speed.
    pub simple: f64,
    /// The fast Rust form's speed: the row marked `*`.
    pub fast: f64,
}

/// A horizontal bar chart of speeds relative to the tutorial's NumPy code,
/// read from the output of `crates/bench/compare-numpy`.
///
/// Each row has two bars that start at NumPy's speed (1x) and end at the
/// simple and the fast Rust form's speed, on a log scale: a bar to the right
/// is faster than NumPy, a bar to the left slower. Each bar is labelled
/// with its value as the results file prints it (`0.35x`).
///
/// ```
/// use figures::{Comparison, SpeedupChart, SpeedupRow};
/// use std::path::Path;
///
/// const CHART: SpeedupChart = SpeedupChart {
///     file_name: "relu-speed.svg",
///     title: "ReLU against NumPy",
///     results: "crates/bench/results/compare-numpy.txt",
///     rows: &[SpeedupRow {
///         target: "relu_1e7",
///         label: "ReLU\n10⁷ values",
///         simple_form: "rust simple",
///     }],
/// };
/// let output = "\
/// target    form                time per call  vs tutorial  of memcpy
/// relu_1e7  numpy tutorial           18.48 ms        1.00x        65%
///           rust simple              19.24 ms        0.96x        62%
///           rust fast_in_place *      6.00 ms        3.08x       199%
///
/// relu_1e7: 3.08x
/// ";
/// let run = Comparison::parse(output, Path::new("compare-numpy.txt"))?;
/// let svg = CHART.render_from(&run)?;
/// assert!(svg.contains("\n0.96x\n") && svg.contains("\n3.08x\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct SpeedupChart {
    /// The file written under `book/src/figures/`, such as `"speedups.svg"`.
    pub file_name: &'static str,
    /// The title drawn above the chart; also the SVG's `<title>`.
    pub title: &'static str,
    /// The saved output of `crates/bench/compare-numpy`, relative to the
    /// workspace's root.
    pub results: &'static str,
    /// The rows, from top to bottom.
    pub rows: &'static [SpeedupRow],
}

impl SpeedupChart {
    /// Reads the results file and draws the chart; returns the SVG document.
    ///
    /// # Errors
    ///
    /// [`FigureError::Results`] when the results file is missing or
    /// malformed, or lacks a row the chart needs (the message names the file
    /// and line); see [`SpeedupChart::render_from`] for the rest.
    ///
    /// ```
    /// let svg = figures::SPEEDUPS.render()?;
    /// assert!(svg.contains("\nfast Rust\n"));
    /// # Ok::<(), figures::FigureError>(())
    /// ```
    pub fn render(&self) -> Result<String, FigureError> {
        let path = crate::workspace_dir().join(self.results);
        let run = Comparison::read(&path).map_err(|source| self.results_error(source))?;
        self.render_from(&run)
    }

    /// Draws the chart from results already read.
    ///
    /// The same results always give the same bytes.
    ///
    /// # Errors
    ///
    /// [`FigureError`] when the file name is not a plain `*.svg` name, the
    /// chart has no rows, a row's numbers are missing from `run` (see
    /// [`SpeedupChart::speeds`]), or plotters fails to draw.
    ///
    /// See [`SpeedupChart`] for an example.
    pub fn render_from(&self, run: &Comparison) -> Result<String, FigureError> {
        let file_name = self.file_name;
        check_file_name(file_name)?;
        if self.rows.is_empty() {
            return Err(FigureError::NoRows { file_name });
        }
        let speeds = self
            .speeds(run)
            .map_err(|source| self.results_error(source))?;
        let (width, height) = style::SIZE;
        let size = (width * style::SCALE, height * style::SCALE);
        let mut svg = String::new();
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        self.draw(&speeds, root)
            .map_err(|error| FigureError::Drawing {
                file_name,
                message: error.to_string(),
            })?;
        Ok(put_on_card(&svg, self.title))
    }

    /// The speeds each row shows, read from `run`.
    ///
    /// # Errors
    ///
    /// [`ResultsError`] when a row's target is not in the table, or lacks
    /// its simple form's row or a row marked `*`, or has a closing line
    /// `NAME: S.SSx` that disagrees with the row marked `*`.
    ///
    /// ```
    /// use figures::{Comparison, SPEEDUPS};
    /// use std::path::Path;
    ///
    /// let output = "\
    /// target     form               time per call  vs tutorial  of memcpy
    /// step_1e7   numpy tutorial          21.85 ms        1.00x        54%
    ///            rust simple             19.19 ms        1.14x        62%
    ///            rust fast_reusing *      6.83 ms        3.20x       173%
    ///
    /// step_1e7: 3.20x
    /// ";
    /// let run = Comparison::parse(output, Path::new("out.txt"))?;
    /// let error = SPEEDUPS.speeds(&run).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "out.txt: no target sigmoid_1e7 in the table (the chart shows it)"
    /// );
    /// # Ok::<(), figures::ResultsError>(())
    /// ```
    pub fn speeds(&self, run: &Comparison) -> Result<Vec<Speeds>, ResultsError> {
        let file = &run.file;
        self.rows
            .iter()
            .map(|row| {
                let name = row.target;
                let target = run.target(name).ok_or_else(|| {
                    let problem = format!("no target {name} in the table (the chart shows it)");
                    ResultsError::new(file, None, problem)
                })?;
                let at_target = |problem| ResultsError::new(file, Some(target.line), problem);
                let simple = target.form(row.simple_form).ok_or_else(|| {
                    at_target(format!("target {name} has no row {:?}", row.simple_form))
                })?;
                let fast = target
                    .headline()
                    .ok_or_else(|| at_target(format!("target {name} has no row marked *")))?;
                // The chapter quotes the closing lines: the bars must agree.
                if let Some(closing) = run
                    .speedup(name)
                    .filter(|closing| closing.speedup != fast.vs_tutorial)
                {
                    let problem = format!(
                        "{name}: {:.2}x disagrees with the row marked * ({:.2}x at line {})",
                        closing.speedup, fast.vs_tutorial, fast.line
                    );
                    return Err(ResultsError::new(file, Some(closing.line), problem));
                }
                Ok(Speeds {
                    simple: simple.vs_tutorial,
                    fast: fast.vs_tutorial,
                })
            })
            .collect()
    }

    fn results_error(&self, source: ResultsError) -> FigureError {
        FigureError::Results {
            file_name: self.file_name,
            source,
        }
    }

    fn draw(&self, speeds: &[Speeds], root: Area<'_>) -> Result<(), DrawError> {
        let centred = Pos::new(HPos::Center, VPos::Center);
        let middle = (px(style::SIZE.0 as i32) / 2, px(TITLE_BAND_HEIGHT) / 2);
        let title = text_style(style::TITLE_SIZE).pos(centred);
        root.draw_text(self.title, &title, middle)?;
        draw_legend(&root)?;

        let scale = Scale::fitting(speeds);
        scale.draw_axis(&root)?;
        let row_height = px(PLOT_BOTTOM - PLOT_TOP) / self.rows.len() as i32;
        for (index, (row, speeds)) in self.rows.iter().zip(speeds).enumerate() {
            let centre = px(PLOT_TOP) + row_height * index as i32 + row_height / 2;
            draw_row_label(&root, row.label, centre)?;
            // The simple bar just above the row's centre, the fast one below.
            let bar_height = px(BAR_HEIGHT);
            let simple_top = centre - bar_height - px(1);
            scale.draw_bar(&root, speeds.simple, simple_top, style::SIMPLE_BAR)?;
            scale.draw_bar(&root, speeds.fast, centre + px(1), style::FAST_BAR)?;
        }
        // Last, so that it lies over the bars' ends.
        scale.draw_numpy_line(&root)?;
        root.present()
    }
}

/// Where the chart draws, and what drawing there may fail with.
type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type DrawError = DrawingAreaErrorKind<std::io::Error>;

// The layout, in pixels of the figure as shown (see `style::SIZE`).
const TITLE_BAND_HEIGHT: i32 = style::TITLE_BAND_HEIGHT as i32;
const LEGEND_Y: i32 = 66;
const PLOT_TOP: i32 = 112;
const PLOT_BOTTOM: i32 = 372;
const PLOT_LEFT: i32 = 150;
const PLOT_RIGHT: i32 = 672;
const BAR_HEIGHT: i32 = 16;
/// The line under the tick labels that says which side is slower.
const SIDES_Y: i32 = 422;

/// A length in shown pixels, in the SVG's units (quarter pixels).
fn px(size: i32) -> i32 {
    size * style::SCALE as i32
}

/// Text anchored at the middle of its left end, or of its right end.
const LEFT: Pos = Pos {
    h_pos: HPos::Left,
    v_pos: VPos::Center,
};
const RIGHT: Pos = Pos {
    h_pos: HPos::Right,
    v_pos: VPos::Center,
};

/// The x axis: a log scale from `10^lowest` to `10^highest`, across the plot.
struct Scale {
    lowest: i32,
    highest: i32,
}

impl Scale {
    /// Whole powers of ten, with room beyond the slowest and the fastest bar
    /// for its label (`0.35x` on the left, `231.50x` on the right), and
    /// always some of the side slower than NumPy.
    fn fitting(speeds: &[Speeds]) -> Self {
        let all = || speeds.iter().flat_map(|s| [s.simple, s.fast]);
        let lowest = all().map(|speed| (speed / 2.5).log10().floor() as i32);
        let highest = all().map(|speed| (speed * 4.0).log10().ceil() as i32);
        Self {
            lowest: lowest.fold(-1, i32::min),
            highest: highest.fold(1, i32::max),
        }
    }

    /// The x coordinate of `speed`.
    fn x(&self, speed: f64) -> i32 {
        let decades = f64::from(self.highest - self.lowest);
        let share = (speed.log10() - f64::from(self.lowest)) / decades;
        px(PLOT_LEFT) + (share * f64::from(px(PLOT_RIGHT - PLOT_LEFT))).round() as i32
    }

    /// Grid lines and tick labels at each power of ten, the axis line, and
    /// under it which side is slower.
    fn draw_axis(&self, root: &Area<'_>) -> Result<(), DrawError> {
        let axis_y = px(PLOT_BOTTOM);
        let grid = style::GRID_LINE.stroke_width(px(1) as u32);
        let axis = style::AXIS.stroke_width(px(2) as u32);
        let label = text_style(style::LABEL_SIZE).pos(Pos::new(HPos::Center, VPos::Top));
        for power in self.lowest..=self.highest {
            let at = self.x(10f64.powi(power));
            root.draw(&PathElement::new([(at, px(PLOT_TOP)), (at, axis_y)], grid))?;
            root.draw(&PathElement::new(
                [(at, axis_y), (at, axis_y + px(5))],
                axis,
            ))?;
            root.draw_text(&power_of_ten(power), &label, (at, axis_y + px(10)))?;
        }
        let ends = [(px(PLOT_LEFT), axis_y), (px(PLOT_RIGHT), axis_y)];
        root.draw(&PathElement::new(ends, axis))?;

        let one = self.x(1.0);
        let text = text_style(style::LABEL_SIZE);
        let slower = (one - px(10), px(SIDES_Y));
        root.draw_text("← slower than NumPy", &text.pos(RIGHT), slower)?;
        let faster = (one + px(10), px(SIDES_Y));
        root.draw_text("faster than NumPy →", &text.pos(LEFT), faster)?;
        let muted = text.color(&style::AXIS).pos(RIGHT);
        root.draw_text("(log scale)", &muted, (px(PLOT_RIGHT), px(SIDES_Y)))
    }

    /// A bar from NumPy's speed (1x) to `speed`, its top at `top`, and its
    /// value beyond its end: right of it when faster, left when slower.
    fn draw_bar(
        &self,
        root: &Area<'_>,
        speed: f64,
        top: i32,
        look: style::BarLook,
    ) -> Result<(), DrawError> {
        let (one, end) = (self.x(1.0), self.x(speed));
        let bottom = top + px(BAR_HEIGHT);
        draw_box(root, [(one.min(end), top), (one.max(end), bottom)], look)?;
        let (anchor, at) = if speed >= 1.0 {
            (LEFT, end + px(6))
        } else {
            (RIGHT, end - px(6))
        };
        let value = text_style(style::VALUE_SIZE).pos(anchor);
        root.draw_text(&format!("{speed:.2}x"), &value, (at, (top + bottom) / 2))
    }

    /// NumPy's speed, 1x: a line across all rows, named above them.
    fn draw_numpy_line(&self, root: &Area<'_>) -> Result<(), DrawError> {
        let one = self.x(1.0);
        let line = style::TEXT.stroke_width(px(2) as u32);
        let ends = [(one, px(PLOT_TOP - 6)), (one, px(PLOT_BOTTOM))];
        root.draw(&PathElement::new(ends, line))?;
        let name = text_style(style::LABEL_SIZE).pos(Pos::new(HPos::Center, VPos::Bottom));
        root.draw_text(
            "NumPy (the tutorial's code)",
            &name,
            (one, px(PLOT_TOP - 10)),
        )
    }
}

/// A row's label, right-aligned left of the plot and centred on the row:
/// the first line names the work, the others (muted) say how much.
fn draw_row_label(root: &Area<'_>, label: &str, centre: i32) -> Result<(), DrawError> {
    let line_height = px(20);
    let lines = label.lines().count() as i32;
    let first_y = centre - line_height * (lines - 1) / 2;
    for (number, line) in (0..).zip(label.lines()) {
        let text = text_style(style::LABEL_SIZE);
        let text = if number == 0 {
            text
        } else {
            text.color(&style::AXIS)
        };
        let at = (px(PLOT_LEFT - 14), first_y + line_height * number);
        root.draw_text(line, &text.pos(RIGHT), at)?;
    }
    Ok(())
}

/// The legend, in a line under the title.
fn draw_legend(root: &Area<'_>) -> Result<(), DrawError> {
    let entries = [
        ("simple Rust", style::SIMPLE_BAR),
        ("fast Rust", style::FAST_BAR),
    ];
    for (left, (name, look)) in (0..).map(|i| px(PLOT_LEFT + 150 * i)).zip(entries) {
        let (top, bottom) = (px(LEGEND_Y - BAR_HEIGHT / 2), px(LEGEND_Y + BAR_HEIGHT / 2));
        draw_box(root, [(left, top), (left + px(28), bottom)], look)?;
        let text = text_style(style::LABEL_SIZE).pos(LEFT);
        root.draw_text(name, &text, (left + px(36), px(LEGEND_Y)))?;
    }
    Ok(())
}

/// A bar or a legend swatch: its edge colour, with its fill colour inset by
/// the edge's width. (Filled rectangles only: plotters' SVG backend draws
/// every outline 1 unit wide, a quarter of a pixel here.)
fn draw_box(
    root: &Area<'_>,
    [(left, top), (right, bottom)]: [(i32, i32); 2],
    look: style::BarLook,
) -> Result<(), DrawError> {
    let outside = [(left, top), (right, bottom)];
    root.draw(&Rectangle::new(outside, look.edge.filled()))?;
    let edge = px(style::BAR_EDGE_WIDTH as i32);
    if look.fill != look.edge && right - left > 2 * edge {
        let inside = [(left + edge, top + edge), (right - edge, bottom - edge)];
        root.draw(&Rectangle::new(inside, look.fill.filled()))?;
    }
    Ok(())
}

/// `10^power` written out as a speed: `0.01x`, `1x`, `1000x`.
fn power_of_ten(power: i32) -> String {
    let zeros = "0".repeat(power.unsigned_abs() as usize);
    if power >= 0 {
        format!("1{zeros}x")
    } else {
        format!("0.{}1x", &zeros[1..])
    }
}
