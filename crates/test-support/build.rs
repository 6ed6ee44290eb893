//! Nothing to build: this script exists so that cargo builds the host
//! crates listed under `[build-dependencies]` with the features the rest of
//! the workspace gives them (see Cargo.toml).

fn main() {}
