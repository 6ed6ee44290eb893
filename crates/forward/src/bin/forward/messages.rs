//! Every message of the demo, in English and in Japanese side by side: its
//! help and its errors. What it prints on success is in `printout.rs`, and
//! does not change with the language of the messages (see `main.rs`).
//!
//! The English of the library's errors is their `Display`; here they get
//! their Japanese. Shapes print as NumPy prints them in both: `(3, 2)`.

use crate::language::Language::{self, English, Japanese};
use crate::printout::DemoError;
use activations::{Activation, UnknownActivation};
use forward::{InputError, LayerError, NetworkError};
use std::fmt::Display;

/// The demo's help: the texts of `--help`.
pub(crate) struct Help {
    /// What the program does.
    pub(crate) about: &'static str,
    /// Examples and the network file's format, after the options.
    pub(crate) after_help: &'static str,
    /// Each option's help.
    pub(crate) lang: &'static str,
    pub(crate) network: &'static str,
    pub(crate) input: &'static str,
}

impl Language {
    /// The help of the command line, in this language.
    pub(crate) fn help(self) -> Help {
        match self {
            English => Help {
                about: "Runs a neural network forward and prints every array and its shape, as the \
                    tutorial's NumPy code does.\n\n\
                    With no options it runs the tutorial's network (2 -> 3 -> 2 -> 2, sigmoid \
                    hidden layers, identity output) on the input [1.0, 0.5], printing exactly \
                    the tutorial's output.",
                after_help: "Examples:\n  \
                    cargo run -p forward\n  \
                    cargo run -p forward -- --lang en\n  \
                    cargo run -p forward -- --input 0.2,-1.5\n  \
                    cargo run -p forward -- --network crates/forward/networks/tutorial.toml\n\n\
                    A network file is TOML: one [[layers]] table per layer, first to last, each with\n\
                    `weights` (one row per output, one number per input), `bias` (one number per\n\
                    output) and `activation` (step, sigmoid, relu or identity), plus an optional\n\
                    top-level `input`. crates/forward/networks/tutorial.toml is the tutorial's network.\n\n\
                    Bad input prints one line starting with `error:` and exits with status 2.",
                lang: "Language of the labels and messages: ja or en. The numbers are the same. \
                    Without it the labels are the tutorial's own (ja), and the messages follow \
                    LC_ALL, LC_MESSAGES or LANG (Japanese if it starts with ja).",
                network: "Run the network in this TOML file instead of the tutorial's.",
                input: "The input, as comma-separated finite numbers (default: the file's \
                    `input`, or the tutorial's 1.0,0.5).",
            },
            Japanese => Help {
                about: "ニューラルネットワークの順伝播を計算し、元の記事の NumPy コードと\
                    同じように、すべての配列とその形状を表示します。\n\n\
                    オプションなしでは、元の記事のネットワーク (2 -> 3 -> 2 -> 2、\
                    中間層はシグモイド関数、出力層は恒等写像) に入力 [1.0, 0.5] を与え、\
                    元の記事の出力とまったく同じものを表示します。",
                after_help: "例:\n  \
                    cargo run -p forward\n  \
                    cargo run -p forward -- --lang en\n  \
                    cargo run -p forward -- --input 0.2,-1.5\n  \
                    cargo run -p forward -- --network crates/forward/networks/tutorial.toml\n\n\
                    ネットワークファイルは TOML です。層ごとに [[layers]] テーブルを最初の層から順に書き、\n\
                    それぞれに `weights` (出力ごとに 1 行、各行に入力ごとの数)、`bias` (出力ごとに\n\
                    1 つの数)、`activation` (step、sigmoid、relu、identity のどれか) を書きます。\n\
                    最上位に `input` を書くこともできます。\n\
                    crates/forward/networks/tutorial.toml が元の記事のネットワークです。\n\n\
                    入力が正しくないときは `error:` で始まる 1 行を表示し、終了ステータス 2 で終わります。",
                lang: "ラベルとメッセージの言語: ja または en。数値は変わりません。\
                    指定しなければ、ラベルは元の記事のもの (ja)、メッセージは LC_ALL、\
                    LC_MESSAGES、LANG に従います (ja で始まれば日本語)。",
                network: "元の記事のネットワークの代わりに、この TOML ファイルのネットワークを計算します。",
                input: "入力。コンマで区切った有限の数 (省略時はファイルの `input`、\
                    なければ元の記事の 1.0,0.5)。",
            },
        }
    }

