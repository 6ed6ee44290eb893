//! Accuracy in ulps against a reference file of correctly rounded values:
//! tab-separated text, a header naming the columns (`x` first), then rows of
//! numbers in Rust's `f64` syntax (`nan`, `inf`, `-inf` included).

use std::fmt;

/// The number of `f64` values from `a` to `b`: 0 when they are equal, 1 when
/// they are neighbours. `0.0` and `-0.0` are 0 apart, two NaNs are 0 apart,
/// and NaN is `u64::MAX` away from any number.
///
/// ```
/// use test_support::accuracy::ulp_distance;
///
/// assert_eq!(ulp_distance(1.0, 1.0 + f64::EPSILON), 1);
/// assert_eq!(ulp_distance(f64::from_bits(1), -f64::from_bits(1)), 2);
/// ```
pub fn ulp_distance(a: f64, b: f64) -> u64 {
    let both_nan = a.is_nan() && b.is_nan();
    if a.is_nan() || b.is_nan() {
        return if both_nan { 0 } else { u64::MAX };
    }
    // Map the bit patterns onto a line where neighbouring floats are
    // neighbouring integers: positives keep their bits, negatives mirror.
    let position = |x: f64| {
        let bits = x.to_bits().cast_signed();
        i128::from(if bits < 0 { i64::MIN - bits } else { bits })
    };
    // The positions differ by less than 2^64, so this always fits.
    u64::try_from((position(a) - position(b)).unsigned_abs()).unwrap_or(u64::MAX)
}

/// A reference file: its column names and its rows of numbers.
///
/// ```
/// let reference = test_support::accuracy::Reference::parse("ref.tsv", "x\tsigmoid\n0.0\t0.5\n")?;
/// assert_eq!(reference.columns, ["x", "sigmoid"]);
/// assert_eq!(reference.rows, [(2, vec![0.0, 0.5])]);
/// # Ok::<(), String>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// The file, as named in errors.
    pub file: String,
    /// The header's column names; the first is `x`.
    pub columns: Vec<String>,
    /// One entry per data line: its line number (from 1) and its values.
    pub rows: Vec<(usize, Vec<f64>)>,
}

impl Reference {
    /// The workspace's reference file, `tests/data/activations-f64.tsv`
    /// (compiled in, so every crate's tests read the same bytes).
    ///
    /// ```
    /// assert_eq!(test_support::accuracy::Reference::workspace().columns[0], "x");
    /// ```
    ///
    /// # Panics
    ///
    /// If the committed file does not parse: a broken checkout.
    pub fn workspace() -> Self {
        let text = include_str!("../../../tests/data/activations-f64.tsv");
        Self::parse("tests/data/activations-f64.tsv", text)
            .unwrap_or_else(|error| panic!("{error}"))
    }

    /// Reads a reference file's text, skipping blank lines; `file` names it in errors.
    ///
    /// # Errors
    ///
    /// `FILE:LINE: what is wrong` when the header has no `x` column first, a
    /// line has the wrong number of fields, or a field is not a number.
    ///
    /// ```
    /// let error = test_support::accuracy::Reference::parse("r.tsv", "x\ty\n0.0\thalf\n").unwrap_err();
    /// assert_eq!(error, r#"r.tsv:2: column "y": "half" is not a number"#);
    /// ```
    pub fn parse(file: &str, text: &str) -> Result<Self, String> {
        let error = |line, message| format!("{file}:{line}: {message}");
        let header = text.lines().next().unwrap_or("");
        let columns: Vec<String> = header.split('\t').map(str::to_owned).collect();
        if columns[0] != "x" {
            let why = format!("expected a header starting with x, found {header:?}");
            return Err(error(1, why));
        }
        let mut rows = Vec::new();
        for (content, line) in text.lines().zip(1..).skip(1) {
            let fields: Vec<&str> = content.split('\t').collect();
            if content.is_empty() {
                continue; // blank lines are allowed, at the end in particular
            } else if fields.len() != columns.len() {
                let (want, found) = (columns.len(), fields.len());
                let why = format!("expected {want} tab-separated fields, found {found}");
                return Err(error(line, why));
            }
            let number = |(field, column): (&str, &String)| {
                let why = || format!("column {column:?}: {field:?} is not a number");
                field.parse().map_err(|_| error(line, why()))
            };
            let values = fields.into_iter().zip(&columns).map(number);
            rows.push((line, values.collect::<Result<_, _>>()?));
        }
        Ok(Self {
            file: file.to_owned(),
            columns,
            rows,
        })
    }
}

