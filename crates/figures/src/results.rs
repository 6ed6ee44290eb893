//! Reading the output of `crates/bench/compare-numpy`: its table of timings
//! and its closing `NAME: S.SSx` lines.

use std::fmt;
use std::path::Path;

/// One run of `crates/bench/compare-numpy`, read from its printed output.
///
/// The output holds a table with one group of rows per target (such as
/// `sigmoid_1e7`), one row per form of the code (`numpy tutorial`,
/// `rust simple`, ...), and at the end one line `NAME: S.SSx` per headline
/// target. Lines outside the table and those lines are not read.
///
/// ```
/// use figures::Comparison;
/// use std::path::Path;
///
/// let output = "\
/// target    form                time per call  vs tutorial  of memcpy
/// relu_1e7  numpy tutorial           18.48 ms        1.00x        65%
///           rust simple              19.24 ms        0.96x        62%
///           rust fast_in_place *      6.00 ms        3.08x       199%
///
/// relu_1e7: 3.08x
/// ";
/// let run = Comparison::parse(output, Path::new("compare-numpy.txt"))?;
/// let relu = run.target("relu_1e7").expect("in the table");
/// assert_eq!(relu.form("rust simple").map(|form| form.vs_tutorial), Some(0.96));
/// assert_eq!(relu.headline().map(|form| form.name.as_str()), Some("rust fast_in_place"));
/// assert_eq!(run.speedup("relu_1e7").map(|line| line.speedup), Some(3.08));
/// # Ok::<(), figures::ResultsError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The file it was read from, as given: error messages name it.
    pub file: String,
    /// The table's targets, in the order of the file.
    pub targets: Vec<Target>,
    /// The closing `NAME: S.SSx` lines, in the order of the file.
    pub speedups: Vec<Speedup>,
}

/// One target of the table: the same work done by several forms of code.
///
/// ```
/// # let run = figures::Comparison::parse(
/// #     "target form time per call vs tutorial of memcpy\n\
/// #      step_1e3 numpy tutorial 1.17 µs 1.00x 3%\n",
/// #     std::path::Path::new("out.txt"),
/// # )?;
/// let step = &run.targets[0];
/// assert_eq!(step.name, "step_1e3");
/// assert_eq!(step.forms[0].seconds, 1.17e-6);
/// # Ok::<(), figures::ResultsError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// The target's name, such as `sigmoid_1e7`.
    pub name: String,
    /// The line of the file that names it, counted from 1.
    pub line: usize,
    /// Its rows, in the order of the file.
    pub forms: Vec<Form>,
}

impl Target {
    /// The row of the form named `name`, such as `"rust simple"`.
    ///
    /// ```
    /// # let run = figures::Comparison::parse(
    /// #     "target form time per call vs tutorial of memcpy\n\
    /// #      step_1e3 numpy tutorial 1.17 µs 1.00x 3%\n",
    /// #     std::path::Path::new("out.txt"),
    /// # )?;
    /// let step = &run.targets[0];
    /// assert!(step.form("numpy tutorial").is_some());
    /// assert!(step.form("rust simple").is_none());
    /// # Ok::<(), figures::ResultsError>(())
    /// ```
    pub fn form(&self, name: &str) -> Option<&Form> {
        self.forms.iter().find(|form| form.name == name)
    }

    /// The row marked `*`: the Rust form whose speedup the closing
    /// `NAME: S.SSx` line gives.
    ///
    /// ```
    /// # let run = figures::Comparison::parse(
    /// #     "target form time per call vs tutorial of memcpy\n\
    /// #      forward_one numpy tutorial 6.49 µs 1.00x -\n\
    /// #      \x20   rust static * 28.01 ns 231.50x -\n",
    /// #     std::path::Path::new("out.txt"),
    /// # )?;
    /// let headline = run.targets[0].headline().expect("one row has a *");
    /// assert_eq!((headline.name.as_str(), headline.vs_tutorial), ("rust static", 231.5));
    /// # Ok::<(), figures::ResultsError>(())
    /// ```
    pub fn headline(&self) -> Option<&Form> {
        self.forms.iter().find(|form| form.headline)
    }
}

