//! The Rust side of `crates/bench/compare-numpy`.
//!
//! It loads the inputs that the Python side wrote (raw little-endian `f64`
//! files in one folder), then answers commands on standard input, one per
//! line, so that the two sides can take turns on the same core:
//!
//! - `cases`: prints the names of all cases on one line.
//! - `time CASE CALLS`: runs the case `CALLS` times and prints the seconds
//!   per call.
//! - `write CASE PATH`: runs the case once and writes its result to `PATH`
//!   (raw little-endian `f64` or `i64`), for the Python side to check.
//! - `quit`.
//!
//! A case is named `TARGET/FORM`, such as `sigmoid_1e7/fast_in_place`. Every
//! error is one line on standard output starting with `error:`; a missing or
//! malformed input file ends the program with a message and exit code 2.

use forward::Network;
use forward::static_network::StaticNetwork;
use forward::tutorial;
use nalgebra::{DMatrix, DVector, Vector2};
use std::hint::black_box;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// The sizes, as named in file and case names.
const SIZES: [(&str, usize); 3] = [("1e3", 1_000), ("1e6", 1_000_000), ("1e7", 10_000_000)];
/// The batch sizes of the forward pass.
const BATCHES: [(&str, usize); 2] = [("1e3", 1_000), ("1e6", 1_000_000)];

/// What one run of a case produced, for `write`.
enum Output {
    Floats(Vec<f64>),
    Integers(Vec<i64>),
}

/// What the command loop asks of a case.
enum Request {
    /// Run this many calls and return the seconds per call.
    Time(u32),
    /// Run once on fresh inputs and return the result.
    Result,
}

/// A case's answer to a [`Request`].
enum Reply {
    Seconds(f64),
    Output(Output),
}

/// A named piece of work, with the buffers it owns.
struct Case<'a> {
    name: String,
    serve: Box<dyn FnMut(Request) -> Reply + 'a>,
}

/// A case that returns a new result on each call. Each result is dropped
/// right away, inside the timing, as NumPy frees a result nobody keeps.
fn allocating<'a, T: 'a>(
    name: String,
    mut run: impl FnMut() -> T + 'a,
    output: fn(T) -> Output,
) -> Case<'a> {
    let serve = move |request| match request {
        Request::Time(calls) => {
            let start = Instant::now();
            for _ in 0..calls {
                black_box(run());
            }
            Reply::Seconds(start.elapsed().as_secs_f64() / f64::from(calls))
        }
        Request::Result => Reply::Output(output(run())),
    };
    Case {
        name,
        serve: Box::new(serve),
    }
}

/// A case that overwrites `buffer`. Before each timed batch (untimed), the
/// buffer is filled with the inputs `x`; the calls of a batch then run on
/// their own output, which changes nothing for these branch-free paths.
fn in_place<'a, B: 'a>(
    name: String,
    x: &'a [f64],
    mut buffer: B,
    fill: fn(&mut B, &[f64]),
    mut run: impl FnMut(&mut B) + 'a,
    output: fn(&B) -> Output,
) -> Case<'a> {
    let serve = move |request| {
        fill(&mut buffer, x);
        match request {
            Request::Time(calls) => {
                let start = Instant::now();
                for _ in 0..calls {
                    run(black_box(&mut buffer));
                }
                Reply::Seconds(start.elapsed().as_secs_f64() / f64::from(calls))
            }
            Request::Result => {
                run(&mut buffer);
                Reply::Output(output(&buffer))
            }
        }
    };
    Case {
        name,
        serve: Box::new(serve),
    }
}

/// The inputs, as read from the folder.
struct Inputs {
    /// One vector per entry of [`SIZES`].
    activations: Vec<Vec<f64>>,
    /// The same as nalgebra vectors, for the simple forms.
    vectors: Vec<DVector<f64>>,
    /// One `samples × 2` matrix per entry of [`BATCHES`].
    batches: Vec<DMatrix<f64>>,
}

