//! Reading compare-numpy's output, and the speedup chart drawn from it.

use figures::{Comparison, FigureError, ResultsError, SPEEDUPS, Speeds, SpeedupChart};
use std::path::{Path, PathBuf};

/// The shape of compare-numpy's output, cut down: every target the chart
/// shows, with made-up numbers.
const OUTPUT: &str = "\
NumPy 2.4.6, seed 2026, 9 rounds, median shown; core {0}
checked: every Rust form gives NumPy's answers

target               form                      time per call  vs tutorial  of memcpy
step_1e7             numpy tutorial                 21.85 ms        1.00x        54%
                     rust simple                    19.19 ms        1.14x        62%
                     rust fast_reusing *             6.83 ms        3.20x       173%
                     (rust memcpy, same bytes)      11.84 ms     13.5 GB/s read + written
sigmoid_1e7          numpy tutorial                 31.50 ms        1.00x         6%
                     rust simple                    90.00 ms        0.35x        13%
                     rust fast_in_place *            7.00 ms        4.50x       109%
relu_1e7             numpy tutorial                 18.48 ms        1.00x        65%
                     rust simple                    19.24 ms        0.96x        62%
                     rust fast_in_place *            6.00 ms        3.08x       199%
forward_one          numpy tutorial                  6.49 µs        1.00x          -
                     rust dynamic                  135.73 ns       47.78x          -
                     rust static *                  28.01 ns      231.50x          -
forward_batch_1e6    numpy tutorial                 65.91 ms        1.00x         3%
                     rust simple                    62.08 ms        1.06x         3%
                     rust fast *                     8.74 ms        7.54x        20%

vs tutorial: the NumPy tutorial code's time divided by this form's time.
  speedup = NumPy (tutorial code) / Rust, same run.
step_1e7: 3.20x
sigmoid_1e7: 4.50x
relu_1e7: 3.08x
forward_one: 231.50x
forward_batch_1e6: 7.54x

every target met
";

fn parse(text: &str) -> Result<Comparison, ResultsError> {
    Comparison::parse(text, Path::new("results.txt"))
}

/// The error for `OUTPUT` with its line `line` (counted from 1) replaced.
fn error_with_line(line: usize, replacement: &str) -> ResultsError {
    let lines: Vec<&str> = OUTPUT.lines().collect();
    assert!(line >= 1 && line <= lines.len());
    let mut changed = lines.clone();
    changed[line - 1] = replacement;
    parse(&changed.join("\n")).expect_err("the changed output should not parse")
}

// --- Reading the table --------------------------------------------------------

#[test]
fn every_row_is_read_with_its_line_and_the_memcpy_rows_are_skipped() {
    let run = parse(OUTPUT).unwrap();
    let names: Vec<_> = run.targets.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "step_1e7",
            "sigmoid_1e7",
            "relu_1e7",
            "forward_one",
            "forward_batch_1e6"
        ]
    );
    let step = run.target("step_1e7").unwrap();
    let forms: Vec<_> = step.forms.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        forms,
        ["numpy tutorial", "rust simple", "rust fast_reusing"]
    );
    assert_eq!(step.line, 5);
    let headline = step.headline().unwrap();
    assert_eq!(
        (headline.name.as_str(), headline.line),
        ("rust fast_reusing", 7)
    );
    assert_eq!(run.file, "results.txt");
}

#[test]
fn times_are_read_in_their_units() {
    let run = parse(OUTPUT).unwrap();
    let one = run.target("forward_one").unwrap();
    assert_eq!(one.form("numpy tutorial").unwrap().seconds, 6.49e-6);
    assert_eq!(one.form("rust static").unwrap().seconds, 28.01e-9);
    let step = run.target("step_1e7").unwrap();
    assert_eq!(step.form("rust simple").unwrap().seconds, 19.19e-3);
    let seconds = parse(&OUTPUT.replace("21.85 ms", "21.85 s")).unwrap();
    let tutorial = seconds.target("step_1e7").unwrap().form("numpy tutorial");
    assert_eq!(tutorial.unwrap().seconds, 21.85);
}

#[test]
fn the_closing_lines_are_read_and_the_other_prose_is_not() {
    let run = parse(OUTPUT).unwrap();
    let lines: Vec<_> = run
        .speedups
        .iter()
        .map(|s| (s.target.as_str(), s.speedup, s.line))
        .collect();
    assert_eq!(
        lines,
        [
            ("step_1e7", 3.2, 24),
            ("sigmoid_1e7", 4.5, 25),
            ("relu_1e7", 3.08, 26),
            ("forward_one", 231.5, 27),
            ("forward_batch_1e6", 7.54, 28),
        ]
    );
}

