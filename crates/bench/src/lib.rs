//! Support code for the benchmarks: the inputs they share.
//!
//! - `cargo bench -p bench` times the simple and the fast activations side by
//!   side (`benches/activations.rs`) and the tutorial's forward pass
//!   (`benches/forward.rs`).
//! - `crates/bench/compare-numpy` times the tutorial's NumPy code and the
//!   Rust equivalents (the `compare` binary) on the same data, in the same
//!   run, and prints the speedups.

/// The sizes the activations are timed at: 10^3, 10^6 and 10^7 numbers.
///
/// ```
/// assert_eq!(bench::SIZES.last(), Some(&10_000_000));
/// ```
pub const SIZES: [usize; 3] = [1_000, 1_000_000, 10_000_000];

/// `len` numbers spread evenly over `[-10, 10)` in a scrambled order.
///
/// Element `i` is `20 · frac(i · φ) - 10` with `φ` the golden ratio: the
/// signs mix like random ones, so a branch predictor cannot learn them, and
/// the same inputs come back on every run and every machine.
///
/// ```
/// let x = bench::inputs(1000);
/// assert_eq!(x.len(), 1000);
/// assert!(x.iter().all(|v| (-10.0..10.0).contains(v)));
/// let negatives = x.iter().filter(|v| **v < 0.0).count();
/// assert!((490..=510).contains(&negatives));
/// ```
pub fn inputs(len: usize) -> Vec<f64> {
    let golden_ratio = (1.0 + 5.0_f64.sqrt()) / 2.0;
    (0..len)
        .map(|i| 20.0 * (i as f64 * golden_ratio).fract() - 10.0)
        .collect()
}

/// `samples` inputs for the tutorial's network, one per row: a
/// `samples × 2` matrix of [`inputs`].
///
/// ```
/// let batch = bench::batch(5);
/// assert_eq!(batch.shape(), (5, 2));
/// ```
pub fn batch(samples: usize) -> nalgebra::DMatrix<f64> {
    nalgebra::DMatrix::from_row_slice(samples, 2, &inputs(2 * samples))
}
