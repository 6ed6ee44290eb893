//! Reading the results that `crates/bench/compare-numpy --save` writes.

use serde::Deserialize;
use std::path::Path;

/// One run of `crates/bench/compare-numpy`, as its JSON file holds it (the
/// fields not needed here are not read).
///
/// ```
/// let run = figures::Results::parse(r#"{"numpy": "2.4.6", "rounds": 9, "targets": [
///   {"name": "relu_1e7", "headline": "fast_in_place", "goal": 2, "forms": [
///     {"side": "numpy", "form": "tutorial", "seconds": 0.5},
///     {"side": "rust", "form": "fast_in_place", "seconds": 0.125}]}]}"#, "run.json")?;
/// let relu = run.target("relu_1e7").unwrap();
/// assert_eq!((relu.speed("fast_in_place"), relu.seconds("rust", "simple")), (Some(4.0), None));
/// # Ok::<(), String>(())
/// ```
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Results {
    /// The NumPy version measured.
    pub numpy: String,
    /// How many samples of each form were taken; the fastest is kept.
    pub rounds: u32,
    /// The targets, in the order measured.
    pub targets: Vec<Target>,
}

/// One target of a run: the same work done by several forms of code.
///
/// See [`Results`] for an example.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Target {
    /// Such as `sigmoid_1e7`.
    pub name: String,
    /// The Rust form whose speedup is the target's headline.
    pub headline: String,
    /// The speedup the headline form should reach, if the target has one.
    pub goal: Option<f64>,
    /// Each form's side (`numpy` or `rust`), name, and fastest time per
    /// call in seconds; NumPy's `tutorial` form is the reference.
    pub forms: Vec<Form>,
}

/// One form of the code and its fastest time per call; see [`Target`].
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[allow(missing_docs)] // Described on Target::forms.
pub struct Form {
    pub side: String,
    pub form: String,
    pub seconds: f64,
}

impl Target {
    /// The seconds per call of the form of `side`, if the target has it.
    /// See [`Results`] for an example.
    pub fn seconds(&self, side: &str, form: &str) -> Option<f64> {
        let found = self.forms.iter().find(|f| f.side == side && f.form == form);
        found.map(|f| f.seconds)
    }

    /// How many times as fast as the tutorial's NumPy code the Rust `form`
    /// ran. See [`Results`] for an example.
    pub fn speed(&self, form: &str) -> Option<f64> {
        Some(self.seconds("numpy", "tutorial")? / self.seconds("rust", form)?)
    }
}

impl Results {
    /// Reads the file at `path`; see [`Results::parse`].
    ///
    /// # Errors
    ///
    /// `"FILE: PROBLEM"` when the file cannot be read or parsed.
    ///
    /// ```
    /// let error = figures::Results::read(std::path::Path::new("no/such.json")).unwrap_err();
    /// assert!(error.starts_with("no/such.json: cannot read it: "));
    /// ```
    pub fn read(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path);
        let text = text.map_err(|e| format!("{}: cannot read it: {e}", path.display()))?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses the JSON text of a run; `file` names it in error messages.
    ///
    /// # Errors
    ///
    /// `"FILE: PROBLEM"` when the text is not such JSON, or has no target,
    /// a target or a form twice, a time that is not a positive number, or a
    /// target without the NumPy tutorial's form or its headline form.
    ///
    /// ```
    /// let error = figures::Results::parse(r#"{"numpy": "2", "rounds": 1, "targets": []}"#, "a.json");
    /// assert_eq!(error.unwrap_err(), "a.json: no targets");
    /// ```
    pub fn parse(text: &str, file: &str) -> Result<Self, String> {
        let run: Self = serde_json::from_str(text).map_err(|e| format!("{file}: {e}"))?;
        let problem = run.problem();
        problem.map_or(Ok(run), |problem| Err(format!("{file}: {problem}")))
    }

    fn problem(&self) -> Option<String> {
        if self.targets.is_empty() {
            return Some("no targets".into());
        }
        for (index, target) in self.targets.iter().enumerate() {
            let name = &target.name;
            if self.targets[..index]
                .iter()
                .any(|earlier| earlier.name == *name)
            {
                return Some(format!("target {name} twice"));
            }
            if let Some(form) = target
                .forms
                .iter()
                .find(|f| !(f.seconds.is_finite() && f.seconds > 0.0))
            {
                return Some(format!(
                    "{name} {} {}: {} seconds",
                    form.side, form.form, form.seconds
                ));
            }
            let same = |(i, f): &(usize, &Form)| {
                target.forms[..*i]
                    .iter()
                    .any(|e| (&e.side, &e.form) == (&f.side, &f.form))
            };
            if let Some((_, form)) = target.forms.iter().enumerate().find(same) {
                return Some(format!("{name}: {} {} twice", form.side, form.form));
            }
            for (side, form) in [("numpy", "tutorial"), ("rust", target.headline.as_str())] {
                if target.seconds(side, form).is_none() {
                    return Some(format!("{name} has no {side} form {form:?}"));
                }
            }
        }
        None
    }

    /// The target named `name`, if the run has it. See [`Results`].
    pub fn target(&self, name: &str) -> Option<&Target> {
        self.targets.iter().find(|target| target.name == name)
    }
}
