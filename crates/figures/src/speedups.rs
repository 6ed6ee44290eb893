//! The chart and the summary table of chapter 8, from the results that
//! `crates/bench/compare-numpy --save` wrote.

use crate::figure::{FigureError, check_file_name, put_on_card, text_style};
use crate::results::Results;
use crate::style;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::fmt::Write;

/// A bar chart of the speeds relative to the tutorial's NumPy code, and a
/// Markdown table of the same rows, from the JSON results of
/// `crates/bench/compare-numpy`. In the chart, each row has two bars from
/// NumPy's speed (1x) to the simple and the fast Rust form's speed, on a log
/// scale: right of 1x is faster than NumPy, left is slower.
///
/// ```
/// let run = figures::Results::read(&figures::workspace_file(figures::SPEEDUPS.results))?;
/// let svg = figures::SPEEDUPS.render(&run)?;
/// let fast = run.target("relu_1e7").and_then(|t| t.speed(&t.headline)).unwrap();
/// assert!(svg.contains(&format!("\n{fast:.2}x\n")));
/// assert!(figures::SPEEDUPS.summary(&run)?.contains(&format!("**{fast:.2}x**")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct SpeedupChart {
    /// The file written under `book/src/figures/`, such as `"speedups.svg"`.
    pub file_name: &'static str,
    /// The title drawn above the chart; also the SVG's `<title>`.
    pub title: &'static str,
    /// The results file, relative to the workspace's root.
    pub results: &'static str,
    /// Where the summary table goes, relative to the workspace's root.
    pub summary: &'static str,
    /// From top to bottom: a target of the results, its label (each `\n`
    /// starts a line), and the Rust form drawn as the simple bar; the fast
    /// bar is the target's headline form.
    pub rows: &'static [(&'static str, &'static str, &'static str)],
}

