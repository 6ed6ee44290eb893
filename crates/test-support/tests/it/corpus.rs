//! A bad corpus line gets a one-line error naming the file, the line and
//! what is wrong; a good corpus is checked text by text.

use test_support::corpus::{Case, Values, check_cases, parse_corpus};

const GOOD: &str =
    r#"{"dtype":"int64","shape":[2],"values":[1,2],"str":"[1 2]","shape_str":"(2,)"}"#;

/// The error message for a corpus whose only line is `line`.
fn error_for(line: &str) -> String {
    parse_corpus("c.jsonl", line).unwrap_err()
}

#[test]
fn invalid_lines_say_what_is_wrong() {
    let cases = [
        ("{not json", "c.jsonl:1: column 2: key must be a string"),
        (
            "[1, 2]",
            "c.jsonl:1: column 0: invalid type: sequence, expected struct Case",
        ),
        (
            r#"{"dtype":"int64","shape":[2],"values":[1,2],"str":"[1 2]"}"#,
            "c.jsonl:1: column 58: missing field `shape_str`",
        ),
        (
            r#"{"dtype":"float32","shape":[],"values":[1],"str":"1.0","shape_str":"()"}"#,
            "c.jsonl:1: column 72: unknown variant `float32`, expected one of `float64`, `int64`, `bool`",
        ),
        (
            r#"{"dtype":"int64","shape":[1,1,1],"values":[1],"str":"","shape_str":""}"#,
            "c.jsonl:1: shape [1, 1, 1] can't hold 1 values in 0 to 2 dimensions",
        ),
        (
            r#"{"dtype":"int64","shape":[-1],"values":[],"str":"","shape_str":""}"#,
            "c.jsonl:1: column 28: invalid value: integer `-1`, expected usize",
        ),
        (
            r#"{"dtype":"int64","shape":[3,2],"values":[1],"str":"","shape_str":""}"#,
            "c.jsonl:1: shape [3, 2] can't hold 1 values in 0 to 2 dimensions",
        ),
        (
            r#"{"dtype":"int64","shape":[1],"values":[9223372036854775808],"str":"","shape_str":""}"#,
            "c.jsonl:1: column 84: invalid value: integer `9223372036854775808`, expected i64",
        ),
        (
            r#"{"dtype":"float64","shape":[1],"values":[0.5],"str":"","shape_str":""}"#,
            "c.jsonl:1: column 70: invalid type: floating point `0.5`, expected a string",
        ),
        (
            r#"{"dtype":"float64","shape":[1],"values":["0x1.0p+1024"],"str":"","shape_str":""}"#,
            "c.jsonl:1: column 80: values[0] = \"0x1.0p+1024\" is not a float.hex() value, \
             nan, inf or -inf",
        ),
        (
            r#"{"dtype":"bool","shape":[1],"values":[1],"str":"","shape_str":""}"#,
            "c.jsonl:1: column 65: invalid type: integer `1`, expected a boolean",
        ),
        (
            r#"{"dtype":"int64","shape":[],"values":[1],"str":"1","shape_str":"()","repr":7}"#,
            "c.jsonl:1: column 76: invalid type: integer `7`, expected a string",
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
        parse_corpus("c.jsonl", &corpus).unwrap_err(),
        "c.jsonl:4: column 2: missing field `shape`"
    );
    let cases = parse_corpus("c.jsonl", &format!("{GOOD}\n\n{GOOD}\n")).unwrap();
    assert_eq!(cases.iter().map(|c| c.line).collect::<Vec<_>>(), [1, 3]);
}

/// float.hex() text is read bit for bit: normal, subnormal, zero, signs.
#[test]
fn hex_floats_are_exact() {
    let hex = [
        ("0x1.999999999999ap-4", 0.1),
        ("-0x1.8p+0", -1.5),
        ("0x1p+0", 1.0),
        ("0x1.fffffffffffffp+1023", f64::MAX),
        ("0x1.0000000000000p-1022", f64::MIN_POSITIVE),
        ("0x0.0000000000001p-1022", 5e-324),
        ("0x0.0p+0", 0.0),
        ("-0x0.0p+0", -0.0),
        ("inf", f64::INFINITY),
        ("-inf", f64::NEG_INFINITY),
    ];
    for (text, value) in hex {
        let json = format!(
            r#"{{"dtype":"float64","shape":[],"values":["{text}"],"str":"","shape_str":""}}"#
        );
        let case = &parse_corpus("c.jsonl", &json).unwrap()[0];
        let Values::Float64(values) = &case.values else {
            panic!("not float64")
        };
        assert_eq!(values[0].to_bits(), value.to_bits(), "{text}");
    }
    for bad in [
        "0.1",
        "0x2.0p+0",
        "0x1.0p+1024",
        "0x0.1p-1021",
        "0x1.00000000000000p+0",
        "0x1.+1p+0",
        "nan0",
    ] {
        let json = format!(
            r#"{{"dtype":"float64","shape":[],"values":["{bad}"],"str":"","shape_str":""}}"#
        );
        let error = parse_corpus("c.jsonl", &json).unwrap_err();
        assert!(
            error.contains("is not a float.hex() value"),
            "{bad}: {error}"
        );
    }
}

/// A printer that prints every case as NumPy did, but `wrong` for `str`.
fn print_str_as(wrong: &'static str) -> impl Fn(&Case) -> [String; 3] {
    move |case| {
        let repr = case.repr.clone().unwrap_or_default();
        [wrong.to_owned(), case.shape_str.clone(), repr]
    }
}

#[test]
fn check_cases_passes_a_good_corpus() {
    let cases = parse_corpus("good.jsonl", &format!("{GOOD}\n{GOOD}\n")).unwrap();
    assert_eq!(cases.len(), 2);
    assert!(check_cases(&cases, print_str_as("[1 2]")).is_empty());
}

#[test]
fn check_cases_lists_mismatches() {
    let wrong = GOOD.replace(r#""str":"[1 2]""#, r#""str":"[1, 2]""#);
    let cases = parse_corpus("wrong.jsonl", &format!("{GOOD}\n{wrong}\n")).unwrap();
    assert_eq!(
        check_cases(&cases, print_str_as("[1 2]")),
        ["line 2: str differs\n  expected: \"[1, 2]\"\n  got:      \"[1 2]\""]
    );
}

/// A recorded repr is compared; a case without one ignores the printer's.
#[test]
fn repr_is_compared_only_when_recorded() {
    let with_repr = GOOD.replace('}', r#","repr":"array([1, 2])"}"#);
    let cases = parse_corpus("c.jsonl", &format!("{GOOD}\n{with_repr}")).unwrap();
    let print = |case: &Case| {
        [
            case.str.clone(),
            case.shape_str.clone(),
            "array([1 2])".to_owned(),
        ]
    };
    let mismatches = check_cases(&cases, print);
    assert_eq!(mismatches.len(), 1);
    assert!(mismatches[0].starts_with("line 2: repr differs"));
}
