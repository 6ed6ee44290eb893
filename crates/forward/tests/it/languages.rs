//! The demo's two languages, tested directly: the rule that chooses one,
//! clap's own words in each, and the messages that only a rare command
//! line or file reaches. (The runner compiles `language.rs` too.)

use crate::language::Language::{self, English, Japanese};
use clap::{Arg, Command};
use std::ffi::OsString;

/// Environment variables and their values.
type Table<'a> = &'a [(&'a str, &'a str)];

/// A stand-in for the environment: the variables in `table`, and no others.
fn locale<'a>(table: Table<'a>) -> impl Fn(&str) -> Option<String> + 'a {
    |name| {
        let found = table.iter().find(|(variable, _)| *variable == name);
        found.map(|(_, value)| (*value).to_owned())
    }
}

#[test]
fn the_flag_wins_then_the_first_locale_variable_set() {
    let cases: [(Option<Language>, Table, Language); 11] = [
        (None, &[], English),
        (None, &[("LANG", "ja_JP.UTF-8")], Japanese),
        (None, &[("LANG", "ja")], Japanese),
        (None, &[("LANG", "en_US.UTF-8")], English),
        (None, &[("LANG", "C")], English),
        (
            None,
            &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "ja_JP.UTF-8")],
            Japanese,
        ),
        (
            None,
            &[("LC_MESSAGES", "en_US"), ("LANG", "ja_JP.UTF-8")],
            English,
        ),
        (
            None,
            &[("LC_ALL", "ja_JP.UTF-8"), ("LC_MESSAGES", "C")],
            Japanese,
        ),
        (
            None,
            &[("LC_ALL", "C"), ("LC_MESSAGES", "ja_JP.UTF-8")],
            English,
        ),
        // Set but empty counts as not set.
        (
            None,
            &[("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "ja_JP")],
            Japanese,
        ),
        (Some(English), &[("LC_ALL", "ja_JP.UTF-8")], English),
    ];
    for (flag, table, expected) in cases {
        assert_eq!(
            Language::choose(flag, locale(table)),
            expected,
            "{flag:?} {table:?}"
        );
    }
    assert_eq!(
        Language::choose(Some(Japanese), locale(&[("LANG", "C")])),
        Japanese
    );
}

/// A command line like the runner's: a subcommand with a required argument.
fn runner_like() -> Command {
    let lang = Arg::new("lang").long("lang").global(true);
    let lang = lang.value_parser(clap::value_parser!(Language));
    let hint = Command::new("hint").about("Show a hint.");
    let hint = hint.arg(Arg::new("exercise").required(true));
    Command::new("runner").arg(lang).subcommand(hint)
}

fn args(line: &str) -> Vec<OsString> {
    line.split_whitespace().map(OsString::from).collect()
}

#[test]
fn the_flag_is_read_before_help_and_despite_later_mistakes() {
    for (line, expected) in [
        ("runner", None),
        ("runner --lang ja", Some(Japanese)),
        ("runner --lang=en", Some(English)),
        ("runner --help --lang ja", Some(Japanese)),
        ("runner -V --lang ja", Some(Japanese)),
        ("runner hint --lang ja --help", Some(Japanese)),
        ("runner hint --lang ja", Some(Japanese)),
        ("runner --lang ja --bogus", Some(Japanese)),
        ("runner --lang fr", None),
    ] {
        let command = runner_like().version("1.0");
        assert_eq!(Language::flag(command, &args(line)), expected, "{line}");
    }
}

/// The help of `command` in `language` for `line`, as the program prints it.
fn help(language: Language, command: Command, line: &str) -> String {
    let error = language.localize(command).try_get_matches_from(args(line));
    let error = error.expect_err("help is not a parse");
    error.render().to_string()
}

