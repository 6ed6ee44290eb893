//! # Exercise 8: ReLU that keeps NaN and -0.0
//!
//! Chapter 4, [ReLU](../../../book/src/ch04-relu.md).
//!
//! NumPy's ReLU, `np.maximum(0, x)`, gives 0 for negative numbers and
//! passes everything else through unchanged, including the two values that
//! are easy to get wrong:
//!
//! - `NaN` stays `NaN`. A NaN means something went wrong upstream, and
//!   turning it into 0 would hide it. Rust's `f64::max(0.0, x)` does exactly
//!   that: `0.0_f64.max(f64::NAN)` is `0.0`.
//! - `-0.0` stays `-0.0`. It equals `0.0` (`-0.0 == 0.0` is true), so this
//!   only shows when printed (`-0.`) or in the sign bit.
//!
//! Negative numbers, `-inf` included, give `+0.0`. Write `relu` with these
//! rules; the tests compare bit patterns, so the sign of zero counts.
//!
//! Check your work with `cargo run -p exercises`, which shows your progress
//! and this exercise's hint (`cargo run -p exercises -- hint 8`), or run
//! only its tests with `cargo test -p exercises --test 08_relu_nan`.

/// ReLU with NumPy's semantics: `+0.0` for negative numbers and `-inf`,
/// everything else (NaN, `-0.0`, `+0.0`, positives, `inf`) unchanged.
pub fn relu(x: f64) -> f64 {
    // TODO: 0.0 for negative x, x itself otherwise.
    todo!()
}
