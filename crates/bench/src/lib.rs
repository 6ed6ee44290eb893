//! Every form of the code that the benchmarks time, as a [`Case`] named
//! `TARGET/FORM`: `crates/bench/compare-numpy` checks and times them against
//! the tutorial's NumPy code, `cargo bench -p bench` times them with divan.

use forward::Network;
use forward::static_network::StaticNetwork;
use forward::tutorial;
use nalgebra::{DMatrix, DVector, Vector2};
use std::hint::black_box;
use std::time::Instant;

/// The sizes of the activations' inputs (and [`BATCHES`], of the batches of
/// samples), as case names spell them.
///
/// ```
/// assert_eq!((bench::SIZES[2], bench::BATCHES[1].1), (("1e7", 10_000_000), 1_000_000));
/// ```
pub const SIZES: [(&str, usize); 3] = [("1e3", 1_000), ("1e6", 1_000_000), ("1e7", 10_000_000)];
/// The numbers of samples of the batch forward pass; see [`SIZES`].
pub const BATCHES: [(&str, usize); 2] = [("1e3", 1_000), ("1e6", 1_000_000)];

/// The inputs every case reads, and the tutorial's network.
///
/// ```
/// let inputs = bench::Inputs::new(vec![("1e1".into(), vec![1.0; 10])], vec![]);
/// assert_eq!(inputs.activations[0].1.len(), 10);
/// ```
pub struct Inputs {
    /// One vector per size, with its name (`"1e3"`).
    pub activations: Vec<(String, DVector<f64>)>,
    /// One `samples × 2` matrix per batch size, with its name.
    pub batches: Vec<(String, DMatrix<f64>)>,
    network: Network,
    static_network: StaticNetwork<2, 3, 2, 2>,
    fast_network: fast::FastNetwork<2, 3, 2, 2>,
}

impl Inputs {
    /// The given vectors, and batches given row by row (as NumPy stores
    /// them). See [`Inputs`] for an example.
    pub fn new(activations: Vec<(String, Vec<f64>)>, batches: Vec<(String, Vec<f64>)>) -> Self {
        let vector = |(name, x): (String, Vec<f64>)| (name, x.into());
        let rows =
            |(name, y): (String, Vec<f64>)| (name, DMatrix::from_row_slice(y.len() / 2, 2, &y));
        Self {
            activations: activations.into_iter().map(vector).collect(),
            batches: batches.into_iter().map(rows).collect(),
            network: tutorial::network(),
            static_network: tutorial::static_network(),
            fast_network: fast::FastNetwork::new(&tutorial::static_network()),
        }
    }

    /// Inputs for `sizes` and `batches`: element `i` is `20 · frac(i · φ) − 10`
    /// (`φ` the golden ratio), whose signs mix like random ones, every run.
    ///
    /// ```
    /// let inputs = bench::Inputs::generated(&[("1e3", 1000)], &[("1e1", 10)]);
    /// let x = &inputs.activations[0].1;
    /// assert!(x.iter().all(|v| (-10.0..10.0).contains(v)));
    /// assert!((490..=510).contains(&x.iter().filter(|v| **v < 0.0).count()));
    /// ```
    pub fn generated(sizes: &[(&str, usize)], batches: &[(&str, usize)]) -> Self {
        let golden_ratio = (1.0 + 5.0_f64.sqrt()) / 2.0;
        let spread = |i: usize| 20.0 * (i as f64 * golden_ratio).fract() - 10.0;
        let named = |list: &[(&str, usize)], per: usize| {
            let numbers =
                |&(name, len): &(&str, usize)| (name.into(), (0..per * len).map(spread).collect());
            list.iter().map(numbers).collect()
        };
        Self::new(named(sizes, 1), named(batches, 2))
    }
}

/// What a case is asked: fill its buffer (untimed), call once, time a
/// number of calls, or give a result.
enum Ask {
    Fill,
    Call,
    Time(u32),
    Result,
}

