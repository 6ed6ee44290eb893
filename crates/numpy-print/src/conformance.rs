//! Checking this crate against NumPy: corpora of arrays together with the
//! text NumPy printed for them.
//!
//! A corpus is a JSON-lines file, one case per line:
//!
//! ```json
//! {"dtype":"float64","shape":[2],"values":["0x1.0000000000000p+0","0x1.0000000000000p-1"],"str":"[1.  0.5]","shape_str":"(2,)"}
//! ```
//!
//! - `dtype`: `"float64"`, `"int64"` or `"bool"`;
//! - `shape`: `[]`, `[n]` or `[rows, cols]`;
//! - `values`: flat, row-major. float64 values are Python `float.hex()`
//!   strings (bit-exact, `-0.0` included) or `"nan"`, `"inf"`, `"-inf"`;
//!   int64 values are JSON integers, bool values `true`/`false`;
//! - `str` and `shape_str`: NumPy's `str(arr)` and `str(arr.shape)`;
//! - `repr` (optional): NumPy's `repr(arr)`.
//!
//! The tests and the `numpy_conformance` example both use this module, so a
//! corpus means the same thing to both.
//!
//! ```
//! use numpy_print::conformance::{check_cases, parse_corpus};
//!
//! let corpus = r#"{"dtype":"int64","shape":[3],"values":[1,2,3],"str":"[1 2 3]","shape_str":"(3,)","repr":"array([1, 2, 3])"}"#;
//! let cases = parse_corpus(corpus)?;
//! let report = check_cases(&cases);
//! assert_eq!(report.to_string(), "1 passed, 0 failed");
//! # Ok::<(), numpy_print::conformance::CaseError>(())
//! ```

use std::error::Error;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::{ArrayView, Element, NumpyPrint, Shape};

/// One array of a corpus and the text NumPy printed for it.
///
/// ```
/// use numpy_print::conformance::{Values, parse_corpus};
///
/// let cases = parse_corpus(r#"{"dtype":"bool","shape":[],"values":[true],"str":"True","shape_str":"()"}"#)?;
/// assert_eq!(cases[0].line, 1);
/// assert_eq!(cases[0].values, Values::Bool(vec![true]));
/// assert_eq!(cases[0].repr, None);
/// # Ok::<(), numpy_print::conformance::CaseError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// The case's line in its corpus, counting from 1.
    pub line: usize,
    /// The array's shape.
    pub shape: Shape,
    /// The array's values, row-major.
    pub values: Values,
    /// NumPy's `str(arr)`.
    pub str: String,
    /// NumPy's `str(arr.shape)`.
    pub shape_str: String,
    /// NumPy's `repr(arr)`, if the corpus records it.
    pub repr: Option<String>,
}

/// The values of a [`Case`], by dtype.
///
/// ```
/// use numpy_print::conformance::Values;
///
/// let values = Values::Int64(vec![1, 2, 3]);
/// assert_eq!(values.len(), 3);
/// assert_eq!(values.dtype(), "int64");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    /// A float64 array.
    Float64(Vec<f64>),
    /// An int64 array.
    Int64(Vec<i64>),
    /// A bool array.
    Bool(Vec<bool>),
}

impl Values {
    /// How many values there are.
    ///
    /// ```
    /// use numpy_print::conformance::Values;
    ///
    /// assert_eq!(Values::Bool(vec![]).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        match self {
            Self::Float64(v) => v.len(),
            Self::Int64(v) => v.len(),
            Self::Bool(v) => v.len(),
        }
    }

    /// Whether there are no values.
    ///
    /// ```
    /// use numpy_print::conformance::Values;
    ///
    /// assert!(Values::Float64(vec![]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// NumPy's name for the dtype: `float64`, `int64` or `bool`.
    ///
    /// ```
    /// use numpy_print::conformance::Values;
    ///
    /// assert_eq!(Values::Float64(vec![0.5]).dtype(), "float64");
    /// ```
    pub fn dtype(&self) -> &'static str {
        match self {
            Self::Float64(_) => f64::DTYPE,
            Self::Int64(_) => i64::DTYPE,
            Self::Bool(_) => bool::DTYPE,
        }
    }
}

