//! NumPy print corpora: JSON-lines text, one array per line with the text
//! NumPy printed for it (format: `numpy-print-spec.md`, section 8).

use serde::Deserialize;
use serde::de::{Deserializer, Error as _};

/// One corpus line: an array and the text NumPy printed for it.
///
/// ```
/// let json = r#"{"dtype":"bool","shape":[],"values":[true],"str":"True","shape_str":"()"}"#;
/// let case = &test_support::corpus::parse_corpus("c.jsonl", json)?[0];
/// assert_eq!((case.line, case.shape.len(), case.repr.is_none()), (1, 0, true));
/// # Ok::<(), String>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Case {
    /// The case's line in its corpus, counting from 1.
    #[serde(skip)]
    pub line: usize,
    /// The dimensions, as NumPy's `arr.shape` lists them: none, one or two.
    pub shape: Vec<usize>,
    /// The values, row-major, with their dtype.
    #[serde(flatten)]
    pub values: Values,
    /// NumPy's `str(arr)`.
    pub str: String,
    /// NumPy's `str(arr.shape)`.
    pub shape_str: String,
    /// NumPy's `repr(arr)`, if the corpus records it.
    pub repr: Option<String>,
}

/// The values of a [`Case`] by dtype: its `dtype` and `values` fields.
///
/// ```
/// let json = r#"{"dtype":"float64","shape":[],"values":["-0x1.8p+0"],"str":"","shape_str":""}"#;
/// let case = &test_support::corpus::parse_corpus("c.jsonl", json)?[0];
/// assert_eq!(case.values, test_support::corpus::Values::Float64(vec![-1.5]));
/// # Ok::<(), String>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "dtype", content = "values", rename_all = "lowercase")]
pub enum Values {
    /// float64: Python `float.hex()` strings (bit-exact), `nan`, `inf`, `-inf`.
    #[serde(deserialize_with = "hex_floats")]
    Float64(Vec<f64>),
    /// int64: JSON integers, read as `i64`, never through `f64`.
    Int64(Vec<i64>),
    /// bool: JSON `true` and `false`.
    Bool(Vec<bool>),
}

fn hex_floats<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<f64>, D::Error> {
    let texts = Vec::<String>::deserialize(deserializer)?;
    let parse = |(i, text): (usize, &String)| {
        let why = format!("values[{i}] = {text:?} is not a float.hex() value, nan, inf or -inf");
        parse_hex_float(text).ok_or_else(|| D::Error::custom(why))
    };
    texts.iter().enumerate().map(parse).collect()
}

/// Reads `float.hex()` text bit for bit: `[-]0x1.<hex>p<exp>` for normal
/// numbers, `[-]0x0.<hex>p-1022` for subnormals, `[-]0x0.0p+0` for zero.
fn parse_hex_float(text: &str) -> Option<f64> {
    if let "nan" | "inf" | "-inf" = text {
        return text.parse().ok();
    }
    let (sign, hex) = text.strip_prefix('-').map_or((0, text), |h| (1 << 63, h));
    let (mantissa, exponent) = hex.strip_prefix("0x")?.split_once('p')?;
    let (lead, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let exponent: i32 = exponent.parse().ok()?;
    // The 13 hex digits are the 52 fraction bits; fewer are the leading ones.
    let hex_digits = fraction.len() <= 13 && fraction.bytes().all(|b| b.is_ascii_hexdigit());
    let fraction = u64::from_str_radix(&format!("{fraction:0<13}"), 16).ok();
    let fraction = fraction.filter(|_| hex_digits)?;
    let bits = match (lead, exponent) {
        // The exponent field holds exponent + 1023, in 1..=2046.
        ("1", -1022..=1023) => u64::from(exponent.abs_diff(-1023)) << 52 | fraction,
        ("0", -1022) => fraction, // a subnormal number (or zero)
        ("0", 0) if fraction == 0 => 0,
        _ => return None,
    };
    Some(f64::from_bits(sign | bits))
}

/// Reads the cases of a corpus, skipping blank lines; `file` names it in errors.
///
/// # Errors
///
/// `FILE:LINE: what is wrong` for the first line that is not a case: bad JSON,
/// a missing or mistyped field, or a shape of over 2 dimensions or wrong size.
///
/// ```
/// let error = test_support::corpus::parse_corpus("c.jsonl", "\n{}").unwrap_err();
/// assert_eq!(error, "c.jsonl:2: column 2: missing field `shape`");
/// ```
pub fn parse_corpus(file: &str, text: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (json, line) in text.lines().zip(1..) {
        let mut case: Case = match serde_json::from_str(json) {
            Ok(case) => case,
            Err(_) if json.trim().is_empty() => continue,
            Err(error) => {
                // The line is the file's; keep only serde_json's column.
                let text = error.to_string();
                let column = error.column();
                let position = format!(" at line {} column {column}", error.line());
                let message = text.strip_suffix(&position).unwrap_or(&text);
                return Err(format!("{file}:{line}: column {column}: {message}"));
            }
        };
        case.line = line;
        let len = match &case.values {
            Values::Float64(values) => values.len(),
            Values::Int64(values) => values.len(),
            Values::Bool(values) => values.len(),
        };
        let shape = &case.shape;
        let size = shape.iter().try_fold(1_usize, |n, &dim| n.checked_mul(dim));
        if shape.len() > 2 || size != Some(len) {
            let why = format!("shape {shape:?} can't hold {len} values in 0 to 2 dimensions");
            return Err(format!("{file}:{line}: {why}"));
        }
        cases.push(case);
    }
    Ok(cases)
}

/// Prints every case with `print`, which returns the array's `str(arr)`,
/// `str(arr.shape)` and `repr(arr)` in that order, and compares each text
/// the case records. Returns the texts that differ, in corpus order, NumPy's
/// and ours escaped so that spaces and line breaks show: none means every
/// case passed.
///
/// ```
/// # use test_support::corpus::{check_cases, parse_corpus};
/// let json = r#"{"dtype":"int64","shape":[2],"values":[1,2],"str":"[1 2]","shape_str":"(2,)"}"#;
/// let print = |_: &_| ["[1, 2]".to_owned(), "(2,)".to_owned(), String::new()];
/// let mismatches = check_cases(&parse_corpus("c.jsonl", json)?, print);
/// assert_eq!(mismatches, ["line 1: str differs\n  expected: \"[1 2]\"\n  got:      \"[1, 2]\""]);
/// # Ok::<(), String>(())
/// ```
pub fn check_cases(cases: &[Case], print: impl Fn(&Case) -> [String; 3]) -> Vec<String> {
    let mut mismatches = Vec::new();
    for case in cases {
        let [str, shape, repr] = print(case);
        let mut texts = vec![("str", &case.str, str), ("shape", &case.shape_str, shape)];
        texts.extend(case.repr.as_ref().map(|expected| ("repr", expected, repr)));
        for (what, expected, got) in texts.into_iter().filter(|(_, want, got)| *want != got) {
            let texts = format!("expected: {expected:?}\n  got:      {got:?}");
            mismatches.push(format!("line {}: {what} differs\n  {texts}", case.line));
        }
    }
    mismatches
}
