//! The tutorial's 3-layer network (2 -> 3 -> 2 -> 2): one sample through the
//! dynamic-shape `Network` and the static-shape `StaticNetwork`, and batches
//! of 10^3 and 10^6 samples through `Network::forward_batch` and
//! `fast::forward_batch`.
//!
//! `cargo bench -p bench --bench forward`.

use bench::batch;
use divan::{Bencher, black_box};
use forward::tutorial;

fn main() {
    divan::main();
}

/// One sample, with every intermediate kept (the `Trace`), as the tutorial
/// prints it. The shapes are checked at run time.
#[divan::bench]
fn one_sample_dynamic(bencher: Bencher) {
    let network = tutorial::network();
    let x = tutorial::input();
    bencher.bench_local(|| network.forward(black_box(&x)));
}

/// One sample through the network whose sizes are in its type: no shape
/// checks and no allocation.
#[divan::bench]
fn one_sample_static(bencher: Bencher) {
    let network = tutorial::static_network();
    let x = nalgebra::Vector2::from_column_slice(&tutorial::X);
    bencher.bench_local(|| network.forward(black_box(&x)));
}

/// Many samples at once, one per row: NumPy's `X @ W.T + b` for each layer.
#[divan::bench(args = [1_000, 1_000_000], max_time = 3)]
fn batch_simple(bencher: Bencher, samples: usize) {
    let network = tutorial::network();
    let inputs = batch(samples);
    bencher.bench_local(|| network.forward_batch(black_box(&inputs)));
}

/// The same batches through `fast::forward_batch`: blocks of samples
/// that stay in the cache, and the fast activations.
#[divan::bench(args = [1_000, 1_000_000], max_time = 3)]
fn batch_fast(bencher: Bencher, samples: usize) {
    let network = tutorial::network();
    let inputs = batch(samples);
    bencher.bench_local(|| fast::forward_batch(&network, black_box(&inputs)));
}