impl Case {
    /// Prints the case's array with this crate and compares every text the
    /// corpus records. Returns the differences: none means the case passes.
    ///
    /// ```
    /// use numpy_print::conformance::parse_corpus;
    ///
    /// // NumPy pads `1.` to the width of `0.5`; this corpus line forgot to.
    /// let line = r#"{"dtype":"float64","shape":[2],"values":["0x1.0000000000000p+0","0x1.0000000000000p-1"],"str":"[1. 0.5]","shape_str":"(2,)"}"#;
    /// let mismatches = parse_corpus(line)?[0].check();
    /// assert_eq!(mismatches.len(), 1);
    /// assert_eq!(mismatches[0].got, "[1.  0.5]");
    /// # Ok::<(), numpy_print::conformance::CaseError>(())
    /// ```
    pub fn check(&self) -> Vec<Mismatch> {
        match &self.values {
            Values::Float64(values) => self.check_values(values),
            Values::Int64(values) => self.check_values(values),
            Values::Bool(values) => self.check_values(values),
        }
    }

    fn check_values<T: Element>(&self, values: &[T]) -> Vec<Mismatch> {
        let array = match ArrayView::new(self.shape, values) {
            Ok(array) => array,
            // parse_corpus never builds such a case, but the fields are public.
            Err(error) => {
                return vec![self.mismatch("values", &self.shape.to_string(), error.to_string())];
            }
        };
        let mut mismatches = Vec::new();
        let got = array.numpy_str();
        if got != self.str {
            mismatches.push(self.mismatch("str", &self.str, got));
        }
        let got = array.numpy_shape();
        if got != self.shape_str {
            mismatches.push(self.mismatch("shape", &self.shape_str, got));
        }
        if let Some(expected) = &self.repr {
            let got = array.numpy_repr();
            if got != *expected {
                mismatches.push(self.mismatch("repr", expected, got));
            }
        }
        mismatches
    }

    fn mismatch(&self, what: &'static str, expected: &str, got: String) -> Mismatch {
        Mismatch {
            line: self.line,
            what,
            expected: expected.to_owned(),
            got,
        }
    }
}

/// A text that this crate prints differently from NumPy.
///
/// Its [`Display`](fmt::Display) shows both texts escaped, so that spaces
/// and line breaks are visible:
///
/// ```
/// use numpy_print::conformance::Mismatch;
///
/// let mismatch = Mismatch {
///     line: 7,
///     what: "str",
///     expected: "[[1]\n [2]]".to_owned(),
///     got: "[[1] [2]]".to_owned(),
/// };
/// assert_eq!(
///     mismatch.to_string(),
///     "line 7: str differs\n  expected: \"[[1]\\n [2]]\"\n  got:      \"[[1] [2]]\""
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The case's line in its corpus, counting from 1.
    pub line: usize,
    /// Which text differs: `"str"`, `"shape"` or `"repr"`.
    pub what: &'static str,
    /// NumPy's text.
    pub expected: String,
    /// This crate's text.
    pub got: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: {} differs\n  expected: {:?}\n  got:      {:?}",
            self.line, self.what, self.expected, self.got
        )
    }
}

/// The outcome of checking a corpus: how many cases passed and what
/// differed in the others.
///
/// Its [`Display`](fmt::Display) is the summary line `N passed, M failed`.
///
/// ```
/// use numpy_print::conformance::check_cases;
///
/// let report = check_cases(&[]);
/// assert_eq!((report.passed, report.failed), (0, 0));
/// assert_eq!(report.to_string(), "0 passed, 0 failed");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Cases whose every text matched.
    pub passed: usize,
    /// Cases with at least one mismatch.
    pub failed: usize,
    /// Every mismatch, in corpus order.
    pub mismatches: Vec<Mismatch>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} passed, {} failed", self.passed, self.failed)
    }
}

