//! Test machinery shared by the workspace's tests, kept out of the teaching
//! crates. It only reads data and reports: the tests pass in the code under
//! test, so this crate depends on none of ours.
//!
//! - [`corpus`]: NumPy print corpora, arrays with the text NumPy printed;
//! - [`accuracy`]: correctly rounded reference values, and errors in ulps.

pub mod accuracy;
pub mod corpus;

use std::fmt;

/// A bad line in a data file. Its [`Display`](fmt::Display) is one line:
/// `FILE:LINE: what is wrong`.
///
/// ```
/// let error = test_support::accuracy::Reference::parse("ref.tsv", "y\n").unwrap_err();
/// assert_eq!((error.file.as_str(), error.line), ("ref.tsv", 1));
/// assert_eq!(error.to_string(), r#"ref.tsv:1: expected a header starting with x, found "y""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file, as the test named it.
    pub file: String,
    /// The line, counting from 1.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl DataError {
    fn new(file: &str, line: usize, message: String) -> Self {
        let file = file.to_owned();
        Self {
            file,
            line,
            message,
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DataError {}