#[test]
fn help_uses_the_languages_headings_also_in_subcommands() {
    let japanese = help(Japanese, runner_like().version("1.0"), "runner --help");
    for needle in [
        "使い方: runner",
        "コマンド:",
        "オプション:",
        "-h, --help",
        "このヘルプを表示します",
        "-V, --version",
        "バージョンを表示します",
        "hint",
    ] {
        assert!(japanese.contains(needle), "{needle:?} in\n{japanese}");
    }
    let japanese = help(Japanese, runner_like(), "runner hint --help");
    for needle in [
        "使い方: runner hint",
        "引数:",
        "<exercise>",
        "オプション:",
        "--lang",
        "このヘルプを表示します",
    ] {
        assert!(japanese.contains(needle), "{needle:?} in\n{japanese}");
    }
    assert!(
        !japanese.contains("--version"),
        "no version, no flag:\n{japanese}"
    );
    let english = help(English, runner_like().version("1.0"), "runner --help");
    for needle in [
        "Usage: runner",
        "Commands:",
        "Options:",
        "Print help",
        "Print version",
    ] {
        assert!(english.contains(needle), "{needle:?} in\n{english}");
    }
    let english = help(English, runner_like(), "runner hint -h");
    assert!(english.contains("Arguments:"), "{english}");
}

/// Each mistake clap finds, in either language, as one line.
#[test]
fn command_line_mistakes_are_one_line_in_either_language() {
    let cases = [
        (
            "runner --lang",
            "'--lang <lang>' には値が必要です [使える値: ja, en]",
            "a value is required for '--lang <lang>' but none was supplied [possible values: ja, en]",
        ),
        (
            "runner --lang fr",
            "'--lang <lang>' に 'fr' は使えません [使える値: ja, en]",
            "invalid value 'fr' for '--lang <lang>' [possible values: ja, en]",
        ),
        (
            "runner --bogus",
            "知らない引数 '--bogus' があります",
            "unexpected argument '--bogus' found",
        ),
        (
            "runner hunt",
            "知らないコマンド 'hunt' です",
            "unrecognized subcommand 'hunt'",
        ),
        (
            "runner hint",
            "<exercise> を指定してください",
            "the following required arguments were not provided: <exercise>",
        ),
        (
            "runner --lang ja --lang ja",
            "'--lang <lang>' は一度しか指定できません",
            "the argument '--lang <lang>' cannot be used multiple times",
        ),
    ];
    for (line, japanese, english) in cases {
        let error = runner_like().try_get_matches_from(args(line)).unwrap_err();
        assert_eq!(Japanese.command_line_error(&error), japanese, "{line}");
        assert_eq!(English.command_line_error(&error), english, "{line}");
    }
    // Rarer mistakes keep clap's English: a value its parser refuses...
    let number = Arg::new("n")
        .long("n")
        .value_parser(clap::value_parser!(u8));
    let error = Command::new("c")
        .arg(number)
        .try_get_matches_from(["c", "--n", "x"]);
    let error = error.unwrap_err();
    let english = "invalid value 'x' for '--n <n>': invalid digit found in string";
    assert_eq!(Japanese.command_line_error(&error), english);
    // ...and two different arguments that conflict (not "only once").
    let a = Arg::new("a").long("a").num_args(0).conflicts_with("b");
    let b = Arg::new("b").long("b").num_args(0);
    let error = Command::new("c")
        .args([a, b])
        .try_get_matches_from(["c", "--a", "--b"]);
    let error = error.unwrap_err();
    assert_eq!(
        Japanese.command_line_error(&error),
        English.command_line_error(&error)
    );
    assert!(
        English
            .command_line_error(&error)
            .starts_with("the argument '--a' cannot be used with")
    );
}

/// Messages that no test file reaches.
#[test]
fn rare_file_errors_have_their_japanese() {
    let cases = [
        (
            "invalid type: map, expected f64",
            "数が必要なところにテーブル が書かれています",
        ),
        (
            "invalid type: boolean `true`, expected a sequence",
            "リストが必要なところに真偽値 `true` が書かれています",
        ),
        (
            "invalid type: sequence, expected a string",
            "文字列が必要なところにリスト が書かれています",
        ),
        (
            "invalid type: unit value, expected a map",
            "a mapが必要なところにunit value が書かれています",
        ),
    ];
    for (english, japanese) in cases {
        assert_eq!(Japanese.file_error(english), japanese);
    }
    assert_eq!(
        English.file_error("invalid type: map, expected a sequence"),
        "invalid type: map, expected a list"
    );
}