/// What a case answers: seconds for [`Ask::Time`], bytes for [`Ask::Result`].
enum Answer {
    Done,
    Seconds(f64),
    Bytes(Vec<u8>),
}

/// One form of the code on one input, with the buffers it owns.
///
/// ```
/// let inputs = bench::Inputs::generated(&[("1e1", 10)], &[]);
/// let mut cases = bench::cases(&inputs);
/// let case = cases.iter_mut().find(|case| case.name == "relu_1e1/fast_in_place").unwrap();
/// assert!(case.time(3) > 0.0);
/// assert_eq!(case.output().len(), 10 * 8); // ten f64
/// ```
pub struct Case<'a> {
    /// `TARGET/FORM`, such as `sigmoid_1e7/fast_in_place`.
    pub name: String,
    serve: Box<dyn FnMut(Ask) -> Answer + 'a>,
}

impl Case<'_> {
    /// Seconds per call over `calls` calls (at least one) after [`Case::fill`];
    /// in-place calls then run on their own output, the same work here.
    ///
    /// The loop runs inside the case, around the code itself: a call
    /// through the case's boxed closure, as [`Case::call`] makes, costs a
    /// few nanoseconds, which is not the code's time. `black_box` keeps the
    /// compiler from computing a call once for the whole loop.
    pub fn time(&mut self, calls: u32) -> f64 {
        let calls = calls.max(1);
        self.fill();
        match (self.serve)(Ask::Time(calls)) {
            Answer::Seconds(seconds) => seconds / f64::from(calls),
            Answer::Done | Answer::Bytes(_) => f64::NAN,
        }
    }

    /// Fills the case's buffer with its inputs; see [`Case`].
    pub fn fill(&mut self) {
        (self.serve)(Ask::Fill);
    }

    /// One call of the code; see [`Case`]. An allocating form drops its
    /// result right away, as NumPy frees a result nobody keeps.
    pub fn call(&mut self) {
        (self.serve)(Ask::Call);
    }

    /// One call on fresh inputs, and its result's bytes (`f64` or `i64`, in
    /// the machine's order) for checking against NumPy; see [`Case`].
    pub fn output(&mut self) -> Vec<u8> {
        self.fill();
        self.call();
        match (self.serve)(Ask::Result) {
            Answer::Bytes(bytes) => bytes,
            Answer::Done | Answer::Seconds(_) => Vec::new(),
        }
    }
}

/// Seconds taken by `calls` calls of `call`.
#[inline(always)]
fn timed(calls: u32, mut call: impl FnMut()) -> Answer {
    let start = Instant::now();
    for _ in 0..calls {
        call();
    }
    Answer::Seconds(start.elapsed().as_secs_f64())
}

/// A case that returns a new result from each call, dropped in the timing.
fn allocating<'a, T: 'a>(
    name: String,
    mut run: impl FnMut() -> T + 'a,
    output: fn(T) -> Vec<u8>,
) -> Case<'a> {
    let serve = move |ask| match ask {
        Ask::Fill => Answer::Done,
        Ask::Call => {
            black_box(run());
            Answer::Done
        }
        // `run` behind black_box: its captured inputs might have changed.
        Ask::Time(calls) => timed(calls, || {
            black_box(black_box(&mut run)());
        }),
        Ask::Result => Answer::Bytes(output(run())),
    };
    let serve = Box::new(serve);
    Case { name, serve }
}

/// A case that works in a buffer, made on first use (listing cases costs no
/// memory); `fill` puts the inputs into it.
fn in_buffer<'a, B: 'a>(
    name: String,
    make: impl Fn() -> B + 'a,
    fill: impl Fn(&mut B) + 'a,
    mut run: impl FnMut(&mut B) + 'a,
    output: fn(&B) -> Vec<u8>,
) -> Case<'a> {
    let mut buffer = None;
    let serve = move |ask| {
        let buffer = buffer.get_or_insert_with(&make);
        match ask {
            Ask::Fill => fill(buffer),
            Ask::Call => run(black_box(buffer)),
            Ask::Time(calls) => return timed(calls, || run(black_box(&mut *buffer))),
            Ask::Result => return Answer::Bytes(output(buffer)),
        }
        Answer::Done
    };
    let serve = Box::new(serve);
    Case { name, serve }
}