impl SpeedupChart {
    /// Reads the results file, then draws the chart and writes the summary
    /// table from it; yields each file's path with its contents, or with
    /// why it could not be made.
    ///
    /// ```
    /// let [(svg, chart), (_, table)] = figures::SPEEDUPS.draw_all();
    /// assert_eq!(svg, "book/src/figures/speedups.svg");
    /// assert!(chart.is_ok() && table.is_ok());
    /// ```
    pub fn draw_all(&self) -> [(String, Result<String, FigureError>); 2] {
        let run = std::fs::read_to_string(crate::workspace_file(self.results));
        let run = run.map_err(|e| format!("{}: cannot read it: {e}", self.results));
        let run = run.and_then(|text| Results::parse(&text, self.results));
        let run = run.map_err(|message| self.results_error(message));
        let svg = format!("{}/{}", crate::OUTPUT_DIR, self.file_name);
        let summary = run
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|run| self.summary(run));
        [
            (svg, run.and_then(|run| self.render(&run))),
            (self.summary.into(), summary),
        ]
    }

    /// Draws the chart; the same results always give the same bytes. See
    /// [`SpeedupChart`] for an example.
    ///
    /// # Errors
    ///
    /// [`FigureError`] when the file name is not a plain `*.svg` name, the
    /// chart has no rows, `run` lacks a row's numbers (see
    /// [`SpeedupChart::speeds`]), or plotters fails to draw.
    pub fn render(&self, run: &Results) -> Result<String, FigureError> {
        let file_name = self.file_name;
        check_file_name(file_name)?;
        if self.rows.is_empty() {
            return Err(FigureError::NoRows { file_name });
        }
        let speeds = self
            .speeds(run)
            .map_err(|message| self.results_error(message))?;
        let (width, height) = style::SIZE;
        let mut svg = String::new();
        let root = SVGBackend::with_string(&mut svg, (width * style::SCALE, height * style::SCALE));
        let drawn = self.draw(&speeds, root.into_drawing_area());
        let message = |error: DrawError| error.to_string();
        drawn.map_err(|error| FigureError::Drawing {
            file_name,
            message: message(error),
        })?;
        Ok(put_on_card(&svg, self.title))
    }

    /// The summary table: per row, NumPy's time, each Rust form's time and
    /// speed, and the goal. See [`SpeedupChart`] for an example.
    ///
    /// # Errors
    ///
    /// [`FigureError::Results`] when `run` lacks a row's numbers.
    pub fn summary(&self, run: &Results) -> Result<String, FigureError> {
        let speeds = self
            .speeds(run)
            .map_err(|message| self.results_error(message))?;
        let mut table = format!(
            "<!-- Written by `cargo run -p figures` from {}: do not edit. -->\n\n\
             | | NumPy, the tutorial's code | simple Rust | fast Rust | goal |\n\
             |---|--:|--:|--:|:-:|\n",
            self.results
        );
        for (&(name, label, simple_form), (simple, fast)) in self.rows.iter().zip(speeds) {
            let Some(target) = run.target(name) else {
                continue;
            };
            let seconds = |side, form| time(target.seconds(side, form).unwrap_or_default());
            let met = |goal| if fast >= goal { "met" } else { "missed" };
            let goal = target
                .goal
                .map_or("".into(), |goal| format!("{goal}x: {}", met(goal)));
            let (numpy, label) = (seconds("numpy", "tutorial"), label.replace('\n', ", "));
            let (simple_time, fast_time) = (
                seconds("rust", simple_form),
                seconds("rust", &target.headline),
            );
            let _ = writeln!(
                table,
                "| {label} | {numpy} | {simple_time}, {simple:.2}x | {fast_time}, **{fast:.2}x** | {goal} |"
            );
        }
        let _ = write!(
            table,
            "\nTime per call, the fastest of {} rounds, on one core, against NumPy {}; \
             `Nx` is NumPy's time divided by the Rust time, in the same run.\n",
            run.rounds, run.numpy
        );
        Ok(table)
    }

    /// Each row's speeds, simple and fast: how many times as fast as the
    /// tutorial's NumPy code the two Rust forms ran.
    ///
    /// # Errors
    ///
    /// `"FILE: PROBLEM"` when a row's target is not in `run`, or lacks the
    /// row's simple form.
    ///
    /// ```
    /// let run = figures::Results::read(&figures::workspace_file(figures::SPEEDUPS.results))?;
    /// assert!(figures::SPEEDUPS.speeds(&run)?.iter().all(|(simple, fast)| simple < fast));
    /// # Ok::<(), String>(())
    /// ```
    pub fn speeds(&self, run: &Results) -> Result<Vec<(f64, f64)>, String> {
        let speeds = |&(name, _, simple_form): &(&str, &str, &str)| {
            let problem = |problem: String| format!("{}: {problem}", self.results);
            let target = run.target(name);
            let target =
                target.ok_or_else(|| problem(format!("no target {name} (the chart shows it)")))?;
            let simple = target.speed(simple_form);
            let simple = simple
                .ok_or_else(|| problem(format!("{name} has no rust form {simple_form:?}")))?;
            // Results::parse checked that the headline form is there.
            Ok((simple, target.speed(&target.headline).unwrap_or(f64::NAN)))
        };
        self.rows.iter().map(speeds).collect()
    }

    fn results_error(&self, message: String) -> FigureError {
        FigureError::Results {
            file_name: self.file_name,
            message,
        }
    }

    /// Draws the title, the legend, the log-scale axis, each row's label and
    /// bars (the simple one above the row's centre, the fast one below), each
    /// bar's value beyond its end, and last, over the bars, NumPy's line.
    fn draw(&self, speeds: &[(f64, f64)], root: Area<'_>) -> Result<(), DrawError> {
        let text = |size| text_style(size);
        let (centre, left, right) = (
            HPos::Center,
            Pos::new(HPos::Left, VPos::Center),
            Pos::new(HPos::Right, VPos::Center),
        );
        let middle = (
            px(style::SIZE.0 as i32) / 2,
            px(style::TITLE_BAND_HEIGHT as i32) / 2,
        );
        root.draw_text(
            self.title,
            &text(style::TITLE_SIZE).pos(Pos::new(centre, VPos::Center)),
            middle,
        )?;
        let legend = [
            ("simple Rust", style::SIMPLE_BAR),
            ("fast Rust", style::FAST_BAR),
        ];
        for (at, (name, look)) in (0..).map(|i| px(PLOT_LEFT + 150 * i)).zip(legend) {
            let (top, bottom) = (px(LEGEND_Y - BAR_HEIGHT / 2), px(LEGEND_Y + BAR_HEIGHT / 2));
            draw_box(&root, [(at, top), (at + px(28), bottom)], look)?;
            root.draw_text(
                name,
                &text(style::LABEL_SIZE).pos(left),
                (at + px(36), px(LEGEND_Y)),
            )?;
        }

        // Whole powers of ten, with room beyond the slowest and the fastest
        // bar for its value, and always some of the side slower than NumPy.
        let all = || speeds.iter().flat_map(|&(simple, fast)| [simple, fast]);
        let lowest = all()
            .map(|speed| (speed / 2.5).log10().floor() as i32)
            .fold(-1, i32::min);
        let highest = all()
            .map(|speed| (speed * 4.0).log10().ceil() as i32)
            .fold(1, i32::max);
        let x = |speed: f64| {
            let share = (speed.log10() - f64::from(lowest)) / f64::from(highest - lowest);
            px(PLOT_LEFT) + (share * f64::from(px(PLOT_RIGHT - PLOT_LEFT))).round() as i32
        };
        let (axis_y, one) = (px(PLOT_BOTTOM), x(1.0));
        let axis = style::AXIS.stroke_width(px(2) as u32);
        for power in lowest..=highest {
            let at = x(10f64.powi(power));
            let grid = style::GRID_LINE.stroke_width(px(1) as u32);
            root.draw(&PathElement::new([(at, px(PLOT_TOP)), (at, axis_y)], grid))?;
            root.draw(&PathElement::new(
                [(at, axis_y), (at, axis_y + px(5))],
                axis,
            ))?;
            let label = text(style::LABEL_SIZE).pos(Pos::new(centre, VPos::Top));
            root.draw_text(&power_of_ten(power), &label, (at, axis_y + px(10)))?;
        }
        root.draw(&PathElement::new(
            [(px(PLOT_LEFT), axis_y), (px(PLOT_RIGHT), axis_y)],
            axis,
        ))?;
        let label = text(style::LABEL_SIZE);
        root.draw_text(
            "← slower than NumPy",
            &label.pos(right),
            (one - px(10), px(SIDES_Y)),
        )?;
        root.draw_text(
            "faster than NumPy →",
            &label.pos(left),
            (one + px(10), px(SIDES_Y)),
        )?;
        let muted = label.color(&style::AXIS);
        root.draw_text(
            "(log scale)",
            &muted.pos(right),
            (px(PLOT_RIGHT), px(SIDES_Y)),
        )?;

        let row_height = px(PLOT_BOTTOM - PLOT_TOP) / self.rows.len() as i32;
        for (index, ((_, lines, _), (simple, fast))) in (0..).zip(self.rows.iter().zip(speeds)) {
            let middle = px(PLOT_TOP) + row_height * index + row_height / 2;
            // The first line of the label names the work, the others (muted)
            // say how much.
            let first_y = middle - px(20) * (lines.lines().count() as i32 - 1) / 2;
            for (number, line) in (0..).zip(lines.lines()) {
                let look = if number == 0 { &label } else { &muted };
                root.draw_text(
                    line,
                    &look.pos(right),
                    (px(PLOT_LEFT - 14), first_y + px(20) * number),
                )?;
            }
            let bars = [
                (*simple, middle - px(BAR_HEIGHT + 1), style::SIMPLE_BAR),
                (*fast, middle + px(1), style::FAST_BAR),
            ];
            for (speed, top, look) in bars {
                let (end, bottom) = (x(speed), top + px(BAR_HEIGHT));
                draw_box(&root, [(one.min(end), top), (one.max(end), bottom)], look)?;
                let (anchor, at) = if speed >= 1.0 {
                    (left, end + px(6))
                } else {
                    (right, end - px(6))
                };
                let value = text(style::VALUE_SIZE).pos(anchor);
                root.draw_text(&format!("{speed:.2}x"), &value, (at, (top + bottom) / 2))?;
            }
        }
        let line = style::TEXT.stroke_width(px(2) as u32);
        root.draw(&PathElement::new(
            [(one, px(PLOT_TOP - 6)), (one, axis_y)],
            line,
        ))?;
        let name = label.pos(Pos::new(centre, VPos::Bottom));
        root.draw_text(
            "NumPy (the tutorial's code)",
            &name,
            (one, px(PLOT_TOP - 10)),
        )?;
        root.present()
    }
}

/// Where the chart draws, and what drawing there may fail with.
type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type DrawError = DrawingAreaErrorKind<std::io::Error>;

// The layout, in pixels of the figure as shown (see `style::SIZE`).
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

/// A bar or a legend swatch: its edge colour, with its fill colour inset by
/// the edge's width (plotters' SVG backend draws every outline 1 unit wide).
fn draw_box(
    root: &Area<'_>,
    [(left, top), (right, bottom)]: [(i32, i32); 2],
    look: style::BarLook,
) -> Result<(), DrawError> {
    root.draw(&Rectangle::new(
        [(left, top), (right, bottom)],
        look.edge.filled(),
    ))?;
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

/// A time per call as compare-numpy prints it: `21.60 ms`.
fn time(seconds: f64) -> String {
    let units = [(1.0, "s"), (1e-3, "ms"), (1e-6, "µs"), (1e-9, "ns")];
    let (scale, unit) = units
        .into_iter()
        .find(|(scale, _)| seconds >= *scale)
        .unwrap_or(units[3]);
    format!("{:.2} {unit}", seconds / scale)
}