/// Checks every case (see [`Case::check`]).
///
/// ```
/// use numpy_print::conformance::{check_cases, parse_corpus};
///
/// let corpus = concat!(
///     r#"{"dtype":"bool","shape":[2],"values":[true,false],"str":"[ True False]","shape_str":"(2,)"}"#,
///     "\n",
///     r#"{"dtype":"bool","shape":[2],"values":[true,false],"str":"[True False]","shape_str":"(2,)"}"#,
/// );
/// let report = check_cases(&parse_corpus(corpus)?);
/// assert_eq!(report.to_string(), "1 passed, 1 failed");
/// assert_eq!(report.mismatches[0].line, 2);
/// # Ok::<(), numpy_print::conformance::CaseError>(())
/// ```
pub fn check_cases(cases: &[Case]) -> Report {
    let mut report = Report::default();
    for case in cases {
        let mismatches = case.check();
        if mismatches.is_empty() {
            report.passed += 1;
        } else {
            report.failed += 1;
            report.mismatches.extend(mismatches);
        }
    }
    report
}

/// A corpus line that can't be read as a case.
///
/// ```
/// use numpy_print::conformance::parse_corpus;
///
/// let error = parse_corpus(r#"{"dtype":"float32","shape":[],"values":[1],"str":"1.0","shape_str":"()"}"#)
///     .unwrap_err();
/// assert_eq!(error.line, 1);
/// assert_eq!(error.to_string(), r#"line 1: unknown dtype "float32" (expected float64, int64 or bool)"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    /// The line, counting from 1.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl Error for CaseError {}

/// Reads the cases of a corpus held in a string. Blank lines are skipped.
///
/// # Errors
///
/// [`CaseError`] for the first line that is not valid JSON or not a valid
/// case: a missing field, an unknown dtype, a shape with more than two
/// dimensions, values that don't fill the shape or don't fit the dtype.
///
/// ```
/// use numpy_print::conformance::parse_corpus;
///
/// let error = parse_corpus("\n{\"dtype\":\"int64\"}").unwrap_err();
/// assert_eq!(error.to_string(), "line 2: missing field `shape`");
/// ```
pub fn parse_corpus(text: &str) -> Result<Vec<Case>, CaseError> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            parse_case(index + 1, line).map_err(|message| CaseError {
                line: index + 1,
                message,
            })
        })
        .collect()
}

/// A corpus file that can't be read or that holds an invalid case.
///
/// Its [`Display`](fmt::Display) is one line: the file, the line number if
/// there is one, and what is wrong.
///
/// ```
/// use numpy_print::conformance::read_corpus;
///
/// let error = read_corpus("no/such/corpus.jsonl").unwrap_err();
/// assert!(error.to_string().starts_with("no/such/corpus.jsonl: cannot read: "));
/// ```
#[derive(Debug)]
pub struct CorpusError {
    path: PathBuf,
    kind: CorpusErrorKind,
}

#[derive(Debug)]
enum CorpusErrorKind {
    Read(io::Error),
    Case(CaseError),
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            CorpusErrorKind::Read(error) => write!(f, "{path}: cannot read: {error}"),
            CorpusErrorKind::Case(error) => write!(f, "{path}:{}: {}", error.line, error.message),
        }
    }
}

impl Error for CorpusError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match &self.kind {
            CorpusErrorKind::Read(error) => Some(error),
            CorpusErrorKind::Case(error) => Some(error),
        }
    }
}

/// Reads the cases of a corpus file (see [`parse_corpus`]).
///
/// # Errors
///
/// [`CorpusError`] if the file can't be read (missing, not UTF-8) or a line
/// is not a valid case.
///
/// ```
/// use numpy_print::conformance::{check_cases, read_corpus};
///
/// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/numpy-print-corpus.jsonl");
/// let cases = read_corpus(path)?;
/// assert_eq!(cases.len(), 600);
/// assert_eq!(check_cases(&cases).failed, 0);
/// # Ok::<(), numpy_print::conformance::CorpusError>(())
/// ```
pub fn read_corpus(path: impl AsRef<Path>) -> Result<Vec<Case>, CorpusError> {
    let path = path.as_ref();
    let error = |kind| CorpusError {
        path: path.to_owned(),
        kind,
    };
    let text = std::fs::read_to_string(path).map_err(|e| error(CorpusErrorKind::Read(e)))?;
    parse_corpus(&text).map_err(|e| error(CorpusErrorKind::Case(e)))
}

