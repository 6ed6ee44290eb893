//! Printing a network and its forward pass exactly as the tutorial does.
//!
//! The tutorial's `print_vec` prints a label between `***`, the array as
//! NumPy prints it, its shape, and a blank line. Its demo prints every
//! weight matrix, every bias, the input, each layer's `u` and `z`, the
//! output, and finally `print(y)` once more. [`print_demo`] does the same,
//! for the tutorial's network or any other.

use crate::language::Language;
use activations::Activation;
use forward::{InputError, Network, Trace};
use nalgebra::DVector;
use numpy_print::{NumpyPrint, print_vec};
use std::io::{self, Write};

/// The words printed before a layer's number (`重み` + `1`) or on their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Labels {
    /// Between a word and a layer number: nothing in Japanese (`重み1`),
    /// a space in English (`weights 1`).
    pub(crate) separator: &'static str,
    /// Before `W`'s layer number.
    pub(crate) weights: &'static str,
    /// Before `b`'s layer number.
    pub(crate) bias: &'static str,
    /// For `x`.
    pub(crate) input: &'static str,
    /// Before `u`'s layer number.
    pub(crate) weighted_input: &'static str,
    /// Before a hidden layer's `z` number.
    pub(crate) hidden_output: &'static str,
    /// For `y`.
    pub(crate) output: &'static str,
}

impl Language {
    /// The labels in this language: `*** 重み1 ***` (the tutorial's own) or
    /// `*** weights 1 ***`.
    pub(crate) fn labels(self) -> Labels {
        match self {
            Self::Japanese => Labels {
                separator: "",
                weights: "重み",
                bias: "バイアス",
                input: "入力",
                weighted_input: "総入力",
                hidden_output: "中間層出力",
                output: "出力",
            },
            Self::English => Labels {
                separator: " ",
                weights: "weights",
                bias: "bias",
                input: "input",
                weighted_input: "weighted input",
                hidden_output: "hidden output",
                output: "output",
            },
        }
    }
}

impl Labels {
    /// A word with a layer number: `重み1`, `weights 1`.
    pub(crate) fn numbered(&self, word: &str, number: usize) -> String {
        format!("{word}{}{number}", self.separator)
    }
}

/// Prints every weight matrix, then every bias, as the tutorial's
/// `init_network` does.
///
/// # Errors
///
/// Any error from writing to `out`.
pub(crate) fn print_network<W: Write + ?Sized>(
    out: &mut W,
    network: &Network,
    language: Language,
) -> io::Result<()> {
    let labels = language.labels();
    for (number, layer) in (1..).zip(network.layers()) {
        print_vec(
            out,
            &labels.numbered(labels.weights, number),
            layer.weights(),
        )?;
    }
    for (number, layer) in (1..).zip(network.layers()) {
        print_vec(out, &labels.numbered(labels.bias, number), layer.bias())?;
    }
    Ok(())
}

/// Prints a forward pass as the tutorial's `forward` does: the input, each
/// hidden layer's `u` and `z`, and the output `y`.
///
/// The tutorial does not print `u3`, because its output layer is the
/// identity and `u3` is `y`. Likewise this prints the last layer's `u` only
/// when its activation is not the identity, so nothing computed is hidden.
///
/// # Errors
///
/// Any error from writing to `out`.
pub(crate) fn print_trace<W: Write + ?Sized>(
    out: &mut W,
    network: &Network,
    trace: &Trace,
    language: Language,
) -> io::Result<()> {
    let labels = language.labels();
    print_vec(out, labels.input, trace.input())?;
    let last = trace.layers().len();
    for ((number, step), layer) in (1..).zip(trace.layers()).zip(network.layers()) {
        let is_output = number == last;
        if !is_output || layer.activation() != Activation::Identity {
            print_vec(
                out,
                &labels.numbered(labels.weighted_input, number),
                &step.u,
            )?;
        }
        if !is_output {
            print_vec(out, &labels.numbered(labels.hidden_output, number), &step.z)?;
        }
    }
    print_vec(out, labels.output, trace.output())
}

/// The whole demo: the network, the forward pass of `input`, and a last
/// line with `y` alone (the tutorial's final `print(y)`). Returns the trace.
///
/// # Errors
///
/// [`DemoError::Input`] when `input` has the wrong length for the network
/// (nothing is printed then), [`DemoError::Write`] when writing fails.
pub(crate) fn print_demo<W: Write + ?Sized>(
    out: &mut W,
    network: &Network,
    input: &DVector<f64>,
    language: Language,
) -> Result<Trace, DemoError> {
    let trace = network.forward(input).map_err(DemoError::Input)?;
    print_network(out, network, language).map_err(DemoError::Write)?;
    print_trace(out, network, &trace, language).map_err(DemoError::Write)?;
    writeln!(out, "{}", trace.output().numpy_str()).map_err(DemoError::Write)?;
    Ok(trace)
}

/// Why [`print_demo`] stopped (in words: `messages.rs`).
#[derive(Debug)]
pub(crate) enum DemoError {
    /// The input does not fit the network.
    Input(InputError),
    /// Writing the output failed.
    Write(io::Error),
}