    // The command line.

    /// A piece of `--input` that does not parse.
    pub(crate) fn not_a_number(self, piece: &str) -> String {
        match self {
            English => format!("{piece:?} is not a number"),
            Japanese => format!("{piece:?} は数ではありません"),
        }
    }

    /// A network file without `input`, and no `--input`.
    pub(crate) fn no_input(self, file: &str) -> String {
        match self {
            English => format!("{file} has no `input`: add one to the file, or pass --input"),
            Japanese => format!(
                "{file} に `input` がありません: ファイルに書き足すか、--input を指定してください"
            ),
        }
    }

    /// Why the printout stopped.
    pub(crate) fn demo_error(self, error: &DemoError) -> String {
        match (self, error) {
            (_, DemoError::Input(error)) => self.input_error(error),
            (English, DemoError::Write(error)) => format!("cannot write the output: {error}"),
            (Japanese, DemoError::Write(error)) => format!("出力を書けません: {error}"),
        }
    }

    // The network file.

    /// A file that cannot be read. `error` is the system's own words.
    pub(crate) fn cannot_read(self, file: &dyn Display, error: &dyn Display) -> String {
        match self {
            English => format!("cannot read {file}: {error}"),
            Japanese => format!("{file} を読めません: {error}"),
        }
    }

    /// A file larger than `limit` bytes.
    pub(crate) fn too_big(self, file: &dyn Display, limit: u64) -> String {
        match self {
            English => format!("{file} is larger than {limit} bytes: too big for a network file"),
            Japanese => format!(
                "{file} は {limit} バイトより大きく、ネットワークファイルとしては大きすぎます"
            ),
        }
    }

    /// A problem in one layer, numbered from 1.
    pub(crate) fn in_layer(self, layer: usize, message: &str) -> String {
        match self {
            English => format!("layer {layer}: {message}"),
            Japanese => format!("第{layer}層: {message}"),
        }
    }

    /// A row of `weights` whose length differs from the first row's.
    pub(crate) fn ragged_rows(self, row: usize, length: usize, columns: usize) -> String {
        match self {
            English => format!(
                "weights row {row} has {length} values, but row 1 has {columns}: \
                 every row needs the same length"
            ),
            Japanese => format!(
                "weights の {row} 行目には値が {length} 個ありますが、1 行目には {columns} 個です: \
                 どの行も同じ長さにしてください"
            ),
        }
    }

    /// An input value that is NaN or infinite.
    pub(crate) fn not_finite_input(self, index: usize, value: f64) -> String {
        match self {
            English => format!("input[{index}] is {value}: the input must be finite numbers"),
            Japanese => format!("input[{index}] が {value} です: 入力は有限の数にしてください"),
        }
    }

    /// What the TOML reader or serde found wrong, in words a learner's file
    /// has: numbers and lists, not Rust's types. TOML gives every key after
    /// a `[[layers]]` header to that layer, which surprises whoever writes
    /// `input` last: that gets its own advice.
    pub(crate) fn file_error(self, message: &str) -> String {
        let text = match self {
            English => message
                .replace("expected f64", "expected a number")
                .replace("expected a sequence", "expected a list"),
            Japanese => japanese_file_error(message),
        };
        if !message.starts_with("unknown field `input`") {
            return text;
        }
        text + match self {
            English => {
                ": every key after a `[[layers]]` header belongs to that layer, \
                 so write `input = [...]` at the top of the file, before the first `[[layers]]`"
            }
            Japanese => {
                "。`[[layers]]` の見出しより後のキーはすべてその層のものになるので、\
                 `input = [...]` はファイルの先頭、最初の `[[layers]]` より前に書いてください"
            }
        }
    }

    // The library's errors.

