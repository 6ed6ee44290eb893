//! All of the figures crate's integration tests, in one test binary.

mod clipping;
mod committed;
mod describing;
mod drawings;
mod languages;
mod speedups;
mod svg;
