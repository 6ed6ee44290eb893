//! Cross-crate checks for nnbook. The tests live in `it/`; this library is
//! where the book's chapters will be compiled as doctests.
