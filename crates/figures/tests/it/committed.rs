//! The SVG files committed under book/src/figures/ are exactly what the code
//! draws today, from today's functions and today's saved measurements.

use figures::{OUTPUT_DIR, SPEEDUPS, draw_all, output_dir};

#[test]
fn every_committed_figure_matches_what_the_code_draws() {
    let mut problems = Vec::new();
    for (file_name, drawn) in draw_all() {
        let shown = format!("{OUTPUT_DIR}/{file_name}");
        let svg = match drawn {
            Ok(svg) => svg,
            Err(error) => {
                problems.push(format!("{shown} cannot be drawn: {error}"));
                continue;
            }
        };
        match std::fs::read(output_dir().join(file_name)) {
            Ok(committed) if committed == svg.as_bytes() => {}
            Ok(_) if file_name == SPEEDUPS.file_name => problems.push(format!(
                "{shown} is out of date: it differs from the chart of {}",
                SPEEDUPS.results
            )),
            Ok(_) => problems.push(format!("{shown} is out of date")),
            Err(error) => problems.push(format!("{shown} cannot be read: {error}")),
        }
    }
    assert!(
        problems.is_empty(),
        "{}\nRun `cargo run -p figures` to redraw the figures, then commit them.",
        problems.join("\n")
    );
}

#[test]
fn drawing_the_figures_twice_gives_the_same_bytes() {
    for ((file_name, first), (_, second)) in draw_all().zip(draw_all()) {
        assert_eq!(first.unwrap(), second.unwrap(), "{file_name}");
    }
}

#[test]
fn every_figure_has_its_own_file_name() {
    let mut names: Vec<_> = draw_all().map(|(file_name, _)| file_name).collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "{names:?}");
}
