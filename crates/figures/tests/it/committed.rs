//! The SVG files committed under book/src/figures/ are exactly what the code
//! draws today.

use figures::{FIGURES, OUTPUT_DIR, output_dir};

#[test]
fn every_committed_figure_matches_what_the_code_draws() {
    let mut problems = Vec::new();
    for figure in FIGURES {
        let svg = figure.render().unwrap();
        let shown = format!("{OUTPUT_DIR}/{}", figure.file_name);
        match std::fs::read(output_dir().join(figure.file_name)) {
            Ok(committed) if committed == svg.as_bytes() => {}
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
fn drawing_a_figure_twice_gives_the_same_bytes() {
    for figure in FIGURES {
        assert_eq!(
            figure.render().unwrap(),
            figure.render().unwrap(),
            "{}",
            figure.file_name
        );
    }
}
