//! The `forward` binary, run as a learner runs it.
//!
//! Every bad input must give one line on stderr starting with `error:`,
//! exit status 2, and never a panic or a backtrace. The bad network files
//! live in `tests/data/bad-networks/`, each starting with the line it must
//! produce in English (its line in Japanese is in `japanese.txt` there): a
//! new case is a new file.
//!
//! The messages follow the locale, so each run here sets it: none (English)
//! unless a test asks for one.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TUTORIAL_OUTPUT: &str = include_str!("../../../../tests/data/article-output.txt");

fn forward(args: &[&str]) -> Output {
    forward_in(&[], args)
}

/// Runs the demo with no locale but the variables in `locale`.
fn forward_in(locale: Locale, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_forward"))
        .args(args)
        .env("RUST_BACKTRACE", "1") // a panic would print a backtrace: the test would see it
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .envs(locale.iter().copied())
        .output()
        .unwrap()
}

/// Environment variables and their values.
type Locale<'a> = &'a [(&'a str, &'a str)];

const JAPANESE: Locale = &[("LANG", "ja_JP.UTF-8")];

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// Asserts a clean failure and returns its one stderr line.
fn one_error_line(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        output.stdout.is_empty(),
        "nothing may be printed before an error"
    );
    assert_eq!(
        stderr.lines().count(),
        1,
        "one line expected, got: {stderr}"
    );
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr.trim_end().to_owned()
}

#[test]
fn no_arguments_print_the_tutorials_output() {
    let output = forward(&[]);
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stdout).unwrap(), TUTORIAL_OUTPUT);
    assert!(output.stderr.is_empty());
}

#[test]
fn the_toml_example_and_an_input_run() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("networks/tutorial.toml");
    let output = forward(&["--network", example.to_str().unwrap()]);
    assert_eq!(String::from_utf8(output.stdout).unwrap(), TUTORIAL_OUTPUT);

    let output = forward(&["--lang", "en", "--input", "-1, 2.5"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("*** input ***\n[-1.   2.5]\nshape: (2,)\n"),
        "{text}"
    );
}

#[test]
fn help_explains_every_option() {
    let output = forward(&["--help"]);
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for needle in [
        "Runs a neural network forward",
        "Usage: forward",
        "Options:",
        "--lang <LANG>",
        "Language of the labels and messages",
        "--network <FILE.toml>",
        "--input <X1,X2,...>",
        "Print help",
        "Print version",
        "[[layers]]",
        "activation",
        "status 2",
    ] {
        assert!(
            help.contains(needle),
            "--help should mention {needle}:\n{help}"
        );
    }
}

#[test]
fn every_bad_network_file_gives_its_one_line() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data("bad-networks"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 15, "only {} bad network files", files.len());
    // The Japanese lines, by file name.
    let japanese = std::fs::read_to_string(data("bad-networks/japanese.txt")).unwrap();
    let mut japanese: BTreeMap<&str, &str> = japanese
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| line.split_once(": ").unwrap())
        .collect();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let shown = file.to_str().unwrap();
        let english = text
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("# expect: "))
            .unwrap_or_else(|| panic!("{shown} must start with `# expect: error: ...`"))
            .replace("{file}", shown);
        let output = forward(&["--network", shown]);
        assert_eq!(one_error_line(&output), english, "{shown}");
        let name = file.file_name().unwrap().to_str().unwrap();
        let japanese = japanese
            .remove(name)
            .unwrap_or_else(|| panic!("japanese.txt has no line for {name}"))
            .replace("{file}", shown);
        let output = forward_in(JAPANESE, &["--network", shown]);
        assert_eq!(one_error_line(&output), japanese, "{shown}");
    }
    assert!(
        japanese.is_empty(),
        "japanese.txt names no file: {japanese:?}"
    );
}

#[test]
fn bad_command_lines_give_one_line() {
    let cases: [(&[&str], &str); 7] = [
        (
            &["--input", "1,2,3"],
            "error: --input: the input has 3 values, but layer 1 takes 2 (W1 has shape (3, 2))",
        ),
        (
            &["--input", "1,abc"],
            "error: --input: \"abc\" is not a number",
        ),
        (&["--input", ""], "error: --input: \"\" is not a number"),
        (
            &["--input", "nan,1"],
            "error: --input: input[0] is NaN: the input must be finite numbers",
        ),
        (
            &["--lang", "fr"],
            "error: invalid value 'fr' for '--lang <LANG>' [possible values: ja, en]",
        ),
        (&["--bogus"], "error: unexpected argument '--bogus' found"),
        (
            &["--network"],
            "error: a value is required for '--network <FILE.toml>' but none was supplied",
        ),
    ];
    for (args, expected) in cases {
        assert_eq!(one_error_line(&forward(args)), expected, "{args:?}");
    }
}

#[test]
fn bad_command_lines_give_one_line_in_japanese() {
    let cases: [(&[&str], &str); 6] = [
        (
            &["--input", "1,2,3"],
            "error: --input: 入力には値が 3 個ありますが、第1層が受け取るのは 2 個です (W1 の形状は (3, 2))",
        ),
        (
            &["--input", "1,abc"],
            "error: --input: \"abc\" は数ではありません",
        ),
        (
            &["--input", "nan,1"],
            "error: --input: input[0] が NaN です: 入力は有限の数にしてください",
        ),
        (
            &["--lang", "fr"],
            "error: '--lang <LANG>' に 'fr' は使えません [使える値: ja, en]",
        ),
        (&["--bogus"], "error: 知らない引数 '--bogus' があります"),
        (
            &["--network"],
            "error: '--network <FILE.toml>' には値が必要です",
        ),
    ];
    for (args, expected) in cases {
        let output = forward_in(JAPANESE, args);
        assert_eq!(one_error_line(&output), expected, "{args:?}");
        // `--lang ja` does the same whatever the locale, even with the mistake after it.
        if !args.contains(&"--lang") {
            let args = [&["--lang", "ja"], args].concat();
            assert_eq!(one_error_line(&forward(&args)), expected, "{args:?}");
        }
    }
}