#[test]
fn a_malformed_row_is_reported_with_its_file_line_and_text() {
    for row in [
        // The vs tutorial column without its x.
        "                     rust simple                    19.19 ms        1.14         62%",
        // No of memcpy column.
        "                     rust simple                    19.19 ms        1.14x",
        // A unit compare-numpy never prints.
        "                     rust simple                    19.19 min       1.14x        62%",
        // A time that is not a number.
        "                     rust simple                    fast ms         1.14x        62%",
        // No form.
        "                     19.19 ms        1.14x        62%",
        // A ratio that cannot be a speed.
        "                     rust simple                    19.19 ms        0.00x        62%",
        "                     rust simple                    19.19 ms         NaNx        62%",
    ] {
        let error = error_with_line(6, row);
        assert_eq!(error.file, "results.txt", "{row}");
        assert_eq!(error.line, Some(6), "{row}");
        assert!(error.problem.contains(row.trim()), "{error}");
        assert!(
            error
                .to_string()
                .starts_with("results.txt:6: expected `FORM  TIME UNIT  N.NNx"),
            "{error}"
        );
    }
}

#[test]
fn a_row_before_any_target_name_is_an_error() {
    let error = error_with_line(
        5,
        "                     numpy tutorial                 21.85 ms        1.00x        54%",
    );
    assert_eq!(
        error.to_string(),
        "results.txt:5: a row before any target: the first row must start with the target's name"
    );
}

#[test]
fn a_target_named_twice_is_an_error() {
    let error = error_with_line(
        8,
        "step_1e7             numpy tutorial                 31.50 ms        1.00x         6%",
    );
    assert_eq!(
        error.to_string(),
        "results.txt:8: target step_1e7 again (first at line 5)"
    );
}

#[test]
fn two_rows_marked_with_a_star_in_one_target_is_an_error() {
    let error = error_with_line(
        6,
        "                     rust simple *                  19.19 ms        1.14x        62%",
    );
    assert_eq!(
        error.to_string(),
        "results.txt:7: target step_1e7 has a second row marked * (the first is at line 6)"
    );
}

#[test]
fn a_malformed_closing_line_is_reported_with_its_line() {
    let error = error_with_line(25, "sigmoid_1e7: fast");
    assert_eq!(
        error.to_string(),
        "results.txt:25: expected `sigmoid_1e7: S.SSx` (such as `sigmoid_1e7: 3.20x`), \
         got `sigmoid_1e7: fast`"
    );
}

#[test]
fn output_without_a_table_is_an_error() {
    for text in [
        "",
        "NumPy 2.4.6\ncompare-numpy: Rust step_1e7/simple does not match NumPy\n",
    ] {
        assert_eq!(
            parse(text).unwrap_err().to_string(),
            "results.txt: no table: no line starts with the column names `target  form`"
        );
    }
    let header_only = "target  form  time per call  vs tutorial  of memcpy\n\nstep_1e7: 3.20x\n";
    assert_eq!(
        parse(header_only).unwrap_err().to_string(),
        "results.txt: the table has no rows"
    );
}

#[test]
fn a_missing_file_is_an_error_that_names_it() {
    let path = std::env::temp_dir().join("figures-test-no-such-results.txt");
    let error = Comparison::read(&path).unwrap_err();
    assert_eq!(error.file, path.display().to_string());
    assert_eq!(error.line, None);
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}: cannot read it: ", path.display())),
        "{error}"
    );
}

// --- The chart's numbers -------------------------------------------------------

#[test]
fn the_chart_shows_the_simple_form_and_the_row_marked_star_of_each_target() {
    let speeds = SPEEDUPS.speeds(&parse(OUTPUT).unwrap()).unwrap();
    assert_eq!(
        speeds,
        [
            Speeds {
                simple: 1.14,
                fast: 3.2
            },
            Speeds {
                simple: 0.35,
                fast: 4.5
            },
            Speeds {
                simple: 0.96,
                fast: 3.08
            },
            Speeds {
                simple: 47.78,
                fast: 231.5
            },
            Speeds {
                simple: 1.06,
                fast: 7.54
            },
        ]
    );
}