fn main() -> ExitCode {
    let Some(folder) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: compare DATA_FOLDER (written by compare_numpy.py)");
        return ExitCode::from(2);
    };
    let inputs = match read_inputs(&folder) {
        Ok(inputs) => inputs,
        Err(message) => {
            eprintln!("compare: {message}");
            return ExitCode::from(2);
        }
    };
    let network = tutorial::network();
    let static_network = tutorial::static_network();
    let mut cases = cases(&inputs, &network, &static_network);
    match serve(&mut cases) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("compare: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Reads `x_1e3.f64` ... and `batch_1e3.f64` ... from `folder`.
fn read_inputs(folder: &Path) -> Result<Inputs, String> {
    let activations: Vec<Vec<f64>> = SIZES
        .iter()
        .map(|(name, len)| read_f64s(&folder.join(format!("x_{name}.f64")), *len))
        .collect::<Result<_, _>>()?;
    let batches = BATCHES
        .iter()
        .map(|(name, samples)| {
            let values = read_f64s(&folder.join(format!("batch_{name}.f64")), 2 * samples)?;
            // The file is NumPy's row-major (C) order: one sample after another.
            Ok(DMatrix::from_row_slice(*samples, 2, &values))
        })
        .collect::<Result<_, String>>()?;
    let vectors = activations
        .iter()
        .map(|x: &Vec<f64>| DVector::from_column_slice(x))
        .collect();
    Ok(Inputs {
        activations,
        vectors,
        batches,
    })
}

/// Reads a file of `len` little-endian `f64`.
fn read_f64s(path: &Path, len: usize) -> Result<Vec<f64>, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
    if bytes.len() != 8 * len {
        return Err(format!(
            "{}: expected {} bytes ({len} f64), found {}",
            path.display(),
            8 * len,
            bytes.len()
        ));
    }
    Ok(bytes
        .chunks_exact(8)
        .map(|chunk| {
            let mut le = [0; 8];
            le.copy_from_slice(chunk);
            f64::from_le_bytes(le)
        })
        .collect())
}

/// The four forms of an activation that maps floats to floats.
struct FourForms {
    function: &'static str,
    simple: fn(&DVector<f64>) -> DVector<f64>,
    simple_in_place: fn(&mut DVector<f64>),
    fast: fn(&[f64]) -> Vec<f64>,
    fast_in_place: fn(&mut [f64]),
}

const FOUR_FORMS: [FourForms; 2] = [
    FourForms {
        function: "sigmoid",
        simple: activations::sigmoid_each,
        simple_in_place: activations::sigmoid_in_place,
        fast: fast::sigmoid,
        fast_in_place: fast::sigmoid_in_place,
    },
    FourForms {
        function: "relu",
        simple: activations::relu_each,
        simple_in_place: activations::relu_in_place,
        fast: fast::relu,
        fast_in_place: fast::relu_in_place,
    },
];

/// Every case, with its own buffers.
fn cases<'a>(
    inputs: &'a Inputs,
    network: &'a Network,
    static_network: &'a StaticNetwork<2, 3, 2, 2>,
) -> Vec<Case<'a>> {
    let vector_floats = |v: DVector<f64>| Output::Floats(v.data.into());
    let mut cases = Vec::new();
    for (((size, _), x), vector) in SIZES.iter().zip(&inputs.activations).zip(&inputs.vectors) {
        for forms in FOUR_FORMS {
            let function = forms.function;
            let (simple, fast, fast_in_place) = (forms.simple, forms.fast, forms.fast_in_place);
            cases.push(allocating(
                format!("{function}_{size}/simple"),
                move || simple(vector),
                vector_floats,
            ));
            cases.push(allocating(
                format!("{function}_{size}/fast"),
                move || fast(x),
                Output::Floats,
            ));
            cases.push(in_place(
                format!("{function}_{size}/simple_in_place"),
                x,
                vector.clone(),
                |buffer, x| buffer.copy_from_slice(x),
                forms.simple_in_place,
                |buffer| Output::Floats(buffer.as_slice().to_vec()),
            ));
            cases.push(in_place(
                format!("{function}_{size}/fast_in_place"),
                x,
                x.to_vec(),
                |buffer, x| buffer.copy_from_slice(x),
                move |buffer| fast_in_place(buffer),
                |buffer| Output::Floats(buffer.clone()),
            ));
        }
        let integers = |v: DVector<i64>| Output::Integers(v.data.into());
        cases.push(allocating(
            format!("step_{size}/simple"),
            move || activations::step_int_each(vector),
            integers,
        ));
        cases.push(allocating(
            format!("step_{size}/fast"),
            move || fast::step_int(x),
            Output::Integers,
        ));
        cases.push(in_place(
            format!("step_{size}/fast_in_place"),
            x,
            x.to_vec(),
            |buffer, x| buffer.copy_from_slice(x),
            |buffer| fast::step_in_place(buffer),
            |buffer| Output::Floats(buffer.clone()),
        ));
        cases.push(in_place(
            format!("step_{size}/fast_into"),
            x,
            Vec::with_capacity(x.len()),
            |_, _| (),
            move |reused| fast::step_int_into(x, reused),
            |reused| Output::Integers(reused.clone()),
        ));
        cases.push(in_place(
            format!("step_{size}/fast_reusing"),
            x,
            x.to_vec(),
            |buffer, x| buffer.copy_from_slice(x),
            // Each call takes the buffer and gives it back as integers; the
            // next call reads those bits as floats again (0 or a subnormal),
            // which changes nothing for this branch-free loop.
            |buffer| {
                let integers = fast::step_int_reusing(std::mem::take(buffer));
                *buffer = bytemuck::allocation::cast_vec(integers);
            },
            |buffer| Output::Integers(bytemuck::allocation::cast_vec(buffer.clone())),
        ));
        cases.push(in_place(
            format!("memcpy_{size}/copy"),
            x,
            vec![0.0; x.len()],
            |_, _| (),
            move |copy| copy.copy_from_slice(x),
            |copy| Output::Floats(copy.clone()),
        ));
    }
    let x = tutorial::input();
    cases.push(allocating(
        "forward_one/dynamic".to_owned(),
        move || network.forward(&x),
        |trace| {
            Output::Floats(
                trace
                    .map(|trace| trace.output().as_slice().to_vec())
                    .unwrap_or_default(),
            )
        },
    ));
    let x = Vector2::from_column_slice(&tutorial::X);
    cases.push(allocating(
        "forward_one/static".to_owned(),
        move || static_network.forward(&x),
        |trace| Output::Floats(trace.y.as_slice().to_vec()),
    ));
    for ((size, _), samples) in BATCHES.iter().zip(&inputs.batches) {
        // The same bytes as the batch's inputs and outputs (2 f64 per sample
        // each way): the memory bandwidth reference for the batch.
        cases.push(in_place(
            format!("memcpy_batch_{size}/copy"),
            samples.as_slice(),
            vec![0.0; samples.len()],
            |_, _| (),
            move |copy| copy.copy_from_slice(samples.as_slice()),
            |copy| Output::Floats(copy.clone()),
        ));
        cases.push(allocating(
            format!("forward_batch_{size}/simple"),
            move || network.forward_batch(samples),
            |outputs| Output::Floats(outputs.map(|y| row_major(&y)).unwrap_or_default()),
        ));
        cases.push(allocating(
            format!("forward_batch_{size}/fast"),
            move || fast::forward_batch(network, samples),
            |outputs| Output::Floats(outputs.map(|y| row_major(&y)).unwrap_or_default()),
        ));
    }
    cases
}

