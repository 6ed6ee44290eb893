//! Step, sigmoid and ReLU over 10^3, 10^6 and 10^7 numbers: the simple forms
//! (one scalar call per element of a nalgebra vector) beside the fast paths
//! of the `fast` crate, in place and allocating.
//!
//! `cargo bench -p bench --bench activations` prints one table; the
//! throughput column counts the bytes read and written (16 per element).
//! Compare two rows of the same run, never numbers from different runs.

use bench::{SIZES, inputs};
use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use nalgebra::DVector;

fn main() {
    divan::main();
}

/// Bytes read and written by one pass over `len` numbers.
fn bytes(len: usize) -> BytesCount {
    BytesCount::new(16 * len)
}

/// Writes a group of four benchmarks for one activation: the simple form and
/// the fast path, each allocating and in place. In-place runs get a fresh
/// copy of the inputs each time (not timed), so every run sees the same mix
/// of signs.
macro_rules! four_forms {
    ($name:ident, $simple_each:path, $simple_in_place:path, $fast:path, $fast_in_place:path) => {
        #[divan::bench_group(max_time = 2)]
        mod $name {
            use super::*;

            #[divan::bench(args = SIZES)]
            fn simple(bencher: Bencher, len: usize) {
                let x = DVector::from_vec(inputs(len));
                bencher
                    .counter(bytes(len))
                    .bench_local(|| $simple_each(black_box(&x)));
            }

            #[divan::bench(args = SIZES)]
            fn simple_in_place(bencher: Bencher, len: usize) {
                let x = DVector::from_vec(inputs(len));
                bencher
                    .counter(bytes(len))
                    .with_inputs(|| x.clone())
                    .bench_local_refs(|values| $simple_in_place(values));
            }

            #[divan::bench(args = SIZES)]
            fn fast(bencher: Bencher, len: usize) {
                let x = inputs(len);
                bencher
                    .counter(bytes(len))
                    .bench_local(|| $fast(black_box(&x)));
            }

            #[divan::bench(args = SIZES)]
            fn fast_in_place(bencher: Bencher, len: usize) {
                let x = inputs(len);
                bencher
                    .counter(bytes(len))
                    .with_inputs(|| x.clone())
                    .bench_local_refs(|values| $fast_in_place(values));
            }
        }
    };
}

four_forms!(
    sigmoid,
    activations::sigmoid_each,
    activations::sigmoid_in_place,
    fast::sigmoid,
    fast::sigmoid_in_place
);
four_forms!(
    relu,
    activations::relu_each,
    activations::relu_in_place,
    fast::relu,
    fast::relu_in_place
);
// Allocating step is the tutorial's integer form, `(x > 0).astype(int)`;
// in place it can only write floats (0.0 and 1.0).
four_forms!(
    step,
    activations::step_int_each,
    activations::step_in_place,
    fast::step_int,
    fast::step_in_place
);

/// The tutorial's integer step into a vector that is reused, so nothing is
/// allocated: the integer counterpart of an in-place run.
#[divan::bench(args = SIZES, max_time = 2)]
fn step_int_into_reused_vector(bencher: Bencher, len: usize) {
    let x = inputs(len);
    let mut output = Vec::with_capacity(len);
    bencher
        .counter(bytes(len))
        .bench_local(|| fast::step_int_into(black_box(&x), &mut output));
}

/// The tutorial's integer step written over its own input's buffer (the
/// input is consumed). divan makes a fresh input for every call, outside the
/// timing; one call per sample keeps that to one copy in memory at a time.
#[divan::bench(args = SIZES, max_time = 2, sample_size = 1)]
fn step_int_reusing_the_input(bencher: Bencher, len: usize) {
    let x = inputs(len);
    bencher
        .counter(bytes(len))
        .with_inputs(|| x.clone())
        .bench_local_values(fast::step_int_reusing);
}

/// Copying the same bytes: the memory bandwidth that bounds the big sizes.
#[divan::bench(args = SIZES, max_time = 2)]
fn memory_copy(bencher: Bencher, len: usize) {
    let x = inputs(len);
    let mut output = vec![0.0; len];
    bencher
        .counter(bytes(len))
        .bench_local(|| output.copy_from_slice(black_box(&x)));
}