/// A result's bytes, as the Python side reads them.
fn bytes<T: bytemuck::Pod>(y: &[T]) -> Vec<u8> {
    bytemuck::cast_slice(y).to_vec()
}

/// A case that overwrites a copy of `x` with floats.
fn in_place<'a>(
    name: String,
    x: &'a DVector<f64>,
    run: impl FnMut(&mut DVector<f64>) + 'a,
) -> Case<'a> {
    let fill = |y: &mut DVector<f64>| y.copy_from_slice(x.as_slice());
    in_buffer(name, || x.clone(), fill, run, |y| bytes(y.as_slice()))
}

/// The four forms of an activation from floats to floats. `simple` is a
/// function item, not a pointer, so the simple forms inline it as the book's
/// `u.map(sigmoid)` does.
#[rustfmt::skip]
fn float_forms<'a>(
    name: impl Fn(&str) -> String, x: &'a DVector<f64>, simple: impl Fn(f64) -> f64 + Copy + 'a,
    fast: fn(&[f64]) -> Vec<f64>, fast_in_place: fn(&mut [f64]),
) -> [Case<'a>; 4] {
    let xs = x.as_slice();
    [
        allocating(name("simple"), move || x.map(simple), |y| bytes(y.as_slice())),
        in_place(name("simple_in_place"), x, move |y| y.apply(|v| *v = simple(*v))),
        allocating(name("fast"), move || fast(xs), |y| bytes(&y)),
        in_place(name("fast_in_place"), x, move |y| fast_in_place(y.as_mut_slice())),
    ]
}

/// Every case: `compare-numpy` asks for those in its table, divan times all.
///
/// See [`Case`] for an example.
#[rustfmt::skip] // A table: one case per line.
pub fn cases(inputs: &Inputs) -> Vec<Case<'_>> {
    let mut cases = Vec::new();
    for (size, x) in &inputs.activations {
        let name = |target: &str, form: &str| format!("{target}_{size}/{form}");
        let xs = x.as_slice();
        // The buffer comes back as integers; the next call reads their bits
        // as floats (0 or a subnormal): the same work for this branch-free loop.
        let reusing = |y: &mut DVector<f64>| {
            let reused = fast::step_int_reusing(std::mem::replace(y, DVector::zeros(0)).data.into());
            *y = DVector::from_vec(bytemuck::allocation::cast_vec(reused));
        };
        cases.extend([
            allocating(name("step", "simple"), || x.map(activations::step_int), |y| bytes(y.as_slice())),
            in_place(name("step", "simple_in_place"), x, |y| y.apply(|v| *v = activations::step(*v))),
            allocating(name("step", "fast"), || fast::step_int(xs), |y| bytes(&y)),
            in_buffer(name("step", "fast_into"), Vec::new, |_| (), |y| fast::step_int_into(xs, y), |y| bytes(y)),
            in_buffer(name("step", "fast_reusing"), || x.clone(), |y| y.copy_from_slice(xs), reusing, |y| bytes(y.as_slice())),
            in_place(name("step", "fast_in_place"), x, |y| fast::step_in_place(y.as_mut_slice())),
        ]);
        cases.extend(float_forms(|form| name("sigmoid", form), x, activations::sigmoid, fast::sigmoid, fast::sigmoid_in_place));
        cases.extend(float_forms(|form| name("relu", form), x, activations::relu, fast::relu, fast::relu_in_place));
        // The memory bandwidth reference: copying as many bytes.
        cases.push(in_place(name("memcpy", "copy"), x, |y| y.as_mut_slice().copy_from_slice(xs)));
    }
    let (network, static_network, fast_network) = (&inputs.network, &inputs.static_network, &inputs.fast_network);
    let (x, x2) = (tutorial::input(), Vector2::from_column_slice(&tutorial::X));
    cases.extend([
        allocating("forward_one/dynamic".into(), move || network.forward(&x), |y| {
            y.map_or(vec![], |y| bytes(y.output().as_slice()))
        }),
        allocating("forward_one/static".into(), move || static_network.forward(&x2), |y| bytes(y.y.as_slice())),
        allocating("forward_one/fast".into(), move || fast_network.forward(&x2.into()), |y| bytes(&y)),
    ]);
    for (size, samples) in &inputs.batches {
        let name = |form: &str| format!("forward_batch_{size}/{form}");
        // NumPy's row-major order: one sample's outputs after another.
        let rows = |y: Result<DMatrix<f64>, _>| y.map_or(vec![], |y| bytes(y.transpose().as_slice()));
        // As many bytes as the batch's inputs and outputs (2 f64 per sample).
        let copy = |y: &mut Vec<f64>| y.copy_from_slice(samples.as_slice());
        let zeros = || vec![0.0; samples.len()];
        // The outputs kept between calls: after the first, nothing is allocated.
        let into = |y: &mut DMatrix<f64>| {
            if fast::forward_batch_into(network, samples, y).is_err() {
                *y = DMatrix::zeros(0, 0);
            }
        };
        let kept = |y: &DMatrix<f64>| bytes(y.transpose().as_slice());
        cases.extend([
            allocating(name("simple"), || network.forward_batch(samples), rows),
            allocating(name("fast"), || fast::forward_batch(network, samples), rows),
            in_buffer(name("fast_into"), || DMatrix::zeros(0, 0), |_| (), into, kept),
            in_buffer(format!("memcpy_batch_{size}/copy"), zeros, |_| (), copy, |y| bytes(y)),
        ]);
    }
    cases.extend(arithmetic());
    cases
}

