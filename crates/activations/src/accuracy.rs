//! Measuring how close the functions come to the exact answer, in ulps.
//!
//! An *ulp* (unit in the last place) is the gap between one `f64` and the
//! next. The best any floating-point function can do is return the correctly
//! rounded value (0 ulp off); libm's `exp` is within 1 ulp. This module reads
//! reference files of correctly rounded values and reports the largest error
//! of each function, for the tests and the `activation_accuracy` example.
//!
//! A reference file is tab-separated text. Its header line names the columns;
//! `x` is required, and `sigmoid` and `sigmoid_derivative` are checked when
//! present. Other columns (such as `tanh`) are read but not checked.
//! Numbers use Rust's `f64` syntax, which includes `nan`, `inf` and `-inf`.
//!
//! ```
//! use activations::accuracy::{Reference, check};
//!
//! let file = "x\tsigmoid\n0.0\t0.5\n1.0\t0.7310585786300049\n";
//! let reference = Reference::parse(file)?;
//! let report = check(&reference);
//! assert_eq!(report.failed(), 0);
//! # Ok::<(), activations::accuracy::ReferenceError>(())
//! ```

use std::fmt;

/// The number of `f64` values from `a` to `b`: 0 when they are equal, 1 when
/// they are neighbours.
///
/// `0.0` and `-0.0` are 0 apart, two NaNs are 0 apart, and NaN is
/// `u64::MAX` away from any number.
///
/// ```
/// use activations::accuracy::ulp_distance;
///
/// assert_eq!(ulp_distance(1.0, 1.0), 0);
/// assert_eq!(ulp_distance(1.0, 1.0 + f64::EPSILON), 1);
/// assert_eq!(ulp_distance(-0.0, 0.0), 0);
/// assert_eq!(ulp_distance(f64::from_bits(1), -f64::from_bits(1)), 2);
/// ```
pub fn ulp_distance(a: f64, b: f64) -> u64 {
    if a.is_nan() || b.is_nan() {
        return if a.is_nan() && b.is_nan() {
            0
        } else {
            u64::MAX
        };
    }
    // Map the bit patterns onto a line where neighbouring floats are
    // neighbouring integers: positives keep their bits, negatives mirror.
    fn position(x: f64) -> i128 {
        let bits = x.to_bits() as i64;
        i128::from(if bits < 0 { i64::MIN - bits } else { bits })
    }
    // The positions differ by less than 2^64, so this fits.
    (position(a) - position(b)).unsigned_abs() as u64
}

/// A column of a reference file that [`check`] compares with our code.
///
/// ```
/// let sigmoid = &activations::accuracy::CHECKED_COLUMNS[0];
/// assert_eq!((sigmoid.name, sigmoid.max_ulps), ("sigmoid", 2));
/// assert_eq!((sigmoid.function)(0.0), 0.5);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct CheckedColumn {
    /// The column's name in the header: `"sigmoid"`.
    pub name: &'static str,
    /// The largest error allowed, in ulps.
    pub max_ulps: u64,
    /// The function whose output the column holds.
    pub function: fn(f64) -> f64,
}

/// The columns [`check`] knows how to check, with their error limits.
///
/// ```
/// let names: Vec<_> = activations::accuracy::CHECKED_COLUMNS.iter().map(|c| c.name).collect();
/// assert_eq!(names, ["sigmoid", "sigmoid_derivative"]);
/// ```
pub const CHECKED_COLUMNS: [CheckedColumn; 2] = [
    CheckedColumn {
        name: "sigmoid",
        max_ulps: 2,
        function: crate::sigmoid,
    },
    CheckedColumn {
        name: "sigmoid_derivative",
        max_ulps: 4,
        function: crate::sigmoid_derivative,
    },
];

/// A parsed reference file: column names and rows of numbers.
///
/// ```
/// use activations::accuracy::Reference;
///
/// let reference = Reference::parse("x\tsigmoid\n0.0\t0.5\n")?;
/// assert_eq!(reference.columns, ["x", "sigmoid"]);
/// assert_eq!(reference.rows, [(2, vec![0.0, 0.5])]);
/// # Ok::<(), activations::accuracy::ReferenceError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// The header's column names; the first is `x`.
    pub columns: Vec<String>,
    /// One entry per data line: its line number (from 1) and its values.
    pub rows: Vec<(usize, Vec<f64>)>,
}

