//! Reading a network (and optionally an input) from a TOML file.
//!
//! Each `[[layers]]` table is one layer, first to last. `weights` is a list
//! of rows, one row per output, each with one number per input (the
//! tutorial's convention: `W1` has 3 rows of 2). `bias` has one number per
//! row, and `activation` names one of `step`, `sigmoid`, `relu`,
//! `identity`. An optional top-level `input` gives the input to run.
//! `crates/forward/networks/tutorial.toml` is the tutorial's network.
//!
//! Every mistake is reported with its line and column, in the language
//! asked for (the words are in `messages.rs`), and nothing is allocated for
//! a file larger than [`MAX_FILE_BYTES`].

use crate::language::Language;
use activations::Activation;
use forward::{Layer, LayerError, Network, NetworkError};
use nalgebra::{DMatrix, DVector};
use serde::Deserialize;
use std::io::Read;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

/// The largest network file accepted: 1 MiB, room for about 100 000
/// numbers. Larger files are refused before they are read.
pub(crate) const MAX_FILE_BYTES: u64 = 1 << 20;

/// A network read from a file, with the file's input if it has one.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NetworkFile {
    /// The layers, checked to fit together.
    pub(crate) network: Network,
    /// The top-level `input`, checked to fit the first layer.
    pub(crate) input: Option<DVector<f64>>,
}

// The file's layout, as serde reads it. Spans remember where each value
// stood, so that later checks can still point at a line and column.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileContents {
    input: Option<Spanned<Vec<f64>>>,
    layers: Spanned<Vec<FileLayer>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLayer {
    weights: Spanned<Vec<Vec<f64>>>,
    bias: Spanned<Vec<f64>>,
    activation: Spanned<String>,
}

/// Parses the text of a network file; errors are in `language`.
///
/// # Errors
///
/// `LINE:COLUMN: what is wrong`, at the first problem: invalid TOML, a
/// missing or unknown key, a value of the wrong type, rows of different
/// lengths, an unknown activation, a non-finite number, layers whose shapes
/// do not fit, no layers at all, or an input of the wrong length.
pub(crate) fn parse(text: &str, language: Language) -> Result<NetworkFile, String> {
    let contents: FileContents = toml::from_str(text).map_err(|error| {
        let message = language.file_error(error.message());
        located(text, error.span().unwrap_or(0..0), &message)
    })?;
    let layers_span = contents.layers.span();
    let mut layers = Vec::with_capacity(contents.layers.get_ref().len());
    // Where each layer's weights stand, to point at when layers do not fit.
    let mut weight_spans = Vec::with_capacity(layers.capacity());
    for (number, layer) in (1..).zip(contents.layers.into_inner()) {
        let in_layer = |span: Range<usize>, message: String| {
            located(text, span, &language.in_layer(number, &message))
        };
        let activation: Activation = layer.activation.get_ref().parse().map_err(|error| {
            in_layer(layer.activation.span(), language.unknown_activation(&error))
        })?;
        let weights_span = layer.weights.span();
        let weights = matrix_from_rows(layer.weights.into_inner(), language)
            .map_err(|message| in_layer(weights_span.clone(), message))?;
        let bias_span = layer.bias.span();
        let bias = DVector::from_vec(layer.bias.into_inner());
        let layer = Layer::new(weights, bias, activation).map_err(|error| {
            let span = match error {
                LayerError::BiasLength { .. } | LayerError::NotFiniteBias { .. } => bias_span,
                _ => weights_span.clone(),
            };
            in_layer(span, language.layer_error(&error))
        })?;
        layers.push(layer);
        weight_spans.push(weights_span);
    }
    let network = Network::new(layers).map_err(|error| {
        let span = match &error {
            NetworkError::Mismatch { layer, .. } | NetworkError::Layer { layer, .. } => {
                weight_spans[layer - 1].clone()
            }
            NetworkError::Empty => layers_span.clone(),
        };
        located(text, span, &language.network_error(&error))
    })?;
    let input = match contents.input {
        None => None,
        Some(input) => {
            let span = input.span();
            let input = DVector::from_vec(input.into_inner());
            let checked = check_input(&network, &input, language);
            checked.map_err(|message| located(text, span, &message))?;
            Some(input)
        }
    };
    Ok(NetworkFile { network, input })
}

/// Checks that an input fits the network and is made of finite numbers.
///
/// # Errors
///
/// A message in `language` saying what is wrong.
pub(crate) fn check_input(
    network: &Network,
    input: &DVector<f64>,
    language: Language,
) -> Result<(), String> {
    if let Some((i, &value)) = input.iter().enumerate().find(|(_, v)| !v.is_finite()) {
        return Err(language.not_finite_input(i, value));
    }
    network
        .check_input_length(input.len())
        .map_err(|error| language.input_error(&error))
}

/// Rows of equal length into a matrix; a ragged or empty list is an error.
fn matrix_from_rows(rows: Vec<Vec<f64>>, language: Language) -> Result<DMatrix<f64>, String> {
    let columns = rows.first().map_or(0, Vec::len);
    if let Some((i, row)) = rows
        .iter()
        .enumerate()
        .find(|(_, row)| row.len() != columns)
    {
        return Err(language.ragged_rows(i + 1, row.len(), columns));
    }
    Ok(DMatrix::from_row_iterator(
        rows.len(),
        columns,
        rows.into_iter().flatten(),
    ))
}

/// Reads and parses a network file.
///
/// # Errors
///
/// A message in `language` naming the file when it cannot be read, is
/// larger than [`MAX_FILE_BYTES`], is not UTF-8, or does not parse (see
/// [`parse`]).
pub(crate) fn load(path: &Path, language: Language) -> Result<NetworkFile, String> {
    let shown = path.display();
    let read_error = |error: std::io::Error| language.cannot_read(&shown, &error);
    let file = std::fs::File::open(path).map_err(read_error)?;
    // Read at most one byte past the limit: enough to know the file is too
    // big, without reading a huge one into memory.
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(language.too_big(&shown, MAX_FILE_BYTES));
    }
    let text = String::from_utf8(bytes)
        .map_err(|error| language.cannot_read(&shown, &error.utf8_error()))?;
    parse(&text, language).map_err(|error| format!("{shown}:{error}"))
}

/// `message` prefixed with the line and column (both from 1, the column in
/// characters) where `span` starts in `text`.
fn located(text: &str, span: Range<usize>, message: &str) -> String {
    let before = text.get(..span.start).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let column = before[line_start..].chars().count() + 1;
    format!("{line}:{column}: {message}")
}