/// How many numbers each arithmetic case works on: one cache-sized block.
const ARITHMETIC_LEN: usize = fast::BLOCK_LEN;

/// The forward pass's arithmetic on its own, `arithmetic/OPERATION_COUNT`:
/// each call does COUNT of the operation, on numbers in the fastest cache,
/// for compare-numpy's estimate of the machine's limit. In-place calls
/// repeat on their own output, which stays where the operation is as fast.
#[rustfmt::skip]
fn arithmetic<'a>() -> [Case<'a>; 3] {
    let spread = |i: usize, low: f64, high: f64| low + (high - low) * (i as f64 * 0.618_033_988_749_894_9).fract();
    // The sigmoid's exponents, -|x|: between -20 and 0 (results far from subnormal).
    let exponents: Vec<f64> = (0..ARITHMETIC_LEN).map(|i| spread(i, -20.0, 0.0)).collect();
    // The sigmoid's divisions: 1 + e^-|x| and its like, between 1 and 2.
    let numerators: Vec<f64> = (0..ARITHMETIC_LEN).map(|i| spread(i, 1.0, 2.0)).collect();
    let divisors = numerators.clone();
    let exponentials = move |y: &mut Vec<f64>| y.copy_from_slice(&exponents);
    let reset = move |y: &mut Vec<f64>| y.copy_from_slice(&divisors);
    let zeros = || vec![0.0; ARITHMETIC_LEN];
    let multiply_adds = ARITHMETIC_LEN * fast::arithmetic::MULTIPLY_ADDS_PER_ELEMENT;
    [
        in_buffer(format!("arithmetic/exp_{ARITHMETIC_LEN}"), zeros, exponentials, |y| { fast::arithmetic::exponentials(y); }, |y| bytes(y)),
        in_buffer(format!("arithmetic/divide_{ARITHMETIC_LEN}"), zeros, reset, move |y| { fast::arithmetic::divisions(y, &numerators); }, |y| bytes(y)),
        in_buffer(format!("arithmetic/multiply_add_{multiply_adds}"), zeros, |y| y.fill(1.0), |y| { fast::arithmetic::multiply_adds(y, 0.5, 1.0); }, |y| bytes(y)),
    ]
}
