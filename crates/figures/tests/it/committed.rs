//! The files committed under book/ are exactly what the code draws today,
//! from today's functions and today's saved measurements.

use figures::{SPEEDUPS, draw_all, workspace_file};

#[test]
fn every_committed_file_matches_what_the_code_draws() {
    let mut problems = Vec::new();
    for (path, drawn) in draw_all() {
        let drawn = match drawn {
            Ok(drawn) => drawn,
            Err(error) => {
                problems.push(format!("{path} cannot be drawn: {error}"));
                continue;
            }
        };
        match std::fs::read(workspace_file(&path)) {
            Ok(committed) if committed == drawn.as_bytes() => {}
            Ok(_) if path.ends_with(SPEEDUPS.file_name) || path == SPEEDUPS.summary => problems
                .push(format!(
                    "{path} is out of date: it differs from what {} gives",
                    SPEEDUPS.results
                )),
            Ok(_) => problems.push(format!("{path} is out of date")),
            Err(error) => problems.push(format!("{path} cannot be read: {error}")),
        }
    }
    assert!(
        problems.is_empty(),
        "{}\nRun `cargo run -p figures` to redraw them, then commit them.",
        problems.join("\n")
    );
}

#[test]
fn drawing_everything_twice_gives_the_same_bytes() {
    for ((path, first), (_, second)) in draw_all().zip(draw_all()) {
        assert_eq!(first.unwrap(), second.unwrap(), "{path}");
    }
}

#[test]
fn every_file_has_its_own_path() {
    let mut paths: Vec<_> = draw_all().map(|(path, _)| path).collect();
    let count = paths.len();
    paths.sort_unstable();
    paths.dedup();
    assert_eq!(paths.len(), count, "{paths:?}");
}