/// The `numpy_conformance` command: checks every case of the corpus files
/// and returns the exit status, 0 if all cases passed, 1 if some failed, 2
/// if a file can't be read or holds an invalid line.
///
/// Each mismatch goes to `out`, prefixed by its file, then the summary line
/// `N passed, M failed` for all files together. A bad file is reported on
/// `errors` as one line, `error: FILE:LINE: what is wrong`, and stops the
/// run. Output that can't be written is ignored: the status still tells.
///
/// ```
/// use numpy_print::conformance::run;
///
/// let (mut out, mut errors) = (Vec::new(), Vec::new());
/// let status = run(&["no/such/file.jsonl"], &mut out, &mut errors);
/// assert_eq!(status, 2);
/// assert!(String::from_utf8_lossy(&errors).starts_with("error: no/such/file.jsonl: cannot read: "));
/// ```
pub fn run(paths: &[impl AsRef<Path>], out: &mut dyn Write, errors: &mut dyn Write) -> u8 {
    let mut total = Report::default();
    for path in paths {
        let path = path.as_ref();
        let cases = match read_corpus(path) {
            Ok(cases) => cases,
            Err(error) => {
                let _ = writeln!(errors, "error: {error}");
                return 2;
            }
        };
        let report = check_cases(&cases);
        for mismatch in &report.mismatches {
            let _ = writeln!(out, "{}: {mismatch}", path.display());
        }
        total.passed += report.passed;
        total.failed += report.failed;
    }
    let _ = writeln!(out, "{total}");
    u8::from(total.failed > 0)
}

/// Reads one corpus line; the error is a message without the line number.
fn parse_case(line: usize, text: &str) -> Result<Case, String> {
    let json: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let object = json.as_object().ok_or("expected a JSON object")?;
    let dtype = string_field(object, "dtype")?;
    let unknown_dtype = || format!("unknown dtype {dtype:?} (expected float64, int64 or bool)");
    if ![f64::DTYPE, i64::DTYPE, bool::DTYPE].contains(&dtype.as_str()) {
        return Err(unknown_dtype());
    }

    let dims = field(object, "shape")?
        .as_array()
        .ok_or("`shape` must be an array")?
        .iter()
        .map(|dim| {
            dim.as_u64()
                .and_then(|dim| usize::try_from(dim).ok())
                .ok_or_else(|| format!("`shape` entries must be non-negative integers, got {dim}"))
        })
        .collect::<Result<Vec<usize>, String>>()?;
    let shape = Shape::from_dims(&dims).ok_or_else(|| {
        format!(
            "shape {dims:?} has {} dimensions; only 0, 1 or 2 are supported",
            dims.len()
        )
    })?;

    let raw_values = field(object, "values")?
        .as_array()
        .ok_or("`values` must be an array")?;
    let values = match dtype.as_str() {
        "float64" => Values::Float64(parse_values(raw_values, |value| {
            let text = value
                .as_str()
                .ok_or("expected a float.hex() string or nan/inf/-inf")?;
            parse_hex_float(text)
        })?),
        "int64" => Values::Int64(parse_values(raw_values, |value| {
            value
                .as_i64()
                .ok_or_else(|| "expected an integer in the int64 range".to_owned())
        })?),
        "bool" => Values::Bool(parse_values(raw_values, |value| {
            value
                .as_bool()
                .ok_or_else(|| "expected true or false".to_owned())
        })?),
        _ => return Err(unknown_dtype()),
    };
    if shape.size() != Some(values.len()) {
        let needed = shape
            .size()
            .map_or("more".to_owned(), |size| size.to_string());
        return Err(format!(
            "shape {shape} needs {needed} values, got {}",
            values.len()
        ));
    }

    let repr = match object.get("repr") {
        None => None,
        Some(_) => Some(string_field(object, "repr")?),
    };
    Ok(Case {
        line,
        shape,
        values,
        str: string_field(object, "str")?,
        shape_str: string_field(object, "shape_str")?,
        repr,
    })
}

