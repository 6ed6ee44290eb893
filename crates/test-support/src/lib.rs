//! Test machinery shared by the workspace's tests, kept out of the teaching
//! crates. It only reads data and reports: the tests pass in the code under
//! test, so this crate depends on none of ours. A bad line in a data file is
//! an error message `FILE:LINE: what is wrong`, for the test to panic with.
//!
//! - [`corpus`]: NumPy print corpora, arrays with the text NumPy printed;
//! - [`accuracy`]: correctly rounded reference values, and errors in ulps.

pub mod accuracy;
pub mod corpus;