impl Reference {
    /// Reads the text of a reference file.
    ///
    /// # Errors
    ///
    /// [`ReferenceError`] naming the line (and column) when the header has
    /// no `x` column first, a line has the wrong number of fields, or a field
    /// is not a number.
    ///
    /// ```
    /// use activations::accuracy::Reference;
    ///
    /// let error = Reference::parse("x\tsigmoid\n0.0\thalf\n").unwrap_err();
    /// assert_eq!(error.to_string(), r#"line 2, column "sigmoid": "half" is not a number"#);
    /// ```
    pub fn parse(text: &str) -> Result<Self, ReferenceError> {
        let mut lines = text.lines().enumerate().map(|(i, line)| (i + 1, line));
        let columns: Vec<String> = match lines.next() {
            Some((_, header)) => header.split('\t').map(str::to_owned).collect(),
            None => Vec::new(),
        };
        if columns.first().map(String::as_str) != Some("x") {
            return Err(ReferenceError::Header {
                found: columns.join("\t"),
            });
        }
        let mut rows = Vec::new();
        for (line, content) in lines.filter(|(_, content)| !content.is_empty()) {
            let fields: Vec<&str> = content.split('\t').collect();
            if fields.len() != columns.len() {
                return Err(ReferenceError::FieldCount {
                    line,
                    expected: columns.len(),
                    found: fields.len(),
                });
            }
            let values = fields
                .iter()
                .zip(&columns)
                .map(|(field, column)| {
                    field
                        .parse::<f64>()
                        .map_err(|_| ReferenceError::NotANumber {
                            line,
                            column: column.clone(),
                            field: (*field).to_owned(),
                        })
                })
                .collect::<Result<Vec<f64>, _>>()?;
            rows.push((line, values));
        }
        Ok(Self { columns, rows })
    }
}

/// Why a reference file could not be read.
///
/// ```
/// use activations::accuracy::{Reference, ReferenceError};
///
/// let error = Reference::parse("x\n1.0\t2.0\n").unwrap_err();
/// assert_eq!(error, ReferenceError::FieldCount { line: 2, expected: 1, found: 2 });
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReferenceError {
    /// The first line is not a header starting with the column `x`.
    Header {
        /// The first line as found.
        found: String,
    },
    /// A data line has more or fewer fields than the header.
    FieldCount {
        /// The line number, from 1.
        line: usize,
        /// The header's number of columns.
        expected: usize,
        /// The line's number of fields.
        found: usize,
    },
    /// A field does not parse as an `f64`.
    NotANumber {
        /// The line number, from 1.
        line: usize,
        /// The column's name.
        column: String,
        /// The text found.
        field: String,
    },
}

impl fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Header { found } => {
                write!(
                    f,
                    "line 1: expected a tab-separated header starting with x, found {found:?}"
                )
            }
            Self::FieldCount {
                line,
                expected,
                found,
            } => {
                write!(
                    f,
                    "line {line}: expected {expected} tab-separated fields, found {found}"
                )
            }
            Self::NotANumber {
                line,
                column,
                field,
            } => {
                write!(
                    f,
                    "line {line}, column {column:?}: {field:?} is not a number"
                )
            }
        }
    }
}

impl std::error::Error for ReferenceError {}

/// The worst error of one checked column.
///
/// ```
/// use activations::accuracy::{Reference, check};
///
/// let report = check(&Reference::parse("x\tsigmoid\n0.0\t0.5\n3.0\t0.9525741268224334\n")?);
/// let sigmoid = &report.columns[0];
/// assert_eq!(sigmoid.column.name, "sigmoid");
/// assert!(sigmoid.max_ulps <= 2);
/// # Ok::<(), activations::accuracy::ReferenceError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ColumnResult {
    /// Which column, with its limit.
    pub column: CheckedColumn,
    /// The largest error seen, in ulps (0 for a file with no rows).
    pub max_ulps: u64,
    /// The `x` where it was first seen (`None` for a file with no rows).
    pub worst_x: Option<f64>,
}

/// A row where some checked column was off by more than its limit.
///
/// ```
/// use activations::accuracy::{Reference, check};
///
/// let report = check(&Reference::parse("x\tsigmoid\n0.0\t0.75\n")?);
/// let failure = &report.failures[0];
/// assert_eq!((failure.line, failure.column, failure.got), (2, "sigmoid", 0.5));
/// # Ok::<(), activations::accuracy::ReferenceError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    /// The line number in the file, from 1.
    pub line: usize,
    /// The row's input.
    pub x: f64,
    /// The column that failed.
    pub column: &'static str,
    /// The correctly rounded value from the file.
    pub expected: f64,
    /// What our function returned.
    pub got: f64,
    /// How far apart they are.
    pub ulps: u64,
}

/// What [`check`] found.
///
/// ```
/// use activations::accuracy::{Reference, check};
///
/// let report = check(&Reference::parse("x\tsigmoid\ttanh\n0.0\t0.5\t0.0\n")?);
/// assert_eq!((report.rows, report.passed(), report.failed()), (1, 1, 0));
/// assert_eq!(report.unchecked, ["tanh"]);
/// # Ok::<(), activations::accuracy::ReferenceError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Report {
    /// One result per checked column: for [`check`], each column that the
    /// file has and [`CHECKED_COLUMNS`] knows.
    pub columns: Vec<ColumnResult>,
    /// The columns of the file that were not checked (`tanh`).
    pub unchecked: Vec<String>,
    /// How many rows were checked.
    pub rows: usize,
    /// Every failing (row, column), in file order.
    pub failures: Vec<Failure>,
}

