//! The chart and the summary table of chapter 8, from the results that
//! `crates/bench/compare-numpy --save` writes: per target, each form's
//! fastest time per call (the fields not needed here are not read).

use crate::Language;
use crate::figure::{Area, DrawError, FigureError, render_card, text_style};
use crate::style::{self, BarLook, px};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Deserialize;
use std::fmt::Write;

#[derive(Deserialize)]
struct Results {
    numpy: String,
    rounds: u32,
    targets: Vec<Target>,
}

/// The same work (such as `sigmoid_1e7`) done by several forms of code, of
/// `side` `numpy` (its `tutorial` form is the reference) or `rust`.
#[derive(Deserialize)]
struct Target {
    name: String,
    /// The Rust form whose speedup is the target's headline.
    headline: String,
    forms: Vec<Form>,
    /// The time to copy as many bytes, for work limited by memory.
    #[serde(default)]
    memcpy_seconds: Option<f64>,
    /// The time the arithmetic alone would take, for the forward pass.
    #[serde(default)]
    limit_seconds: Option<f64>,
}

#[derive(Deserialize)]
struct Form {
    side: String,
    form: String,
    seconds: f64,
}

impl Target {
    fn seconds(&self, side: &str, form: &str) -> Option<f64> {
        self.forms
            .iter()
            .find(|f| f.side == side && f.form == form)
            .map(|f| f.seconds)
    }

    /// How many times as fast as NumPy's tutorial code the Rust `form` ran.
    fn speed(&self, form: &str) -> Option<f64> {
        Some(self.seconds("numpy", "tutorial")? / self.seconds("rust", form)?)
    }

    /// The machine's limit for this work, named: the arithmetic limit where
    /// there is one, else copying as many bytes.
    fn limit(&self) -> Option<(&'static str, f64)> {
        match (self.limit_seconds, self.memcpy_seconds) {
            (Some(seconds), _) => Some(("arithmetic", seconds)),
            (None, Some(seconds)) => Some(("memcpy", seconds)),
            (None, None) => None,
        }
    }
}

impl Results {
    /// Parses a run's JSON, and checks that it has targets, that every time
    /// is positive and that each target has its tutorial and headline forms.
    fn parse(text: &str) -> Result<Self, String> {
        let run: Self = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if run.targets.is_empty() {
            return Err("no targets".into());
        }
        for target in &run.targets {
            let name = &target.name;
            for Form {
                side,
                form,
                seconds,
            } in &target.forms
            {
                if !(seconds.is_finite() && *seconds > 0.0) {
                    return Err(format!("{name} {side} {form}: {seconds} seconds"));
                }
            }
            for (side, form) in [("numpy", "tutorial"), ("rust", &target.headline)] {
                if target.seconds(side, form).is_none() {
                    return Err(format!("{name} has no {side} form {form:?}"));
                }
            }
            if let Some((limit, seconds)) = target.limit()
                && !(seconds.is_finite() && seconds > 0.0)
            {
                return Err(format!("{name} {limit} limit: {seconds} seconds"));
            }
        }
        Ok(run)
    }

    fn target(&self, name: &str) -> Option<&Target> {
        self.targets.iter().find(|target| target.name == name)
    }
}