/// The result of checking one column. Its [`Display`](fmt::Display) is a
/// one-line ulp report.
///
/// ```
/// let text = "x\ty\n0.0\t1\n1.0\t1.0000000000000004\n"; // 1 + 2 ulps
/// let reference = test_support::accuracy::Reference::parse("r.tsv", text)?;
/// let report = test_support::accuracy::check_with(&reference, "y", 1, |x| vec![1.0; x.len()])?;
/// let text = "y: max error 2 ulp at x = 1.0 (limit 1 ulp): 1 passed, 1 failed";
/// assert_eq!(report.to_string(), text);
/// # Ok::<(), String>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The column checked.
    pub column: String,
    /// The largest error allowed, in ulps.
    pub limit: u64,
    /// How many rows were checked.
    pub rows: usize,
    /// The largest error seen, in ulps (0 for a file with no rows).
    pub max_ulps: u64,
    /// The `x` where it was first seen (`None` for a file with no rows).
    pub worst_x: Option<f64>,
    /// Every row off by more than the limit, in file order, as text:
    /// `line 3: x = 1.0: got 0.5, expected 0.75 (2251799813685248 ulp off)`.
    pub failures: Vec<String>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (name, limit, max) = (&self.column, self.limit, self.max_ulps);
        let at = self.worst_x.map(|x| format!(" at x = {x:?}"));
        let (failed, passed) = (self.failures.len(), self.rows - self.failures.len());
        let worst = format!("{name}: max error {max} ulp{}", at.unwrap_or_default());
        write!(
            f,
            "{worst} (limit {limit} ulp): {passed} passed, {failed} failed"
        )
    }
}

/// Checks the code under test against the column `name`, allowing `limit`
/// ulps: `compute` gets every `x` of the file at once and returns one value
/// per input (a missing value counts as NaN).
///
/// # Errors
///
/// `FILE:1: no column "name"` if the file has no column `name`.
///
/// ```
/// # use test_support::accuracy::{Reference, check_with};
/// let reference = Reference::parse("ref.tsv", "x\tsigmoid\n0.0\t0.5\n1.0\t0.5\n")?;
/// let report = check_with(&reference, "sigmoid", 2, |x: &[f64]| vec![0.5; x.len() - 1])?;
/// assert_eq!(report.failures, ["line 3: x = 1.0: got NaN, expected 0.5 (18446744073709551615 ulp off)"]);
/// let error = check_with(&reference, "tanh", 1, |_| vec![]).unwrap_err();
/// assert_eq!(error, r#"ref.tsv:1: no column "tanh""#);
/// # Ok::<(), String>(())
/// ```
pub fn check_with(
    reference: &Reference,
    name: &str,
    limit: u64,
    compute: impl FnOnce(&[f64]) -> Vec<f64>,
) -> Result<Report, String> {
    let Some(column) = reference.columns.iter().position(|c| c == name) else {
        return Err(format!("{}:1: no column {name:?}", reference.file));
    };
    let inputs: Vec<f64> = reference.rows.iter().map(|(_, values)| values[0]).collect();
    let ours = compute(&inputs);
    let mut report = Report {
        column: name.to_owned(),
        limit,
        rows: inputs.len(),
        max_ulps: 0,
        worst_x: None,
        failures: Vec::new(),
    };
    for (row, (line, values)) in reference.rows.iter().enumerate() {
        let (x, expected, line) = (values[0], values[column], *line);
        let got = ours.get(row).copied().unwrap_or(f64::NAN);
        let ulps = ulp_distance(got, expected);
        if ulps > report.max_ulps || report.worst_x.is_none() {
            (report.max_ulps, report.worst_x) = (ulps, Some(x));
        }
        if ulps > limit {
            let failure = format!("x = {x:?}: got {got:?}, expected {expected:?} ({ulps} ulp off)");
            report.failures.push(format!("line {line}: {failure}"));
        }
    }
    Ok(report)
}