fn field<'a>(object: &'a Map<String, Value>, name: &str) -> Result<&'a Value, String> {
    object
        .get(name)
        .ok_or_else(|| format!("missing field `{name}`"))
}

fn string_field(object: &Map<String, Value>, name: &str) -> Result<String, String> {
    field(object, name)?
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("`{name}` must be a string"))
}

fn parse_values<T>(
    raw: &[Value],
    parse: impl Fn(&Value) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    raw.iter()
        .enumerate()
        .map(|(i, value)| parse(value).map_err(|e| format!("values[{i}] = {value}: {e}")))
        .collect()
}

/// Reads a float64 written by Python's `float.hex()`, bit for bit, or one
/// of `nan`, `inf`, `-inf`.
///
/// `float.hex()` writes `[-]0x1.<13 hex digits>p<exponent>` for normal
/// numbers, `[-]0x0.<13 hex digits>p-1022` for subnormals and `[-]0x0.0p+0`
/// for zero. Fewer hex digits are accepted too (`0x1.8p+0` is 1.5).
///
/// # Errors
///
/// A message saying what is wrong with the text.
///
/// ```
/// use numpy_print::conformance::parse_hex_float;
///
/// assert_eq!(parse_hex_float("0x1.999999999999ap-4"), Ok(0.1));
/// assert_eq!(parse_hex_float("0x0.0000000000001p-1022"), Ok(5e-324));
/// assert!(parse_hex_float("-0x0.0p+0")?.is_sign_negative());
/// assert!(parse_hex_float("nan")?.is_nan());
/// assert!(parse_hex_float("0.1").is_err());
/// # Ok::<(), String>(())
/// ```
pub fn parse_hex_float(text: &str) -> Result<f64, String> {
    match text {
        "nan" => return Ok(f64::NAN),
        "inf" => return Ok(f64::INFINITY),
        "-inf" => return Ok(f64::NEG_INFINITY),
        _ => {}
    }
    let bad = |why: &str| format!("{text:?} is not a float.hex() value: {why}");
    let (negative, magnitude) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let magnitude = magnitude
        .strip_prefix("0x")
        .ok_or_else(|| bad("no 0x prefix"))?;
    let (mantissa, exponent) = magnitude
        .split_once('p')
        .ok_or_else(|| bad("no p exponent"))?;
    let exponent: i32 = exponent.parse().map_err(|_| bad("bad exponent"))?;
    let (lead, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if fraction.len() > 13 || !fraction.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(bad("the fraction must be at most 13 hex digits"));
    }
    // The 13 hex digits are the 52 fraction bits; fewer digits are the
    // leading ones.
    let fraction_bits = if fraction.is_empty() {
        0
    } else {
        u64::from_str_radix(fraction, 16).map_err(|_| bad("bad fraction"))?
            << (4 * (13 - fraction.len()))
    };
    let magnitude_bits = match lead {
        "1" if (-1022..=1023).contains(&exponent) => {
            // A normal number: the exponent field holds exponent + 1023,
            // which the guard keeps in 1..=2046.
            ((exponent + 1023) as u64) << 52 | fraction_bits
        }
        "1" => return Err(bad("a normal number's exponent must be in -1022..=1023")),
        "0" if fraction_bits == 0 || exponent == -1022 => fraction_bits, // zero or subnormal
        "0" => return Err(bad("a subnormal number's exponent must be -1022")),
        _ => return Err(bad("the digit before the point must be 0 or 1")),
    };
    let sign_bit = u64::from(negative) << 63;
    Ok(f64::from_bits(sign_bit | magnitude_bits))
}