/// A bar chart of speeds relative to the tutorial's NumPy code, and a table
/// of the same rows, from compare-numpy's JSON. Each row has two bars from
/// NumPy's speed (1x) to the simple and the fast Rust form's, on a log scale.
///
/// ```
/// let chart = figures::SPEEDUPS;
/// let json = std::fs::read_to_string(figures::workspace_file(chart.results))?;
/// let (_, fast) = chart.speeds(&json)?[2]; // ReLU
/// assert!(chart.render(&json)?.contains(&format!("\n{fast:.2}x\n")));
/// assert!(chart.summary_table(&json)?.contains(&format!("**{fast:.2}x**")));
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
    /// Reads the results file; returns the paths of the chart in each
    /// language and of the summary, each with its contents or why it could
    /// not be made. See [`crate::draw_all`].
    pub fn draw_all(&self) -> Vec<(String, Result<String, FigureError>)> {
        let json = std::fs::read_to_string(crate::workspace_file(self.results));
        let json = json.map_err(|e| self.results_error(format!("cannot read it: {e}")));
        let mut files: Vec<_> = Language::ALL
            .into_iter()
            .map(|language| {
                let svg = format!("{}/{}", language.folder(), self.file_name);
                let json = json.as_ref().map_err(Clone::clone);
                (svg, json.and_then(|json| self.render_in(json, language)))
            })
            .collect();
        let summary = json.and_then(|json| self.summary_table(&json));
        files.push((self.summary.into(), summary));
        files
    }

    /// Draws the chart in English from the results' JSON; see [`SpeedupChart`].
    ///
    /// # Errors
    ///
    /// [`FigureError`] when the file name is not a plain `*.svg` name, the
    /// chart has no rows, [`SpeedupChart::speeds`] fails, or plotters does.
    pub fn render(&self, json: &str) -> Result<String, FigureError> {
        self.render_in(json, Language::English)
    }

    /// Draws the chart with the words of `language`; see [`SpeedupChart::render`].
    ///
    /// # Errors
    ///
    /// As for [`SpeedupChart::render`], and when a phrase of the chart has
    /// no words in `language` ([`Language::say`]).
    pub fn render_in(&self, json: &str, language: Language) -> Result<String, FigureError> {
        if self.rows.is_empty() {
            return Err(FigureError::new(self.file_name, "the chart has no rows"));
        }
        let speeds = self.speeds(json)?;
        render_card(self.file_name, self.title, language, |root| {
            self.draw(&speeds, language, root)
        })
    }

    /// The summary table, from the results' JSON: per row, NumPy's time,
    /// and each Rust form's time and speed; see [`SpeedupChart`].
    ///
    /// # Errors
    ///
    /// [`FigureError`] as for [`SpeedupChart::speeds`].
    pub fn summary_table(&self, json: &str) -> Result<String, FigureError> {
        let (run, speeds) = (
            Results::parse(json).map_err(|e| self.results_error(e))?,
            self.speeds(json)?,
        );
        let mut table = format!(
            "<!-- Written by `cargo run -p figures` from {}: do not edit. -->\n\n\
             | | NumPy, the tutorial's code | simple Rust | fast Rust | the machine's limit |\n\
             |---|--:|--:|--:|--:|\n",
            self.results
        );
        for (&(name, label, simple_form), (simple, fast)) in self.rows.iter().zip(speeds) {
            let Some(target) = run.target(name) else {
                continue;
            };
            let seconds = |side, form| time(target.seconds(side, form).unwrap_or_default());
            let (numpy, label) = (seconds("numpy", "tutorial"), label.replace('\n', ", "));
            let (simple_time, fast_time) = (
                seconds("rust", simple_form),
                seconds("rust", &target.headline),
            );
            let limit = target.limit().map_or("-".to_owned(), |(name, seconds)| {
                let fast_seconds = target.seconds("rust", &target.headline).unwrap_or(f64::NAN);
                let share = (100.0 * seconds / fast_seconds).round();
                format!("{name}: {}, fast at {share}%", time(seconds))
            });
            let row =
                format!("{simple_time}, {simple:.2}x | {fast_time}, **{fast:.2}x** | {limit}");
            let _ = writeln!(table, "| {label} | {numpy} | {row} |");
        }
        let _ = write!(
            table,
            "\nTime per call, the fastest of {} rounds, on one core, against NumPy {}; \
             `Nx` is NumPy's time divided by the Rust time, in the same run. The machine's \
             limit, measured in the same run: for the activations, copying as many bytes \
             (memcpy); for the forward pass, its arithmetic alone, from the measured speed of \
             each operation it needs; \"fast at N%\" is that time divided by the fast form's.\n",
            run.rounds, run.numpy
        );
        Ok(table)
    }

    /// Each row's (simple, fast) speed: how many times as fast as the
    /// tutorial's NumPy code each Rust form ran; see [`SpeedupChart`].
    ///
    /// # Errors
    ///
    /// [`FigureError`] when the JSON is malformed (see `Results::parse`) or
    /// lacks a row's target or simple form.
    pub fn speeds(&self, json: &str) -> Result<Vec<(f64, f64)>, FigureError> {
        let run = Results::parse(json).map_err(|e| self.results_error(e))?;
        let speeds = |&(name, _, simple_form): &(&str, &str, &str)| {
            let target = run
                .target(name)
                .ok_or(format!("no target {name} (the chart shows it)"))?;
            let simple = target.speed(simple_form);
            let simple = simple.ok_or(format!("{name} has no rust form {simple_form:?}"))?;
            // Results::parse checked that the headline form is there.
            Ok((simple, target.speed(&target.headline).unwrap_or(f64::NAN)))
        };
        let speeds = self.rows.iter().map(speeds).collect::<Result<_, String>>();
        speeds.map_err(|e| self.results_error(e))
    }

    fn results_error(&self, problem: String) -> FigureError {
        FigureError::new(self.file_name, format!("{}: {problem}", self.results))
    }

    /// Draws legend, log-scale axis, each row's label and bars (simple
    /// above, fast below) with their values, and last, over them, NumPy's line.
    fn draw(
        &self,
        speeds: &[(f64, f64)],
        language: Language,
        root: Area<'_>,
    ) -> Result<(), DrawError> {
        let text = |size| text_style(size);
        let say = |phrase| language.say(phrase);
        let (centre, left, right) = (
            HPos::Center,
            Pos::new(HPos::Left, VPos::Center),
            Pos::new(HPos::Right, VPos::Center),
        );
        let legend = [
            ("simple Rust", style::SIMPLE_BAR),
            ("fast Rust", style::FAST_BAR),
        ];
        for (at, (name, look)) in (0..).map(|i| px(PLOT_LEFT + 150 * i)).zip(legend) {
            let (top, bottom) = (px(LEGEND_Y - BAR_HEIGHT / 2), px(LEGEND_Y + BAR_HEIGHT / 2));
            draw_box(&root, look, [at, top, at + px(28), bottom])?;
            root.draw_text(
                say(name)?,
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
            say("← slower than NumPy")?,
            &label.pos(right),
            (one - px(10), px(SIDES_Y)),
        )?;
        root.draw_text(
            say("faster than NumPy →")?,
            &label.pos(left),
            (one + px(10), px(SIDES_Y)),
        )?;
        let muted = label.color(&style::AXIS);
        root.draw_text(
            say("(log scale)")?,
            &muted.pos(right),
            (px(PLOT_RIGHT), px(SIDES_Y)),
        )?;

        let row_height = px(PLOT_BOTTOM - PLOT_TOP) / self.rows.len() as i32;
        for (index, ((_, lines, _), (simple, fast))) in (0..).zip(self.rows.iter().zip(speeds)) {
            let middle = px(PLOT_TOP) + row_height * index + row_height / 2;
            // The label's first line names the work, the others (muted) say how much.
            let lines = say(lines)?;
            let first_y = middle - px(20) * (lines.lines().count() as i32 - 1) / 2;
            for (number, line) in (0..).zip(lines.lines()) {
                let (look, y) = (
                    if number == 0 { &label } else { &muted },
                    first_y + px(20) * number,
                );
                root.draw_text(line, &look.pos(right), (px(PLOT_LEFT - 14), y))?;
            }
            let bars = [
                (*simple, middle - px(BAR_HEIGHT + 1), style::SIMPLE_BAR),
                (*fast, middle + px(1), style::FAST_BAR),
            ];
            for (speed, top, look) in bars {
                let (end, bottom) = (x(speed), top + px(BAR_HEIGHT));
                draw_box(&root, look, [one.min(end), top, one.max(end), bottom])?;
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
            say("NumPy (the tutorial's code)")?,
            &name,
            (one, px(PLOT_TOP - 10)),
        )?;
        Ok(root.present()?)
    }
}

// The layout, in pixels of the figure as shown (see `style::SIZE`).
const LEGEND_Y: i32 = 66;
const PLOT_TOP: i32 = 112;
const PLOT_BOTTOM: i32 = 372;
const PLOT_LEFT: i32 = 150;
const PLOT_RIGHT: i32 = 672;
const BAR_HEIGHT: i32 = 16;
/// The line under the tick labels that says which side is slower.
const SIDES_Y: i32 = 422;

/// A bar or a legend swatch: its edge colour, with its fill colour inset by
/// the edge's width (plotters' SVG backend draws every outline 1 unit wide).
fn draw_box(
    root: &Area<'_>,
    look: BarLook,
    [left, top, right, bottom]: [i32; 4],
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
