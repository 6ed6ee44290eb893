//! Reading compare-numpy's JSON results, and the speedup chart and summary
//! table drawn from them.

use crate::svg::texts;
use figures::{SPEEDUPS, SpeedupChart, workspace_file};

/// The shape of compare-numpy's results, cut down: every target the chart
/// shows, with made-up numbers (NumPy's time over a Rust form's time gives
/// round speeds: 1.14x, 3.2x, ...).
const RESULTS: &str = r#"{
 "numpy": "2.4.6", "seed": 2026, "rounds": 9, "cores": [0],
 "targets": [
  {"name": "step_1e7", "goal": 2, "headline": "fast_reusing", "memcpy_seconds": 0.01184, "bytes_copied": 160000000,
   "forms": [{"side": "numpy", "form": "tutorial", "seconds": 0.0228},
             {"side": "numpy", "form": "out=", "seconds": 0.0114},
             {"side": "rust", "form": "simple", "seconds": 0.02},
             {"side": "rust", "form": "fast_reusing", "seconds": 0.007125}]},
  {"name": "sigmoid_1e7", "goal": 4, "headline": "fast_in_place", "memcpy_seconds": null, "bytes_copied": 0,
   "forms": [{"side": "numpy", "form": "tutorial", "seconds": 0.0315},
             {"side": "rust", "form": "simple", "seconds": 0.09},
             {"side": "rust", "form": "fast_in_place", "seconds": 0.007}]},
  {"name": "relu_1e7", "goal": 2, "headline": "fast_in_place",
   "forms": [{"side": "numpy", "form": "tutorial", "seconds": 0.0192},
             {"side": "rust", "form": "simple", "seconds": 0.02},
             {"side": "rust", "form": "fast_in_place", "seconds": 0.006}]},
  {"name": "forward_one", "goal": 400, "headline": "static", "limit_seconds": 5e-9,
   "forms": [{"side": "numpy", "form": "tutorial", "seconds": 6.4e-6},
             {"side": "rust", "form": "dynamic", "seconds": 1.6e-7},
             {"side": "rust", "form": "static", "seconds": 2.5e-8}]},
  {"name": "forward_batch_1e6", "goal": 12, "headline": "fast", "limit_seconds": 0.005,
   "forms": [{"side": "numpy", "form": "tutorial", "seconds": 0.0636},
             {"side": "rust", "form": "simple", "seconds": 0.06},
             {"side": "rust", "form": "fast", "seconds": 0.01}]}
 ]
}"#;

/// The problem the chart reports for these results.
fn error(json: &str) -> String {
    let error = SPEEDUPS
        .speeds(json)
        .expect_err("the changed results should not be read");
    assert_eq!(error.file_name, "speedups.svg");
    let problem = error
        .problem
        .strip_prefix("crates/bench/results/compare-numpy.json: ");
    problem
        .expect("the problem names the results file")
        .to_owned()
}

/// The summary table's rows, without its header.
fn summary_rows(json: &str) -> Vec<String> {
    let table = SPEEDUPS
        .summary_table(json)
        .expect("a summary of these results");
    table
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| |"))
        .map(String::from)
        .collect()
}

// --- Reading the results ------------------------------------------------------

#[test]
fn every_row_reads_numpys_time_and_the_simple_and_headline_forms_of_its_target() {
    assert_eq!(
        summary_rows(RESULTS),
        [
            "| step, 10⁷ values | 22.80 ms | 20.00 ms, 1.14x | 7.12 ms, **3.20x** | memcpy: 11.84 ms, fast at 166% |",
            "| sigmoid, 10⁷ values | 31.50 ms | 90.00 ms, 0.35x | 7.00 ms, **4.50x** | - |",
            "| ReLU, 10⁷ values | 19.20 ms | 20.00 ms, 0.96x | 6.00 ms, **3.20x** | - |",
            "| forward pass, 1 sample | 6.40 µs | 160.00 ns, 40.00x | 25.00 ns, **256.00x** | arithmetic: 5.00 ns, fast at 20% |",
            "| forward pass, 10⁶ samples | 63.60 ms | 60.00 ms, 1.06x | 10.00 ms, **6.36x** | arithmetic: 5.00 ms, fast at 50% |",
        ]
    );
    let table = SPEEDUPS.summary_table(RESULTS).unwrap();
    assert!(
        table.contains("the fastest of 9 rounds, on one core, against NumPy 2.4.6"),
        "{table}"
    );
    // Another form of the same target (NumPy's out=) is not the tutorial's.
    let other = RESULTS.replace(
        r#""form": "out=", "seconds": 0.0114"#,
        r#""form": "out=", "seconds": 1"#,
    );
    assert_eq!(summary_rows(&other), summary_rows(RESULTS));
}

#[test]
fn a_slower_headline_form_shows_its_lower_speed() {
    // 0.0315 / 0.009 = 3.5.
    let slower = summary_rows(&RESULTS.replace("0.007}", "0.009}"));
    assert!(
        slower[1].ends_with("| 9.00 ms, **3.50x** | - |"),
        "{}",
        slower[1]
    );
}

