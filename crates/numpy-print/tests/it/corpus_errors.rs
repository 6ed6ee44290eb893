//! A bad corpus gets a one-line error naming the file, the line and what is
//! wrong; the `numpy_conformance` command (`conformance::run`) exits with 2
//! for it, 1 for a failing case, 0 when all pass.

use std::path::PathBuf;

use numpy_print::conformance::{parse_corpus, run};

const GOOD: &str =
    r#"{"dtype":"int64","shape":[2],"values":[1,2],"str":"[1 2]","shape_str":"(2,)"}"#;

/// The error message for a corpus whose only line is `line`.
fn error_for(line: &str) -> String {
    parse_corpus(line).unwrap_err().to_string()
}

#[test]
fn invalid_lines_say_what_is_wrong() {
    let cases = [
        (
            "{not json",
            "line 1: not valid JSON: key must be a string at line 1 column 2",
        ),
        ("[1, 2]", "line 1: expected a JSON object"),
        (
            r#"{"dtype":"int64","shape":[2],"values":[1,2],"str":"[1 2]"}"#,
            "line 1: missing field `shape_str`",
        ),
        (
            r#"{"dtype":"int64","shape":[1,1,1],"values":[1],"str":"","shape_str":""}"#,
            "line 1: shape [1, 1, 1] has 3 dimensions; only 0, 1 or 2 are supported",
        ),
        (
            r#"{"dtype":"int64","shape":[-1],"values":[],"str":"","shape_str":""}"#,
            "line 1: `shape` entries must be non-negative integers, got -1",
        ),
        (
            r#"{"dtype":"int64","shape":[3,2],"values":[1],"str":"","shape_str":""}"#,
            "line 1: shape (3, 2) needs 6 values, got 1",
        ),
        (
            r#"{"dtype":"int64","shape":[1],"values":[9223372036854775808],"str":"","shape_str":""}"#,
            "line 1: values[0] = 9223372036854775808: expected an integer in the int64 range",
        ),
        (
            r#"{"dtype":"float64","shape":[1],"values":[0.5],"str":"","shape_str":""}"#,
            "line 1: values[0] = 0.5: expected a float.hex() string or nan/inf/-inf",
        ),
        (
            r#"{"dtype":"float64","shape":[1],"values":["0x1.0p+1024"],"str":"","shape_str":""}"#,
            "line 1: values[0] = \"0x1.0p+1024\": \"0x1.0p+1024\" is not a float.hex() value: \
             a normal number's exponent must be in -1022..=1023",
        ),
        (
            r#"{"dtype":"bool","shape":[1],"values":[1],"str":"","shape_str":""}"#,
            "line 1: values[0] = 1: expected true or false",
        ),
        (
            r#"{"dtype":"int64","shape":[],"values":[1],"str":"1","shape_str":"()","repr":7}"#,
            "line 1: `repr` must be a string",
        ),
    ];
    for (line, message) in cases {
        assert_eq!(error_for(line), message, "for {line}");
    }
}

#[test]
fn errors_count_lines_from_one_including_blank_ones() {
    let corpus = format!("{GOOD}\n\n{GOOD}\n{{}}\n");
    assert_eq!(
        parse_corpus(&corpus).unwrap_err().to_string(),
        "line 4: missing field `dtype`"
    );
}

/// Writes a corpus file for one test, in cargo's scratch directory.
fn corpus_file(name: &str, text: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs the command on `paths`: (exit status, stdout, stderr).
fn run_on(paths: &[PathBuf]) -> (u8, String, String) {
    let (mut out, mut errors) = (Vec::new(), Vec::new());
    let status = run(paths, &mut out, &mut errors);
    (
        status,
        String::from_utf8(out).unwrap(),
        String::from_utf8(errors).unwrap(),
    )
}

#[test]
fn command_passes_a_good_corpus() {
    let good = corpus_file("good.jsonl", &format!("{GOOD}\n{GOOD}\n"));
    assert_eq!(
        run_on(&[good]),
        (0, "2 passed, 0 failed\n".to_owned(), String::new())
    );
}

#[test]
fn command_lists_mismatches_and_fails() {
    let wrong = GOOD.replace(r#""str":"[1 2]""#, r#""str":"[1, 2]""#);
    let path = corpus_file("wrong.jsonl", &format!("{GOOD}\n{wrong}\n"));
    let (status, out, errors) = run_on(std::slice::from_ref(&path));
    assert_eq!(status, 1);
    let expected = format!(
        "{}: line 2: str differs\n  expected: \"[1, 2]\"\n  got:      \"[1 2]\"\n1 passed, 1 failed\n",
        path.display()
    );
    assert_eq!(out, expected);
    assert_eq!(errors, "");
}

#[test]
fn command_stops_with_status_2_on_a_bad_file() {
    let path = corpus_file("bad.jsonl", &format!("{GOOD}\n{{\"dtype\":\"float16\"}}\n"));
    let (status, out, errors) = run_on(std::slice::from_ref(&path));
    assert_eq!(status, 2);
    assert_eq!(out, "");
    assert_eq!(
        errors,
        format!(
            "error: {}:2: unknown dtype \"float16\" (expected float64, int64 or bool)\n",
            path.display()
        )
    );
}

#[test]
fn command_reports_unreadable_files() {
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("missing.jsonl");
    let (status, _, errors) = run_on(std::slice::from_ref(&missing));
    assert_eq!(status, 2);
    assert!(errors.starts_with(&format!("error: {}: cannot read: ", missing.display())));
    assert_eq!(errors.lines().count(), 1);

    let binary = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("binary.jsonl");
    std::fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
    let (status, _, errors) = run_on(&[binary]);
    assert_eq!(status, 2);
    assert!(
        errors.contains("cannot read: stream did not contain valid UTF-8"),
        "{errors}"
    );
}
