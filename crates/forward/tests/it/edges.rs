//! Edge cases that the other tests leave open, each found by a mutant that
//! `cargo mutants` showed surviving: the limit of a network file's size,
//! which activations hide `u` in the printout, and the demo's error text.

use crate::language::Language::{English, Japanese};
use crate::network_file::{self, MAX_FILE_BYTES};
use crate::printout::{DemoError, print_trace};
use activations::Activation;
use forward::{Layer, Network, tutorial};
use std::io;

/// The tutorial's network with other activations, keeping its weights.
fn with_activations(activations: [Activation; 3]) -> Network {
    let tutorial = tutorial::network();
    let layers = tutorial.layers().iter().zip(activations);
    let layer = |(layer, activation): (&Layer, Activation)| {
        Layer::new(layer.weights().clone(), layer.bias().clone(), activation).unwrap()
    };
    Network::new(layers.map(layer).collect()).unwrap()
}

/// The printed trace, in English.
fn printed_trace(network: &Network) -> String {
    let trace = network.forward(&tutorial::input()).unwrap();
    let mut out = Vec::new();
    print_trace(&mut out, network, &trace, English).unwrap();
    String::from_utf8(out).unwrap()
}

/// A file of exactly `MAX_FILE_BYTES` bytes is still read: the limit is
/// "larger than", and one byte more is refused.
#[test]
fn a_network_file_of_exactly_the_limit_is_read() {
    let dir = std::env::temp_dir().join(format!("forward-edges-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let tutorial_file = include_str!("../../networks/tutorial.toml");
    let padding = usize::try_from(MAX_FILE_BYTES).unwrap() - tutorial_file.len() - 1;
    let text = format!("{tutorial_file}#{}", " ".repeat(padding));
    assert_eq!(text.len() as u64, MAX_FILE_BYTES);
    let path = dir.join("at-the-limit.toml");
    std::fs::write(&path, &text).unwrap();
    let loaded = network_file::load(&path, English);
    assert!(
        loaded.is_ok(),
        "a file of exactly {MAX_FILE_BYTES} bytes: {loaded:?}"
    );
    std::fs::write(&path, text + " ").unwrap();
    let error = network_file::load(&path, English).unwrap_err();
    assert!(
        error.ends_with(&format!(
            "is larger than {MAX_FILE_BYTES} bytes: too big for a network file"
        )),
        "one byte more: {error}"
    );
    let error = network_file::load(&path, Japanese).unwrap_err();
    assert!(
        error.ends_with(&format!(
            "は {MAX_FILE_BYTES} バイトより大きく、ネットワークファイルとしては大きすぎます"
        )),
        "one byte more: {error}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `u` is hidden only for an output layer that is the identity (then `u`
/// is `y`). A sigmoid output layer shows its `u3`, and an identity hidden
/// layer its `u1`.
#[test]
fn the_trace_hides_u_only_for_an_identity_output_layer() {
    use Activation::{Identity, Sigmoid};
    let tutorial = printed_trace(&tutorial::network());
    assert!(!tutorial.contains("weighted input 3"), "{tutorial}");
    assert!(tutorial.contains("weighted input 1"), "{tutorial}");
    let sigmoid_output = printed_trace(&with_activations([Sigmoid, Sigmoid, Sigmoid]));
    assert!(
        sigmoid_output.contains("weighted input 3"),
        "{sigmoid_output}"
    );
    let identity_hidden = printed_trace(&with_activations([Identity, Sigmoid, Identity]));
    assert!(
        identity_hidden.contains("weighted input 1"),
        "{identity_hidden}"
    );
    assert!(
        !identity_hidden.contains("weighted input 3"),
        "{identity_hidden}"
    );
}

/// Each error says what went wrong, in words, in either language.
#[test]
fn the_demos_errors_say_what_went_wrong() {
    let write = DemoError::Write(io::Error::other("disk full"));
    assert_eq!(
        English.demo_error(&write),
        "cannot write the output: disk full"
    );
    assert_eq!(Japanese.demo_error(&write), "出力を書けません: disk full");
    let input = tutorial::network().check_input_length(3).unwrap_err();
    let input = DemoError::Input(input);
    assert_eq!(
        English.demo_error(&input),
        "the input has 3 values, but layer 1 takes 2 (W1 has shape (3, 2))"
    );
    assert_eq!(
        Japanese.demo_error(&input),
        "入力には値が 3 個ありますが、第1層が受け取るのは 2 個です (W1 の形状は (3, 2))"
    );
}

/// Only a closed pipe (`forward | head`) ends the demo quietly; any other
/// failure to write, such as a full disk, is an error. `/dev/full` is a
/// Linux device on which every write fails with "no space left".
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_not_a_closed_pipe() {
    for (lang, expected) in [
        ("en", "cannot write the output"),
        ("ja", "出力を書けません"),
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_forward"))
            .args(["--lang", lang])
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !output.status.success(),
            "exit status {:?}, stderr {stderr}",
            output.status
        );
        assert!(stderr.contains(expected), "{stderr}");
    }
}

/// A pipe whose reading end is closed before the demo starts, so that its
/// very first write fails with a broken pipe (closing it after the start,
/// as `a_closed_pipe_is_not_an_error` does, may come after the writes):
/// `forward | head -1` must end quietly, with status 0.
#[test]
fn a_pipe_closed_before_the_first_write_ends_quietly() {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_forward"))
        .stdout(writer)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "exit status {:?}, stderr {stderr}",
        output.status
    );
    assert!(stderr.is_empty(), "{stderr}");
}