/// One row of the table: one form of the code and how long it took.
///
/// ```
/// # let run = figures::Comparison::parse(
/// #     "target form time per call vs tutorial of memcpy\n\
/// #      sigmoid_1e6 numpy tutorial 2.77 ms 1.00x 22%\n\
/// #      \x20   rust simple 7.90 ms 0.35x 8%\n",
/// #     std::path::Path::new("out.txt"),
/// # )?;
/// let simple = run.targets[0].form("rust simple").expect("a row");
/// assert_eq!((simple.seconds, simple.vs_tutorial, simple.line), (7.90e-3, 0.35, 3));
/// # Ok::<(), figures::ResultsError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    /// The form, as the table's `form` column names it, without the `*`:
    /// `"numpy tutorial"`, `"rust fast_in_place"`, ...
    pub name: String,
    /// The time per call, in seconds.
    pub seconds: f64,
    /// The `vs tutorial` column: the NumPy tutorial code's time divided by
    /// this form's time (above 1 is faster than the tutorial's code).
    pub vs_tutorial: f64,
    /// Whether the row is marked `*`.
    pub headline: bool,
    /// The row's line in the file, counted from 1.
    pub line: usize,
}

/// A closing line `NAME: S.SSx`: a target's headline speedup.
///
/// ```
/// # let run = figures::Comparison::parse(
/// #     "target form time per call vs tutorial of memcpy\n\
/// #      step_1e7 numpy tutorial 21.85 ms 1.00x 54%\n\
/// #      \n\
/// #      step_1e7: 3.20x\n",
/// #     std::path::Path::new("out.txt"),
/// # )?;
/// let line = run.speedup("step_1e7").expect("a closing line");
/// assert_eq!((line.speedup, line.line), (3.2, 4));
/// # Ok::<(), figures::ResultsError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Speedup {
    /// The target's name.
    pub target: String,
    /// The speedup: the NumPy tutorial code's time divided by the time of the
    /// target's row marked `*`.
    pub speedup: f64,
    /// The line in the file, counted from 1.
    pub line: usize,
}

impl Comparison {
    /// Reads and parses the file at `path`.
    ///
    /// # Errors
    ///
    /// [`ResultsError`] naming the file when it cannot be read, and its line
    /// when that line is malformed (see [`Comparison::parse`]).
    ///
    /// ```
    /// use figures::Comparison;
    /// use std::path::Path;
    ///
    /// let error = Comparison::read(Path::new("no/such/file.txt")).unwrap_err();
    /// assert!(error.to_string().starts_with("no/such/file.txt: cannot read it: "));
    /// ```
    pub fn read(path: &Path) -> Result<Self, ResultsError> {
        let text = std::fs::read_to_string(path).map_err(|error| {
            ResultsError::new(path.display(), None, format!("cannot read it: {error}"))
        })?;
        Self::parse(&text, path)
    }

