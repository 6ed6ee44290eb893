//! Tests of `test-support`: how its readers report bad data, and how its
//! checks count. One binary, one module per reader.

// Helpers in test code may unwrap: a panic there is a failed test with a message.
#![allow(clippy::unwrap_used)]

mod accuracy;
mod corpus;