#[test]
fn a_missing_target_is_an_error_that_names_it() {
    // Lines 12 to 14 are relu_1e7's rows.
    let without_relu: String = OUTPUT
        .lines()
        .zip(1..)
        .filter(|(_, number)| !(12..=14).contains(number))
        .map(|(line, _)| format!("{line}\n"))
        .collect();
    let run = parse(&without_relu).unwrap();
    assert!(run.target("relu_1e7").is_none());
    let error = SPEEDUPS.render_from(&run).unwrap_err();
    assert_eq!(
        error.to_string(),
        "figure speedups.svg: results.txt: no target relu_1e7 in the table (the chart shows it)"
    );
}

#[test]
fn a_missing_form_is_an_error_at_its_target() {
    let run = parse(&OUTPUT.replace("rust dynamic", "rust dynamo")).unwrap();
    assert_eq!(
        SPEEDUPS.speeds(&run).unwrap_err().to_string(),
        "results.txt:15: target forward_one has no row \"rust dynamic\""
    );
    let run = parse(&OUTPUT.replace("rust fast *", "rust fast")).unwrap();
    assert_eq!(
        SPEEDUPS.speeds(&run).unwrap_err().to_string(),
        "results.txt:18: target forward_batch_1e6 has no row marked *"
    );
}

#[test]
fn a_closing_line_must_agree_with_the_row_marked_star() {
    let run = parse(&OUTPUT.replace("relu_1e7: 3.08x", "relu_1e7: 3.09x")).unwrap();
    assert_eq!(
        SPEEDUPS.speeds(&run).unwrap_err().to_string(),
        "results.txt:26: relu_1e7: 3.09x disagrees with the row marked * (3.08x at line 14)"
    );
    // Targets without a closing line (compare-numpy prints none for the
    // smaller sizes) can be shown too: the row marked * is the fast bar.
    let run = parse(&OUTPUT.replace("relu_1e7: 3.08x\n", "")).unwrap();
    assert!(run.speedup("relu_1e7").is_none());
    assert_eq!(
        SPEEDUPS.speeds(&run).unwrap()[2],
        Speeds {
            simple: 0.96,
            fast: 3.08
        }
    );
}

#[test]
fn a_missing_results_file_is_an_error_that_names_it() {
    let chart = SpeedupChart {
        results: "crates/figures/no-such-results.txt",
        ..SPEEDUPS
    };
    let error = chart.render().unwrap_err();
    let FigureError::Results { file_name, source } = &error else {
        panic!("expected a results error, got {error:?}");
    };
    assert_eq!(*file_name, "speedups.svg");
    assert!(PathBuf::from(&source.file).ends_with("crates/figures/no-such-results.txt"));
    assert!(source.problem.starts_with("cannot read it: "), "{error}");
}

#[test]
fn a_chart_without_rows_or_with_a_bad_file_name_is_an_error() {
    let run = parse(OUTPUT).unwrap();
    let empty = SpeedupChart {
        rows: &[],
        ..SPEEDUPS
    };
    assert_eq!(
        empty.render_from(&run),
        Err(FigureError::NoRows {
            file_name: "speedups.svg"
        })
    );
    let nested = SpeedupChart {
        file_name: "figures/speedups.svg",
        ..SPEEDUPS
    };
    assert_eq!(
        nested.render_from(&run),
        Err(FigureError::FileName {
            file_name: "figures/speedups.svg"
        })
    );
}

// --- The drawing ----------------------------------------------------------------

/// Each `<text>` element of `svg`: its content, x and text-anchor.
fn texts(svg: &str) -> Vec<(String, i32, String)> {
    svg.split("<text ")
        .skip(1)
        .map(|element| {
            let (attributes, rest) = element.split_once('>').expect("a whole tag");
            let attributes = format!(" {attributes}");
            let attribute = |name: &str| {
                let (_, after) = attributes
                    .split_once(&format!(" {name}=\""))
                    .expect("every <text> has x and text-anchor");
                after.split_once('"').expect("a quoted value").0.to_owned()
            };
            let content = rest.split_once("</text>").expect("a closing tag").0;
            let content = content.trim().replace("&apos;", "'").replace("&amp;", "&");
            let x = attribute("x").parse().expect("a whole number");
            (content, x, attribute("text-anchor"))
        })
        .collect()
}

