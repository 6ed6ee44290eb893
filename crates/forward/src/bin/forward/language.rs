//! English or Japanese: which one a program speaks, and clap's own words
//! (its help headings and its errors) in that language.
//!
//! `--lang en` or `--lang ja` decides; without it, the locale does, read as
//! POSIX reads it: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
//! set and not empty. One starting with `ja` (`ja_JP.UTF-8`) means
//! Japanese, anything else English.
//!
//! The exercise runner (`crates/exercises`) compiles this same file into
//! itself, so the demo and the runner cannot disagree on the rule.

use clap::error::{ContextKind, ErrorKind};
use clap::{Arg, ArgAction, Command};
use std::ffi::OsString;

/// A language the programs speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Language {
    /// 日本語.
    #[value(name = "ja")]
    Japanese,
    /// English.
    #[value(name = "en")]
    English,
}

/// The environment variables that name a locale, the strongest first.
const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

impl Language {
    /// The `--lang` flag if given, else the language of the locale.
    /// `variable` reads an environment variable: `|name| std::env::var(name).ok()`
    /// in the programs, a table in the tests.
    pub(crate) fn choose(flag: Option<Self>, variable: impl Fn(&str) -> Option<String>) -> Self {
        let mut locale = LOCALE_VARIABLES.into_iter().filter_map(variable);
        match (flag, locale.find(|value| !value.is_empty())) {
            (Some(language), _) => language,
            (None, Some(locale)) if locale.starts_with("ja") => Self::Japanese,
            _ => Self::English,
        }
    }

    /// The `--lang` flag on a command line (`args`, the program's name
    /// first) parsed by `command`, before the real parse: so that clap's
    /// own help and errors can be in the language asked for. A mistake
    /// later on the line does not hide the flag; one before it does.
    pub(crate) fn flag(command: Command, args: &[OsString]) -> Option<Self> {
        // `--help` and `--version` would stop the parse at once: here they are plain flags.
        let plain = |arg: Arg| match arg.get_action() {
            ArgAction::Help | ArgAction::Version => arg.action(ArgAction::SetTrue),
            _ => arg,
        };
        let lenient = Self::English
            .localize(command)
            .ignore_errors(true)
            .mut_args(plain);
        let matches = lenient.try_get_matches_from(args).ok()?;
        matches.get_one::<Self>("lang").copied()
    }

    /// `command` with clap's own words in this language: the headings of
    /// its help, `-h`/`--help` for it and its subcommands and, if it has a
    /// version, `-V`/`--version`, each with its help.
    pub(crate) fn localize(self, command: Command) -> Command {
        let words = match self {
            Self::English => ClapWords {
                usage: "Usage:",
                commands: "Commands",
                arguments: "Arguments",
                options: "Options",
                help: "Print help",
                version: "Print version",
            },
            Self::Japanese => ClapWords {
                usage: "使い方:",
                commands: "コマンド",
                arguments: "引数",
                options: "オプション",
                help: "このヘルプを表示します",
                version: "バージョンを表示します",
            },
        };
        let template = format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            words.usage
        );
        let heading = |arg: Arg| {
            let heading = if arg.is_positional() {
                words.arguments
            } else {
                words.options
            };
            arg.help_heading(heading)
        };
        // Our own flags in place of clap's, whose help is in English.
        let help = Arg::new("help").short('h').long("help").global(true);
        let help = help.action(ArgAction::Help).help(words.help);
        let version = Arg::new("version").short('V').long("version");
        let version = version.action(ArgAction::Version).help(words.version);
        let has_version = command.get_version().is_some();
        let command = command
            .disable_help_flag(true)
            .disable_version_flag(true)
            .arg(help);
        let command = if has_version {
            command.arg(version)
        } else {
            command
        };
        let sub = |command: Command| {
            let template = template.clone();
            command.help_template(template).mut_args(heading)
        };
        command
            .help_template(template.clone())
            .subcommand_help_heading(words.commands)
            .mut_args(heading)
            .mut_subcommands(sub)
    }

    /// A command-line mistake as one line, without `error: ` (the caller
    /// adds it) and without clap's usage and tips.
    pub(crate) fn command_line_error(self, error: &clap::Error) -> String {
        let context = |kind| error.get(kind).map(ToString::to_string).unwrap_or_default();
        let (arg, value) = (
            context(ContextKind::InvalidArg),
            context(ContextKind::InvalidValue),
        );
        let valid = context(ContextKind::ValidValue);
        match (self, error.kind()) {
            (Self::Japanese, ErrorKind::InvalidValue) => {
                let problem = match value.is_empty() {
                    true => format!("'{arg}' には値が必要です"),
                    false => format!("'{arg}' に '{value}' は使えません"),
                };
                let valid = match valid.is_empty() {
                    true => String::new(),
                    false => format!(" [使える値: {valid}]"),
                };
                problem + &valid
            }
            (Self::Japanese, ErrorKind::UnknownArgument) => {
                format!("知らない引数 '{arg}' があります")
            }
            (Self::Japanese, ErrorKind::InvalidSubcommand) => {
                format!(
                    "知らないコマンド '{}' です",
                    context(ContextKind::InvalidSubcommand)
                )
            }
            (Self::Japanese, ErrorKind::MissingRequiredArgument) => {
                format!("{arg} を指定してください")
            }
            (Self::Japanese, ErrorKind::ArgumentConflict)
                if context(ContextKind::PriorArg) == arg =>
            {
                format!("'{arg}' は一度しか指定できません")
            }
            // Anything rarer: clap's English, cut to its first paragraph.
            _ => first_paragraph(&error.render().to_string()),
        }
    }
}

/// The words clap writes on its own.
struct ClapWords {
    usage: &'static str,
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
    help: &'static str,
    version: &'static str,
}

/// clap's message without its usage and tips: the lines up to the first
/// blank one, joined into one line, without `error: `.
fn first_paragraph(text: &str) -> String {
    let lines = text.lines().take_while(|line| !line.trim().is_empty());
    let words: Vec<&str> = lines.flat_map(str::split_whitespace).collect();
    words.join(" ").trim_start_matches("error: ").to_owned()
}