    /// A layer whose parts do not fit together.
    pub(crate) fn layer_error(self, error: &LayerError) -> String {
        match (self, error) {
            (English, _) => error.to_string(),
            (Japanese, LayerError::NoWeights { shape }) => {
                format!("重みの形状が {shape} です: 層には少なくとも 1 行 1 列の重みが必要です")
            }
            (Japanese, LayerError::BiasLength { bias, shape }) => format!(
                "バイアスには値が {bias} 個ありますが、重みの形状は {shape} です: \
                 バイアスは重みの行ごとに 1 つ必要です"
            ),
            (Japanese, LayerError::NotFiniteWeight { row, column, value }) => {
                format!("weights[{row}, {column}] が {value} です: 重みは有限の数にしてください")
            }
            (Japanese, LayerError::NotFiniteBias { index, value }) => {
                format!("bias[{index}] が {value} です: バイアスは有限の数にしてください")
            }
        }
    }

    /// Layers that do not make a network.
    pub(crate) fn network_error(self, error: &NetworkError) -> String {
        match (self, error) {
            (English, _) => error.to_string(),
            (Japanese, NetworkError::Empty) => {
                "ネットワークに層がありません: 少なくとも 1 つの層が必要です".to_owned()
            }
            (Japanese, NetworkError::Layer { layer, error }) => {
                self.in_layer(*layer, &self.layer_error(error))
            }
            (
                Japanese,
                NetworkError::Mismatch {
                    layer,
                    shape,
                    previous_shape,
                },
            ) => {
                let previous = layer - 1;
                let (inputs, outputs) = (shape.columns, previous_shape.rows);
                let message = format!(
                    "W{layer} の形状は {shape} なので入力は {inputs} 個ですが、\
                     第{previous}層の出力は {outputs} 個です (W{previous} の形状は {previous_shape})"
                );
                self.in_layer(*layer, &message)
            }
        }
    }

    /// An input of the wrong length.
    pub(crate) fn input_error(self, error: &InputError) -> String {
        let InputError { length, shape } = error;
        match self {
            English => error.to_string(),
            Japanese => format!(
                "入力には値が {length} 個ありますが、第1層が受け取るのは {} 個です (W1 の形状は {shape})",
                shape.columns
            ),
        }
    }

    /// An activation name that is none of ours.
    pub(crate) fn unknown_activation(self, error: &UnknownActivation) -> String {
        match self {
            English => error.to_string(),
            Japanese => {
                let names = Activation::ALL.map(Activation::name).join("、");
                format!(
                    "知らない活性化関数 {:?} です: {names} のどれかにしてください",
                    error.name
                )
            }
        }
    }
}

/// serde's sentences, which the TOML reader passes on, in Japanese; any
/// other message (a TOML syntax error) is kept, after a Japanese preamble.
fn japanese_file_error(message: &str) -> String {
    let missing = message.strip_prefix("missing field ");
    let unknown = message.strip_prefix("unknown field ");
    let unknown = unknown.and_then(|rest| rest.split_once(", expected one of "));
    let invalid = message.strip_prefix("invalid type: ");
    let invalid = invalid.and_then(|rest| rest.rsplit_once(", expected "));
    let expected = |what| match what {
        "f64" => "数",
        "a sequence" => "リスト",
        "a string" => "文字列",
        other => other,
    };
    match (missing, unknown, invalid) {
        (Some(key), ..) => format!("キー {key} がありません"),
        (_, Some((key, keys)), _) => format!("知らないキー {key} です。使えるのは {keys} です"),
        (.., Some((found, what))) => {
            // serde's words for what it found: `string "0.2"`, `integer `7``.
            let kinds = [
                ("string ", "文字列 "),
                ("integer ", "整数 "),
                ("floating point ", "小数 "),
                ("boolean ", "真偽値 "),
                ("map", "テーブル"),
                ("sequence", "リスト"),
            ];
            let translated = kinds.iter().find_map(|(english, japanese)| {
                Some(format!("{japanese}{}", found.strip_prefix(english)?))
            });
            let found = translated.unwrap_or_else(|| found.to_owned());
            match found.strip_suffix(" as i128") {
                // Beyond i64: TOML reads it, but not as a number.
                Some(integer) => format!("{integer} は大きすぎて数として読めません"),
                None => format!("{}が必要なところに{found} が書かれています", expected(what)),
            }
        }
        _ => format!("TOML として読めません: {message}"),
    }
}
