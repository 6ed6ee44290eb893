//! Cross-crate checks: run with `cargo test -p nnbook-tests`.