    /// Parses the output of `compare-numpy`; `path` only names the file in
    /// error messages.
    ///
    /// The table starts at the line whose first two words are `target form`
    /// and ends at the first blank line. In each row the words are, from the
    /// right: the `of memcpy` column, the `vs tutorial` column (`N.NNx`), and
    /// the time (a number and `s`, `ms`, `µs` or `ns`); before them come the
    /// form and, on a target's first row, the target's name at the start of
    /// the line. Rows starting with `(` (the memcpy rows) are skipped.
    ///
    /// # Errors
    ///
    /// [`ResultsError`] with the file and line when there is no table, a row
    /// is malformed, a form's row comes before any target's name, a target
    /// appears twice or has two rows marked `*`, or a closing line that
    /// names one of the table's targets does not read `NAME: S.SSx`.
    ///
    /// ```
    /// use figures::Comparison;
    /// use std::path::Path;
    ///
    /// let output = "\
    /// target    form            time per call  vs tutorial
    /// relu_1e7  numpy tutorial       18.48 ms        fast
    /// ";
    /// let error = Comparison::parse(output, Path::new("out.txt")).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "out.txt:2: expected `FORM  TIME UNIT  N.NNx  OF_MEMCPY` (such as \
    ///      `rust simple  19.24 ms  0.96x  62%`), got `relu_1e7  numpy tutorial       18.48 ms        fast`"
    /// );
    /// ```
    pub fn parse(text: &str, path: &Path) -> Result<Self, ResultsError> {
        let file = path.display().to_string();
        let error = |line, problem: String| ResultsError::new(&file, line, problem);
        let mut lines = text.lines().zip(1..);
        let header = lines
            .by_ref()
            .find(|(line, _)| line.split_whitespace().take(2).eq(["target", "form"]));
        if header.is_none() {
            let problem = "no table: no line starts with the column names `target  form`";
            return Err(error(None, problem.to_owned()));
        }

        let mut targets: Vec<Target> = Vec::new();
        for (text, line) in lines.by_ref() {
            if text.trim().is_empty() {
                break;
            }
            if text.trim_start().starts_with('(') {
                continue;
            }
            let row = parse_row(text, line).map_err(|problem| error(Some(line), problem))?;
            if let Some(name) = row.target {
                if let Some(earlier) = targets.iter().find(|target| target.name == name) {
                    let problem = format!("target {name} again (first at line {})", earlier.line);
                    return Err(error(Some(line), problem));
                }
                targets.push(Target {
                    name: name.to_owned(),
                    line,
                    forms: Vec::new(),
                });
            }
            let Some(target) = targets.last_mut() else {
                let problem = "a row before any target: the first row must start with \
                               the target's name"
                    .to_owned();
                return Err(error(Some(line), problem));
            };
            if let Some(earlier) = target.headline().filter(|_| row.form.headline) {
                let problem = format!(
                    "target {} has a second row marked * (the first is at line {})",
                    target.name, earlier.line
                );
                return Err(error(Some(line), problem));
            }
            target.forms.push(row.form);
        }
        if targets.is_empty() {
            return Err(error(None, "the table has no rows".to_owned()));
        }

        let mut speedups = Vec::new();
        for (text, line) in lines {
            let Some((name, value)) = text.split_once(':') else {
                continue;
            };
            if !targets.iter().any(|target| target.name == name) {
                continue;
            }
            let speedup = parse_ratio(value.trim()).ok_or_else(|| {
                error(
                    Some(line),
                    format!("expected `{name}: S.SSx` (such as `{name}: 3.20x`), got `{text}`"),
                )
            })?;
            speedups.push(Speedup {
                target: name.to_owned(),
                speedup,
                line,
            });
        }
        Ok(Self {
            file,
            targets,
            speedups,
        })
    }

    /// The target named `name`, if the table has it.
    ///
    /// ```
    /// # let run = figures::Comparison::parse(
    /// #     "target form time per call vs tutorial of memcpy\n\
    /// #      step_1e3 numpy tutorial 1.17 µs 1.00x 3%\n",
    /// #     std::path::Path::new("out.txt"),
    /// # )?;
    /// assert!(run.target("step_1e3").is_some());
    /// assert!(run.target("step_1e9").is_none());
    /// # Ok::<(), figures::ResultsError>(())
    /// ```
    pub fn target(&self, name: &str) -> Option<&Target> {
        self.targets.iter().find(|target| target.name == name)
    }