/// `--lang` outweighs the locale, and the locale's variables are read as
/// POSIX reads them: LC_ALL, then LC_MESSAGES, then LANG.
#[test]
fn the_flag_then_the_locale_choose_the_language() {
    let english = "error: --input: \"x\" is not a number";
    let japanese = "error: --input: \"x\" は数ではありません";
    let cases: [(Locale, &[&str], &str); 6] = [
        (JAPANESE, &["--lang", "en"], english),
        (&[], &["--lang", "ja"], japanese),
        (&[("LC_ALL", "ja_JP.UTF-8"), ("LANG", "C")], &[], japanese),
        (&[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")], &[], english),
        (
            &[("LC_MESSAGES", "ja_JP"), ("LANG", "en_GB.UTF-8")],
            &[],
            japanese,
        ),
        (&[("LC_ALL", ""), ("LANG", "ja")], &[], japanese),
    ];
    for (locale, flag, expected) in cases {
        let args = [flag, &["--input", "x"]].concat();
        let output = forward_in(locale, &args);
        assert_eq!(one_error_line(&output), expected, "{locale:?} {flag:?}");
    }
}

/// Whatever the language of the messages, the printout is the tutorial's.
#[test]
fn a_japanese_or_english_locale_prints_the_tutorials_output() {
    for locale in [JAPANESE, &[("LANG", "en_US.UTF-8")]] {
        let output = forward_in(locale, &[]);
        assert_eq!(String::from_utf8(output.stdout).unwrap(), TUTORIAL_OUTPUT);
    }
}

#[test]
fn help_in_japanese_explains_every_option() {
    for (locale, args) in [
        (JAPANESE, &["--help"][..]),
        (&[][..], &["--lang", "ja", "--help"]),
        (&[], &["--help", "--lang", "ja"]),
        (&[], &["-h", "--lang=ja"]),
    ] {
        let output = forward_in(locale, args);
        assert!(output.status.success(), "{args:?}");
        let help = String::from_utf8(output.stdout).unwrap();
        for needle in [
            "ニューラルネットワークの順伝播を計算し",
            "使い方: forward",
            "オプション:",
            "--lang <LANG>",
            "ラベルとメッセージの言語",
            "--network <FILE.toml>",
            "--input <X1,X2,...>",
            "このヘルプを表示します",
            "バージョンを表示します",
            "[[layers]]",
            "終了ステータス 2",
        ] {
            assert!(help.contains(needle), "{args:?}: no {needle:?} in\n{help}");
        }
        for english in ["Usage", "Options", "Print", "Runs a neural network"] {
            assert!(!help.contains(english), "{args:?}: {english:?} in\n{help}");
        }
    }
}

#[test]
fn unreadable_files_name_the_file() {
    let missing = forward(&["--network", "no/such/network.toml"]);
    assert_eq!(
        one_error_line(&missing),
        "error: cannot read no/such/network.toml: No such file or directory (os error 2)"
    );
    let missing = forward_in(JAPANESE, &["--network", "no/such/network.toml"]);
    assert_eq!(
        one_error_line(&missing),
        "error: no/such/network.toml を読めません: No such file or directory (os error 2)"
    );
    let directory = data("bad-networks");
    let line = one_error_line(&forward(&["--network", directory.to_str().unwrap()]));
    assert!(
        line.starts_with(&format!("error: cannot read {}: ", directory.display())),
        "{line}"
    );
}

/// Files written on the fly: too big, too deep, not text.
#[test]
fn hostile_files_are_refused_cleanly() {
    let dir = std::env::temp_dir().join(format!("forward-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::File::create(&path)
            .unwrap()
            .write_all(bytes)
            .unwrap();
        path.to_str().unwrap().to_owned()
    };

    // 2 MiB of valid TOML comments: refused by size, before parsing.
    let huge = write("huge.toml", "# padding\n".repeat(200_000).as_bytes());
    let line = one_error_line(&forward(&["--network", &huge]));
    assert_eq!(
        line,
        format!("error: {huge} is larger than 1048576 bytes: too big for a network file")
    );

    // Arrays nested 100 000 deep: the parser's depth limit, not a stack overflow.
    let deep_text = format!(
        "input = {}1.0{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let deep = write("deep.toml", deep_text.as_bytes());
    let line = one_error_line(&forward(&["--network", &deep]));
    assert!(line.starts_with(&format!("error: {deep}:1:")), "{line}");

    // Not UTF-8.
    let binary = write("binary.toml", &[0xff, 0xfe, 0x00, 0x80]);
    let line = one_error_line(&forward(&["--network", &binary]));
    assert!(
        line.starts_with(&format!("error: cannot read {binary}: ")),
        "{line}"
    );

    // A wide layer within the size limit runs: the limit is on bytes, not shapes.
    let wide_row = vec!["0.0"; 10_000].join(",");
    let wide = write(
        "wide.toml",
        format!("[[layers]]\nweights = [[{wide_row}]]\nbias = [0.0]\nactivation = \"relu\"\n")
            .as_bytes(),
    );
    let output = forward(&["--network", &wide, "--input", &vec!["1"; 10_000].join(",")]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    std::fs::remove_dir_all(&dir).unwrap();
}

/// `forward | head -1` closes the pipe early: no error, no panic.
#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_forward"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // close the reading end at once
    let output = child.wait_with_output().unwrap();
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success());
}