/// A matrix's elements row by row, as NumPy stores them.
fn row_major(matrix: &DMatrix<f64>) -> Vec<f64> {
    matrix.transpose().as_slice().to_vec()
}

/// Answers commands until `quit` or the end of input.
fn serve(cases: &mut [Case<'_>]) -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let line = line?;
        let words: Vec<&str> = line.split_whitespace().collect();
        let answer = match words.as_slice() {
            ["cases"] => Ok(cases
                .iter()
                .map(|case| case.name.as_str())
                .collect::<Vec<_>>()
                .join(" ")),
            ["time", name, calls] => find(cases, name).and_then(|case| {
                let calls: u32 = calls
                    .parse()
                    .map_err(|_| format!("{calls:?} is not a count"))?;
                Ok(format!("{:e}", time(case, calls.max(1))))
            }),
            ["write", name, path] => {
                find(cases, name).and_then(|case| write(case, Path::new(path)))
            }
            ["quit"] => return Ok(()),
            _ => Err(format!("unknown command {line:?}")),
        };
        match answer {
            Ok(text) => writeln!(stdout, "{text}")?,
            Err(message) => writeln!(stdout, "error: {message}")?,
        }
        stdout.flush()?;
    }
    Ok(())
}

fn find<'c, 'a>(cases: &'c mut [Case<'a>], name: &str) -> Result<&'c mut Case<'a>, String> {
    cases
        .iter_mut()
        .find(|case| case.name == name)
        .ok_or_else(|| format!("no case {name:?}"))
}

/// Seconds per call over `calls` calls.
fn time(case: &mut Case<'_>, calls: u32) -> f64 {
    match (case.serve)(Request::Time(calls)) {
        Reply::Seconds(seconds) => seconds,
        Reply::Output(_) => f64::NAN,
    }
}

/// Runs `case` once on fresh inputs and writes its result to `path`.
fn write(case: &mut Case<'_>, path: &Path) -> Result<String, String> {
    let bytes: Vec<u8> = match (case.serve)(Request::Result) {
        Reply::Output(Output::Floats(values)) => {
            values.iter().flat_map(|v| v.to_le_bytes()).collect()
        }
        Reply::Output(Output::Integers(values)) => {
            values.iter().flat_map(|v| v.to_le_bytes()).collect()
        }
        Reply::Seconds(_) => Vec::new(),
    };
    std::fs::write(path, bytes).map_err(|error| format!("{}: {error}", path.display()))?;
    Ok("ok".to_owned())
}