    /// The closing line `NAME: S.SSx` for the target `name`, if there is one.
    ///
    /// ```
    /// # let run = figures::Comparison::parse(
    /// #     "target form time per call vs tutorial of memcpy\n\
    /// #      step_1e3 numpy tutorial 1.17 µs 1.00x 3%\n",
    /// #     std::path::Path::new("out.txt"),
    /// # )?;
    /// // step_1e3 has no goal, so compare-numpy prints no closing line for it.
    /// assert!(run.speedup("step_1e3").is_none());
    /// # Ok::<(), figures::ResultsError>(())
    /// ```
    pub fn speedup(&self, name: &str) -> Option<&Speedup> {
        self.speedups.iter().find(|line| line.target == name)
    }
}

/// A table row, split into its parts.
struct Row<'a> {
    /// The target's name, on the first row of each target.
    target: Option<&'a str>,
    form: Form,
}

fn parse_row(text: &str, line: usize) -> Result<Row<'_>, String> {
    let malformed = || {
        format!(
            "expected `FORM  TIME UNIT  N.NNx  OF_MEMCPY` (such as \
             `rust simple  19.24 ms  0.96x  62%`), got `{}`",
            text.trim()
        )
    };
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // A target's first row starts with its name; the other rows are indented.
    let target = if text.starts_with(char::is_whitespace) {
        None
    } else {
        Some(words.remove(0))
    };
    // From the right: OF_MEMCPY, N.NNx, UNIT, TIME; the rest is the form.
    let [form @ .., time, unit, ratio, _of_memcpy] = words.as_slice() else {
        return Err(malformed());
    };
    let (form, headline) = match form {
        [name @ .., "*"] => (name, true),
        name => (name, false),
    };
    if form.is_empty() {
        return Err(malformed());
    }
    let seconds = parse_time(time, unit).ok_or_else(malformed)?;
    let vs_tutorial = parse_ratio(ratio).ok_or_else(malformed)?;
    Ok(Row {
        target,
        form: Form {
            name: form.join(" "),
            seconds,
            vs_tutorial,
            headline,
            line,
        },
    })
}

/// `"7.90", "ms"` as seconds, if it is a positive, finite time.
fn parse_time(number: &str, unit: &str) -> Option<f64> {
    let exponent = match unit {
        "s" => 0,
        "ms" => -3,
        "µs" => -6,
        "ns" => -9,
        _ => return None,
    };
    // Parsing "7.90e-3" gives the f64 nearest to the printed time; 7.90 * 1e-3
    // would round twice. A number such as "inf" or "1e5" does not parse.
    let value: f64 = format!("{number}e{exponent}").parse().ok()?;
    (value.is_finite() && value > 0.0).then_some(value)
}

/// `"0.35x"` as 0.35, if it is a positive, finite ratio.
fn parse_ratio(text: &str) -> Option<f64> {
    let value: f64 = text.strip_suffix('x')?.parse().ok()?;
    (value.is_finite() && value > 0.0).then_some(value)
}

/// Why the results file could not be read: the file, the line when the
/// problem is on one line, and what is wrong.
///
/// ```
/// use figures::ResultsError;
///
/// let error = ResultsError::new("out.txt", Some(7), "no target");
/// assert_eq!(error.to_string(), "out.txt:7: no target");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultsError {
    /// The file, as it was given.
    pub file: String,
    /// The line the problem is on, counted from 1, if it is on one line.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: String,
}

impl ResultsError {
    /// An error about `file`, at `line` if the problem is on one line.
    ///
    /// ```
    /// let error = figures::ResultsError::new("a.txt", None, "the table has no rows");
    /// assert_eq!(error.to_string(), "a.txt: the table has no rows");
    /// ```
    pub fn new(file: impl fmt::Display, line: Option<usize>, problem: impl Into<String>) -> Self {
        Self {
            file: file.to_string(),
            line,
            problem: problem.into(),
        }
    }
}

impl fmt::Display for ResultsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.problem),
            None => write!(f, "{}: {}", self.file, self.problem),
        }
    }
}

impl std::error::Error for ResultsError {}
