//! The list of figures, and what a figure description may and may not say.

use activations::{plot_grid, sigmoid, step};
use figures::{Curve, FIGURES, Figure, FigureError, Grid};
use std::collections::BTreeSet;

fn figure(file_name: &'static str) -> &'static Figure {
    FIGURES
        .iter()
        .find(|figure| figure.file_name == file_name)
        .unwrap_or_else(|| panic!("no figure {file_name} in FIGURES"))
}

#[test]
fn file_names_are_unique() {
    let names: BTreeSet<_> = FIGURES.iter().map(|figure| figure.file_name).collect();
    assert_eq!(names.len(), FIGURES.len());
}

#[test]
fn the_tutorial_plots_use_its_grid_and_y_limits() {
    for name in ["step.svg", "sigmoid.svg", "relu.svg", "sigmoid-vs-step.svg"] {
        let figure = figure(name);
        assert_eq!(figure.x.values().unwrap(), plot_grid(), "{name}");
        assert_eq!(figure.y_limits, (-0.1, 1.1), "{name}");
    }
}

#[test]
fn the_full_relu_figure_shows_every_point() {
    let figure = figure("relu-full.svg");
    let (bottom, top) = figure.y_limits;
    let points = figure.curves[0].points(&figure.x.values().unwrap());
    assert!(points.iter().all(|&(_, y)| bottom < y && y < top));
}

#[test]
fn the_step_jumps_between_the_two_grid_points_nearest_zero() {
    // What the captions say: x[50] is a hair below 0 and gives 0, x[51] gives 1,
    // so the line through the points rises steeply between them.
    let points = Curve::new("step", step).points(&plot_grid());
    let first_one = points.iter().position(|&(_, y)| y == 1.0).unwrap();
    assert_eq!(first_one, 51);
    assert!(points[50].0 < 0.0 && points[50].1 == 0.0);
}

#[test]
fn the_sigmoids_slope_peaks_at_a_quarter_at_0() {
    // What chapter 3 says of its figure: σ′ is at most 0.25, reached at x = 0.
    let figure = figure("sigmoid-derivative.svg");
    assert_eq!(figure.x.values().unwrap(), plot_grid());
    let slope = figure.curves[1].points(&plot_grid());
    let highest = slope.iter().map(|&(_, y)| y).fold(f64::MIN, f64::max);
    assert_eq!(highest, 0.25);
    let (x, _) = slope.iter().find(|&&(_, y)| y == highest).unwrap();
    assert!(x.abs() < 1e-9, "{x}");
    assert!(slope[0].1 < 0.01 && slope[slope.len() - 1].1 < 0.01);
}

#[test]
fn relus_slope_jumps_from_0_to_1_where_the_step_does() {
    let figure = figure("relu-derivative.svg");
    assert_eq!(figure.x.values().unwrap(), plot_grid());
    let slope = figure.curves[1].points(&plot_grid());
    assert!(slope.iter().all(|&(_, y)| y == 0.0 || y == 1.0));
    let first_one = slope.iter().position(|&(_, y)| y == 1.0).unwrap();
    assert_eq!(first_one, 51);
    assert!(slope[first_one..].iter().all(|&(_, y)| y == 1.0));
}

#[test]
fn a_figure_with_several_curves_names_each_in_the_svg() {
    let svg = figure("sigmoid-vs-step.svg").render().unwrap();
    for label in ["sigmoid", "step"] {
        assert!(
            svg.contains(&format!(">\n{label}\n</text>")),
            "no legend entry {label}"
        );
    }
}

#[test]
fn the_title_is_escaped_into_the_svg_title() {
    let svg = tutorial_figure("a < b & c").render().unwrap();
    assert!(svg.contains("<title>a &lt; b &amp; c</title>"));
}

#[test]
fn the_svg_is_shown_at_720_by_450_and_drawn_at_four_times_that() {
    let svg = FIGURES[0].render().unwrap();
    let first_line = svg.lines().next().unwrap();
    assert_eq!(
        first_line,
        r#"<svg width="720" height="450" viewBox="0 0 2880 1800" xmlns="http://www.w3.org/2000/svg">"#
    );
}

fn tutorial_figure(title: &'static str) -> Figure {
    const SIGMOID: &[Curve] = &[Curve::new("sigmoid", sigmoid)];
    Figure {
        file_name: "test.svg",
        title,
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-0.1, 1.1),
        curves: SIGMOID,
    }
}

#[test]
fn a_file_name_must_be_a_plain_svg_name() {
    for file_name in [
        "sigmoid.png",
        "figures/sigmoid.svg",
        "..\\sigmoid.svg",
        ".svg",
        "",
    ] {
        let figure = Figure {
            file_name,
            ..tutorial_figure("t")
        };
        let problem = "file_name must be a plain file name ending in .svg".to_owned();
        assert_eq!(figure.render(), Err(FigureError { file_name, problem }));
    }
}

#[test]
fn y_limits_must_be_finite_and_increasing() {
    for (bottom, top) in [
        (1.1, -0.1),
        (1.0, 1.0),
        (f64::NAN, 1.0),
        (0.0, f64::INFINITY),
    ] {
        let figure = Figure {
            y_limits: (bottom, top),
            ..tutorial_figure("t")
        };
        let error = figure.render().unwrap_err();
        assert_eq!(error.file_name, "test.svg");
        assert!(
            error
                .to_string()
                .starts_with("figure test.svg: y_limits must be")
        );
    }
}

#[test]
fn a_bad_grid_is_reported_with_the_figure_name() {
    let zero_step = Figure {
        x: Grid::arange(-5.0, 5.0, 0.0),
        ..tutorial_figure("t")
    };
    assert_eq!(
        zero_step.render().unwrap_err().to_string(),
        "figure test.svg: invalid x grid: arange needs a non-zero step"
    );
    let backwards = Figure {
        x: Grid::arange(5.0, -5.0, 0.1),
        ..tutorial_figure("t")
    };
    assert_eq!(
        backwards.render().unwrap_err().to_string(),
        "figure test.svg: the x grid arange(5, -5, 0.1) has no values"
    );
}