#[test]
fn a_limit_must_be_a_positive_number() {
    for seconds in ["0", "-5e-9"] {
        let message = error(&RESULTS.replace(
            r#""limit_seconds": 5e-9"#,
            &format!(r#""limit_seconds": {seconds}"#),
        ));
        assert_eq!(
            message,
            format!(
                "forward_one arithmetic limit: {} seconds",
                seconds.parse::<f64>().unwrap()
            )
        );
    }
    // Where the forward pass has no limit, its row says so.
    let without = RESULTS.replace(r#", "limit_seconds": 5e-9"#, "");
    assert!(summary_rows(&without)[3].ends_with("**256.00x** | - |"));
}

#[test]
fn a_speed_is_numpys_tutorial_time_over_the_forms_time() {
    let speeds = SPEEDUPS.speeds(RESULTS).unwrap();
    assert_eq!(speeds[3], (40.0, 6.4e-6 / 2.5e-8));
    let round = |speed: f64| (speed * 1e9).round() / 1e9;
    let rounded: Vec<_> = speeds
        .iter()
        .map(|&(simple, fast)| (round(simple), round(fast)))
        .collect();
    assert_eq!(
        rounded,
        [
            (1.14, 3.2),
            (0.35, 4.5),
            (0.96, 3.2),
            (40.0, 256.0),
            (1.06, 6.36)
        ]
    );
}

#[test]
fn malformed_json_is_an_error_that_names_the_file_and_place() {
    let message = error(&RESULTS.replace(r#""seconds": 0.02}"#, r#""seconds": "fast"}"#));
    assert!(
        message.starts_with("invalid type: string \"fast\""),
        "{message}"
    );
    assert!(message.contains(" line "), "{message}");
    let message = error(&RESULTS.replace(r#""headline": "static","#, ""));
    assert!(message.starts_with("missing field `headline`"), "{message}");
    assert!(error("").starts_with("EOF while parsing"));
}

#[test]
fn a_time_must_be_a_positive_number() {
    for seconds in ["0", "-0.02"] {
        let message =
            error(&RESULTS.replace(r#""seconds": 0.09}"#, &format!(r#""seconds": {seconds}}}"#)));
        assert!(
            message.starts_with("sigmoid_1e7 rust simple: "),
            "{message}"
        );
    }
    let message = error(&RESULTS.replace(r#""seconds": 0.09}"#, r#""seconds": 1e999}"#));
    assert!(message.starts_with("number out of range"), "{message}");
}

#[test]
fn every_target_needs_the_tutorials_form_and_its_headline() {
    let without = RESULTS.replace(
        r#""form": "tutorial", "seconds": 0.0315"#,
        r#""form": "t", "seconds": 0.0315"#,
    );
    assert_eq!(
        error(&without),
        "sigmoid_1e7 has no numpy form \"tutorial\""
    );
    let without = RESULTS.replace(r#""headline": "fast","#, r#""headline": "fastest","#);
    assert_eq!(
        error(&without),
        "forward_batch_1e6 has no rust form \"fastest\""
    );
    assert_eq!(
        error(r#"{"numpy": "2.4.6", "rounds": 9, "targets": []}"#),
        "no targets"
    );
}

#[test]
fn a_missing_target_or_form_is_an_error_that_names_it() {
    let without_relu = RESULTS.replace(r#""name": "relu_1e7""#, r#""name": "relu_1e6""#);
    assert_eq!(
        error(&without_relu),
        "no target relu_1e7 (the chart shows it)"
    );
    assert_eq!(
        SPEEDUPS.render(&without_relu).unwrap_err().to_string(),
        "figure speedups.svg: crates/bench/results/compare-numpy.json: no target relu_1e7 (the chart shows it)"
    );
    let without_dynamic = RESULTS.replace(r#""form": "dynamic""#, r#""form": "dynamo""#);
    assert_eq!(
        error(&without_dynamic),
        "forward_one has no rust form \"dynamic\""
    );
    assert!(SPEEDUPS.summary_table(&without_dynamic).is_err());
}

#[test]
fn a_missing_results_file_is_an_error_that_names_it() {
    let chart = SpeedupChart {
        results: "crates/figures/no-such-results.json",
        ..SPEEDUPS
    };
    for (_, drawn) in chart.draw_all() {
        let error = drawn.unwrap_err();
        assert_eq!(error.file_name, "speedups.svg");
        let problem = error
            .problem
            .strip_prefix("crates/figures/no-such-results.json: ");
        assert!(
            problem.is_some_and(|p| p.starts_with("cannot read it: ")),
            "{error}"
        );
    }
}

#[test]
fn a_chart_without_rows_or_with_a_bad_file_name_is_an_error() {
    let empty = SpeedupChart {
        rows: &[],
        ..SPEEDUPS
    };
    assert_eq!(
        empty.render(RESULTS).unwrap_err().to_string(),
        "figure speedups.svg: the chart has no rows"
    );
    let nested = SpeedupChart {
        file_name: "figures/speedups.svg",
        ..SPEEDUPS
    };
    let error = nested.render(RESULTS).unwrap_err();
    assert_eq!(error.file_name, "figures/speedups.svg");
    assert!(error.problem.contains("plain file name"), "{error}");
}

// --- The drawing ----------------------------------------------------------------

#[test]
fn every_bar_is_labelled_with_its_value_on_its_own_side_of_numpy() {
    let svg = SPEEDUPS.render(RESULTS).unwrap();
    let texts = texts(&svg);
    let at = |content: &str| {
        let found: Vec<_> = texts.iter().filter(|t| t.0 == content).collect();
        assert_eq!(found.len(), 1, "{content}: {found:?}");
        (found[0].1, found[0].2.as_str())
    };
    let (numpy_x, _) = at("NumPy (the tutorial's code)");
    assert_eq!(at("1x").0, numpy_x);
    // 3.20x is both step's and ReLU's fast speed.
    let mut seen = std::collections::BTreeSet::new();
    for (simple, fast) in SPEEDUPS.speeds(RESULTS).unwrap() {
        for speed in [simple, fast] {
            let label = format!("{speed:.2}x");
            if !seen.insert(label.clone()) {
                continue;
            }
            let found: Vec<_> = texts.iter().filter(|t| t.0 == label).collect();
            assert!(!found.is_empty(), "{label}");
            for (_, x, anchor) in found {
                if speed < 1.0 {
                    assert!(*x < numpy_x && anchor == "end", "{speed}");
                } else {
                    assert!(*x > numpy_x && anchor == "start", "{speed}");
                }
            }
        }
    }
}

#[test]
fn the_axis_spans_whole_powers_of_ten_beyond_every_bar() {
    // Far slower and far faster than anything measured so far.
    let extreme = RESULTS
        .replace(r#""seconds": 0.09}"#, r#""seconds": 7.875}"#)
        .replace("2.5e-8", "1.28e-9");
    for json in [RESULTS, &extreme] {
        let svg = SPEEDUPS.render(json).unwrap();
        let powers: Vec<i32> = texts(&svg)
            .iter()
            .filter_map(|(content, _, _)| power_of_ten(content))
            .collect();
        let (lowest, highest) = (powers[0], powers[powers.len() - 1]);
        assert_eq!(powers, (lowest..=highest).collect::<Vec<_>>());
        assert!(lowest < 0 && 0 < highest, "{powers:?}");
        let speeds = SPEEDUPS.speeds(json).unwrap();
        let all = speeds.iter().flat_map(|&(simple, fast)| [simple, fast]);
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
fn the_committed_results_have_every_row_of_the_chart() {
    let json = std::fs::read_to_string(workspace_file(SPEEDUPS.results)).unwrap();
    let rows = SPEEDUPS.summary_table(&json).unwrap();
    for (name, label, _) in SPEEDUPS.rows {
        let row = rows
            .lines()
            .find(|row| row.starts_with(&format!("| {} |", label.replace('\n', ", "))));
        let row = row.unwrap_or_else(|| panic!("no row for {name}"));
        assert!(row.contains("x** | "), "{name} has both speeds: {row}");
        // Memory's limit for the activations, the arithmetic's for the forward pass.
        let limit = if name.starts_with("forward") {
            "| arithmetic: "
        } else {
            "| memcpy: "
        };
        assert!(row.contains(limit), "{name} has its limit: {row}");
    }
}

#[test]
fn a_changed_number_in_the_results_changes_the_chart_and_the_summary() {
    // A mutant of the committed file: the drift check must see it.
    let json = std::fs::read_to_string(workspace_file(SPEEDUPS.results)).unwrap();
    let (_, fast) = SPEEDUPS.speeds(&json).unwrap()[2];
    let seconds = r#""form": "fast_in_place",
     "seconds": "#;
    let relu = json.find(r#""name": "relu_1e7""#).unwrap();
    let at = relu + json[relu..].find(seconds).unwrap() + seconds.len();
    let end = at + json[at..].find('\n').unwrap();
    let value: f64 = json[at..end].parse().unwrap();
    let mutant = format!("{}{:?}{}", &json[..at], value * 1.5, &json[end..]);
    let (_, mutant_fast) = SPEEDUPS.speeds(&mutant).unwrap()[2];
    assert!(
        (mutant_fast - fast / 1.5).abs() < 1e-9 * fast,
        "{mutant_fast} {fast}"
    );
    assert_ne!(
        SPEEDUPS.render(&mutant).unwrap(),
        SPEEDUPS.render(&json).unwrap()
    );
    assert_ne!(
        SPEEDUPS.summary_table(&mutant).unwrap(),
        SPEEDUPS.summary_table(&json).unwrap()
    );
}
