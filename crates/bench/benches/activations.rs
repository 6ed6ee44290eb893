//! Every case of the `bench` library (the forms `compare-numpy` times against
//! NumPy) timed by divan, on generated inputs. Filter by group:
//! `cargo bench -p bench --bench activations -- relu`. Compare two rows of
//! the same run, never numbers from different runs.

use bench::{BATCHES, Inputs, SIZES};
use divan::Bencher;
use std::sync::LazyLock;

static INPUTS: LazyLock<Inputs> = LazyLock::new(|| Inputs::generated(&SIZES, &BATCHES));

fn main() {
    divan::main();
}

/// The names of the cases whose name starts with `prefix`.
fn named(prefix: &str) -> Vec<String> {
    let names = bench::cases(&INPUTS).into_iter().map(|case| case.name);
    names.filter(|name| name.starts_with(prefix)).collect()
}

/// Times the case `name`, its buffer filled once (not timed).
fn run(bencher: Bencher, name: &str) {
    let mut cases = bench::cases(&INPUTS);
    let case = cases.iter_mut().find(|case| case.name == name);
    let case = case.unwrap_or_else(|| panic!("no case {name}"));
    case.fill();
    bencher.bench_local(|| case.call());
}

/// One divan benchmark per group of cases.
macro_rules! groups {
    ($($group:ident: $prefix:literal),*) => {$(
        #[divan::bench(args = named($prefix), max_time = 2)]
        fn $group(bencher: Bencher, name: &str) {
            run(bencher, name);
        }
    )*};
}

groups!(
    step: "step_", sigmoid: "sigmoid_", relu: "relu_", memory_copy: "memcpy_", forward: "forward_",
    arithmetic: "arithmetic/"
);