impl Report {
    /// The number of rows with at least one failing column.
    ///
    /// ```
    /// use activations::accuracy::{Reference, check};
    ///
    /// let wrong = Reference::parse("x\tsigmoid\n0.0\t0.6\n")?;
    /// assert_eq!(check(&wrong).failed(), 1);
    /// # Ok::<(), activations::accuracy::ReferenceError>(())
    /// ```
    pub fn failed(&self) -> usize {
        let mut lines: Vec<usize> = self.failures.iter().map(|f| f.line).collect();
        lines.dedup();
        lines.len()
    }

    /// The number of rows where every checked column was within its limit.
    ///
    /// ```
    /// use activations::accuracy::{Reference, check};
    ///
    /// let right = Reference::parse("x\tsigmoid\n0.0\t0.5\n")?;
    /// assert_eq!(check(&right).passed(), 1);
    /// # Ok::<(), activations::accuracy::ReferenceError>(())
    /// ```
    pub fn passed(&self) -> usize {
        self.rows - self.failed()
    }
}

/// Compares every checked column of `reference` with our functions.
///
/// ```
/// use activations::accuracy::{Reference, check};
///
/// let reference = Reference::parse("x\tsigmoid\ttanh\n0.0\t0.5\t0.0\n")?;
/// let report = check(&reference);
/// assert_eq!(report.columns[0].max_ulps, 0);
/// assert_eq!(report.unchecked, ["tanh"]);
/// # Ok::<(), activations::accuracy::ReferenceError>(())
/// ```
pub fn check(reference: &Reference) -> Report {
    compare(reference, |column, inputs| {
        Some(inputs.iter().map(|&x| (column.function)(x)).collect())
    })
}

/// Like [`check`] for the one column `name`, with `compute` in place of the
/// column's scalar function: `compute` gets every `x` of the file at once
/// and returns one value per input. It checks a slice-based implementation,
/// such as [`fast::sigmoid`](crate::fast::sigmoid), against the same
/// reference values and the same limit as the scalar function.
///
/// The report's column is the [`CheckedColumn`] of that name: its limit is
/// the one applied, its `function` the scalar function that `compute`
/// replaced. The report has no column when the file lacks `name` or
/// [`CHECKED_COLUMNS`] does not know it, and lists every other column as
/// unchecked. If `compute` returns too few values, the missing ones count as
/// NaN, and fail.
///
/// ```
/// use activations::accuracy::{Reference, check_with};
///
/// let reference = Reference::parse("x\tsigmoid\n0.0\t0.5\n1.0\t0.7310585786300049\n")?;
/// let report = check_with(&reference, "sigmoid", activations::fast::sigmoid);
/// assert_eq!((report.columns.len(), report.failed()), (1, 0));
///
/// let wrong = check_with(&reference, "sigmoid", |x: &[f64]| vec![0.5; x.len()]);
/// assert_eq!(wrong.failed(), 1);
/// # Ok::<(), activations::accuracy::ReferenceError>(())
/// ```
pub fn check_with(
    reference: &Reference,
    name: &str,
    compute: impl FnOnce(&[f64]) -> Vec<f64>,
) -> Report {
    let mut compute = Some(compute);
    compare(reference, |column, inputs| {
        // `take` also leaves a repeated column unchecked.
        if column.name == name {
            compute.take().map(|compute| compute(inputs))
        } else {
            None
        }
    })
}

/// The work of [`check`] and [`check_with`]. For each column of the file
/// that [`CHECKED_COLUMNS`] knows, `values_of` returns our value for every
/// input, or `None` to leave the column unchecked.
fn compare(
    reference: &Reference,
    mut values_of: impl FnMut(&CheckedColumn, &[f64]) -> Option<Vec<f64>>,
) -> Report {
    let inputs: Vec<f64> = reference.rows.iter().map(|(_, values)| values[0]).collect();
    let mut report = Report {
        columns: Vec::new(),
        unchecked: Vec::new(),
        rows: reference.rows.len(),
        failures: Vec::new(),
    };
    let mut checked = Vec::new(); // (index in the file, index in the report, our values)
    for (index, name) in reference.columns.iter().enumerate().skip(1) {
        let known = CHECKED_COLUMNS.iter().find(|c| c.name == name);
        match known.and_then(|&column| Some((column, values_of(&column, &inputs)?))) {
            Some((column, ours)) => {
                checked.push((index, report.columns.len(), ours));
                report.columns.push(ColumnResult {
                    column,
                    max_ulps: 0,
                    worst_x: None,
                });
            }
            None => report.unchecked.push(name.clone()),
        }
    }
    for (row, (line, values)) in reference.rows.iter().enumerate() {
        let x = values[0];
        for (index, result_index, ours) in &checked {
            let result = &mut report.columns[*result_index];
            let expected = values[*index];
            let got = ours.get(row).copied().unwrap_or(f64::NAN);
            let ulps = ulp_distance(got, expected);
            if ulps > result.max_ulps || result.worst_x.is_none() {
                result.max_ulps = ulps;
                result.worst_x = Some(x);
            }
            if ulps > result.column.max_ulps {
                report.failures.push(Failure {
                    line: *line,
                    x,
                    column: result.column.name,
                    expected,
                    got,
                    ulps,
                });
            }
        }
    }
    report
}