#[test]
fn every_bar_is_labelled_with_its_value_on_its_own_side_of_numpy() {
    let run = parse(OUTPUT).unwrap();
    let svg = SPEEDUPS.render_from(&run).unwrap();
    let texts = texts(&svg);
    let at = |content: &str| {
        let found: Vec<_> = texts.iter().filter(|t| t.0 == content).collect();
        assert_eq!(found.len(), 1, "{content}: {found:?}");
        (found[0].1, found[0].2.as_str())
    };
    let (numpy_x, _) = at("NumPy (the tutorial's code)");
    assert_eq!(at("1x").0, numpy_x);
    for speeds in SPEEDUPS.speeds(&run).unwrap() {
        for speed in [speeds.simple, speeds.fast] {
            let (x, anchor) = at(&format!("{speed:.2}x"));
            if speed < 1.0 {
                assert!(x < numpy_x && anchor == "end", "{speed}");
            } else {
                assert!(x > numpy_x && anchor == "start", "{speed}");
            }
        }
    }
}

#[test]
fn the_axis_spans_whole_powers_of_ten_beyond_every_bar() {
    // Far slower and far faster than anything measured so far.
    let extreme = OUTPUT
        .replace("0.35x", "0.004x")
        .replace("231.50x", "5000.00x")
        .replace("forward_one: 231.50x", "forward_one: 5000.00x");
    let run = parse(&extreme).unwrap();
    for run in [parse(OUTPUT).unwrap(), run] {
        let svg = SPEEDUPS.render_from(&run).unwrap();
        let powers: Vec<i32> = texts(&svg)
            .iter()
            .filter_map(|(content, _, _)| power_of_ten(content))
            .collect();
        let (lowest, highest) = (powers[0], powers[powers.len() - 1]);
        assert_eq!(powers, (lowest..=highest).collect::<Vec<_>>());
        assert!(lowest < 0 && 0 < highest, "{powers:?}");
        let speeds = SPEEDUPS.speeds(&run).unwrap();
        let all = speeds.iter().flat_map(|s| [s.simple, s.fast]);
        let (slowest, fastest) =
            all.fold((f64::MAX, 0.0_f64), |(lo, hi), s| (lo.min(s), hi.max(s)));
        assert!(10f64.powi(lowest) < slowest, "{powers:?}");
        assert!(fastest < 10f64.powi(highest), "{powers:?}");
    }
}

/// `n` if `text` is a tick label for 10ⁿ (`0.01x`, `1x`, `1000x`).
fn power_of_ten(text: &str) -> Option<i32> {
    let number = text.strip_suffix('x')?;
    if let Some(decimals) = number.strip_prefix("0.") {
        let zeros = decimals.strip_suffix('1')?;
        zeros
            .bytes()
            .all(|b| b == b'0')
            .then_some(-(decimals.len() as i32))
    } else {
        let zeros = number.strip_prefix('1')?;
        zeros
            .bytes()
            .all(|b| b == b'0')
            .then_some(zeros.len() as i32)
    }
}

// --- The committed results file -------------------------------------------------

#[test]
fn the_committed_results_agree_with_their_own_times() {
    // Each `vs tutorial` ratio is the tutorial's time over the form's time;
    // both are printed rounded to 2 decimals, so allow for that rounding.
    // This fails if a unit (ms, µs, ns) is read wrong.
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = workspace.join(SPEEDUPS.results);
    let run = Comparison::read(&path).unwrap();
    assert!(SPEEDUPS.speeds(&run).is_ok());
    for target in &run.targets {
        let tutorial = target.form("numpy tutorial").unwrap();
        assert_eq!(tutorial.vs_tutorial, 1.0, "{}", target.name);
        for form in &target.forms {
            let (low, high) = ratio_bounds(tutorial.seconds, form.seconds);
            assert!(
                low - 0.005 <= form.vs_tutorial && form.vs_tutorial <= high + 0.005,
                "{} {}: {} not in {low}..{high}",
                target.name,
                form.name,
                form.vs_tutorial
            );
        }
    }
}

/// The smallest and largest `tutorial / form` that times printed as these
/// (to 2 decimals of their unit) can come from.
fn ratio_bounds(tutorial: f64, form: f64) -> (f64, f64) {
    let half_step = |seconds: f64| {
        let unit = [1.0, 1e-3, 1e-6, 1e-9]
            .into_iter()
            .find(|&unit| seconds >= unit)
            .unwrap_or(1e-9);
        0.005 * unit
    };
    let (t, f) = (half_step(tutorial), half_step(form));
    ((tutorial - t) / (form + f), (tutorial + t) / (form - f))
}
