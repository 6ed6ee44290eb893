//! The element types NumPy prints here: float64, int64 and bool, and how
//! each turns the shown values of one array into equal-width words.

use crate::float;

mod sealed {
    /// Keeps [`Element`](super::Element) to the three types the spec covers.
    pub trait Sealed {}
    impl Sealed for f64 {}
    impl Sealed for i64 {}
    impl Sealed for bool {}
}

/// An element type that NumPy prints: `f64` (NumPy's `float64`), `i64`
/// (`int64`) or `bool` (`bool`).
///
/// Each type knows how to write the shown values of one array as *words*:
/// texts of one common width, so that the columns line up. The layout then
/// only has to place the words. This trait is sealed: the rules are NumPy's
/// for exactly these three types.
///
/// ```
/// use numpy_print::Element;
///
/// assert_eq!(f64::DTYPE, "float64");
/// assert_eq!(f64::format_words(&[1.0, 0.5]), ["1. ", "0.5"]);
/// assert_eq!(i64::format_words(&[-5, 100]), [" -5", "100"]);
/// assert_eq!(bool::format_words(&[true, false]), [" True", "False"]);
/// ```
pub trait Element: Copy + sealed::Sealed {
    /// NumPy's name for the type, as `repr` prints it in `dtype=...`.
    ///
    /// ```
    /// use numpy_print::Element;
    ///
    /// assert_eq!(i64::DTYPE, "int64");
    /// assert_eq!(bool::DTYPE, "bool");
    /// ```
    const DTYPE: &'static str;

    /// The words of the elements of an array that are shown, in order.
    ///
    /// All words have the same width, and the widths (and, for floats, the
    /// notation and precision) depend on all the shown values together,
    /// which is why this takes the whole slice (spec 2, 3 and 4).
    ///
    /// ```
    /// use numpy_print::Element;
    ///
    /// // A ratio above 1000 between magnitudes switches floats to scientific.
    /// assert_eq!(f64::format_words(&[0.1, 123.456]), ["1.00000e-01", "1.23456e+02"]);
    /// assert_eq!(f64::format_words(&[1.0, f64::NAN]), [" 1.", "nan"]);
    /// ```
    fn format_words(shown: &[Self]) -> Vec<String>;

    /// The text of the value as a 0-d array's `str()` prints it: for floats
    /// Python's `repr(float)`, with all the digits it needs (spec 5).
    ///
    /// ```
    /// use numpy_print::Element;
    ///
    /// assert_eq!((0.1 + 0.2).scalar_str(), "0.30000000000000004");
    /// assert_eq!(1e16.scalar_str(), "1e+16");
    /// assert_eq!(true.scalar_str(), "True");
    /// ```
    fn scalar_str(self) -> String;

    /// The text of the value inside a 0-d array's `repr()`, `array(...)`:
    /// formatted as an element of an array, so floats are capped at 8
    /// decimals (`array(0.33333333)`) and `1.0` prints `1.`.
    ///
    /// ```
    /// use numpy_print::Element;
    ///
    /// assert_eq!((1.0 / 3.0).scalar_repr(), "0.33333333");
    /// assert_eq!(1.0.scalar_repr(), "1.");
    /// assert_eq!(true.scalar_repr(), "True");
    /// ```
    fn scalar_repr(self) -> String {
        Self::format_words(&[self]).concat()
    }
}

impl Element for f64 {
    const DTYPE: &'static str = "float64";

    fn format_words(shown: &[Self]) -> Vec<String> {
        float::format_words(shown)
    }

    fn scalar_str(self) -> String {
        float::scalar_text(self)
    }
}

impl Element for i64 {
    const DTYPE: &'static str = "int64";

    /// Plain decimal text, right-aligned to the widest shown value (spec 3).
    fn format_words(shown: &[Self]) -> Vec<String> {
        let texts: Vec<String> = shown.iter().map(i64::to_string).collect();
        // Width from the text, never from digit counting on abs(), which
        // overflows for i64::MIN (spec 7.4).
        let width = texts.iter().map(String::len).max().unwrap_or(0);
        texts.iter().map(|text| format!("{text:>width$}")).collect()
    }

    fn scalar_str(self) -> String {
        self.to_string()
    }
}

impl Element for bool {
    const DTYPE: &'static str = "bool";

    /// `" True"` and `"False"`: both five characters wide (spec 2).
    fn format_words(shown: &[Self]) -> Vec<String> {
        shown
            .iter()
            .map(|&b| if b { " True" } else { "False" }.to_owned())
            .collect()
    }

    fn scalar_str(self) -> String {
        if self { "True" } else { "False" }.to_owned()
    }

    /// A 0-d bool has no padding: `array(True)`.
    fn scalar_repr(self) -> String {
        self.scalar_str()
    }
}
