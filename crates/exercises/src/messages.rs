//! Everything the runner says to you, in English and Japanese side by
//! side. (`verify`, which only CI runs, speaks English.) Each exercise's
//! own title, task and hint are in `info.toml`, in both languages.

use crate::language::Language::{self, English, Japanese};

/// The runner's help: the texts of `--help`.
pub(crate) struct Help {
    pub(crate) about: &'static str,
    pub(crate) after_help: &'static str,
    pub(crate) lang: &'static str,
    pub(crate) progress: &'static str,
    pub(crate) watch: &'static str,
    pub(crate) list: &'static str,
    pub(crate) hint: &'static str,
    pub(crate) exercise: &'static str,
    pub(crate) verify: &'static str,
}

/// The labels before the next exercise's chapter, file, task, test command
/// and hint: 11 columns wide on screen (a Japanese character takes two).
pub(crate) struct Labels {
    pub(crate) chapter: &'static str,
    pub(crate) file: &'static str,
    pub(crate) task: &'static str,
    pub(crate) check: &'static str,
    pub(crate) hint: &'static str,
}

impl Language {
    /// The help of the command line, in this language.
    pub(crate) fn help(self) -> Help {
        match self {
            English => Help {
                about: "Shows your progress through the book's exercises and the next one to \
                    do, with its hint.",
                after_help: "Example: cargo run -p exercises -- hint 3\n\n\
                    Bad arguments print one line starting with `error:` and exit with status 2.",
                lang: "Language: en or ja (default: LC_ALL, LC_MESSAGES or LANG; Japanese if \
                    it starts with ja).",
                progress: "Show your progress and the next exercise (the default).",
                watch: "The same, again each time you save an exercise file (Ctrl-C stops).",
                list: "List every exercise with its status.",
                hint: "Show the hint for one exercise.",
                exercise: "The exercise's number (3) or name (stable_sigmoid).",
                verify: "For CI: prove that every stub fails its tests only by reaching \
                    todo!() and every solution passes them, clippy-clean, and that every \
                    wrong answer in wrong-answers/ fails them.",
            },
            Japanese => Help {
                about: "本の練習問題の進み具合と、次に解く練習問題をヒントとともに表示します。",
                after_help: "例: cargo run -p exercises -- hint 3\n\n\
                    引数が正しくないときは `error:` で始まる 1 行を表示し、\
                    終了ステータス 2 で終わります。",
                lang: "言語: en または ja (省略時は LC_ALL、LC_MESSAGES、LANG に従い、\
                    ja で始まれば日本語)。",
                progress: "進み具合と次の練習問題を表示します (省略時はこれ)。",
                watch: "同じものを、練習問題のファイルを保存するたびに表示し直します \
                    (Ctrl-C で止まります)。",
                list: "すべての練習問題をその状態とともに一覧表示します。",
                hint: "1 つの練習問題のヒントを表示します。",
                exercise: "練習問題の番号 (3) または名前 (stable_sigmoid)。",
                verify: "CI 用: どのひな形もテストに失敗するのは todo!() に達したときだけで、\
                    どの解答もすべてのテストに通り clippy の警告もないこと、\
                    wrong-answers/ のどの誤答もテストに失敗することを確かめます。",
            },
        }
    }

    /// `Progress: 3/19 exercises done [###----...]`, and how many of those
    /// are counted as when they last compiled.
    pub(crate) fn progress(self, finished: usize, total: usize, old: usize, bar: &str) -> String {
        match (self, old) {
            (English, 0) => format!("Progress: {finished}/{total} exercises done [{bar}]"),
            (English, _) => format!(
                "Progress: {finished}/{total} exercises done ({old} as when they last compiled) [{bar}]"
            ),
            (Japanese, 0) => format!("進み具合: {total} 問中 {finished} 問が完了 [{bar}]"),
            (Japanese, _) => format!(
                "進み具合: {total} 問中 {finished} 問が完了 \
                 (うち {old} 問は最後にコンパイルできたときの結果) [{bar}]"
            ),
        }
    }

    /// When nothing is left to do.
    pub(crate) fn all_done(self) -> &'static str {
        match self {
            English => "Every exercise is done. Well done! The homework comes next.",
            Japanese => "すべての練習問題が完了しました。お見事です! 次は宿題です。",
        }
    }

    /// The heading of the next exercise.
    pub(crate) fn next_exercise(self, number: usize, title: &str) -> String {
        match self {
            English => format!("Next: exercise {number}, {title}"),
            Japanese => format!("次は練習問題 {number}「{title}」です"),
        }
    }

    /// The labels of the next exercise's lines.
    pub(crate) fn labels(self) -> Labels {
        match self {
            English => Labels {
                chapter: "  chapter  ",
                file: "  file     ",
                task: "  task     ",
                check: "  check    ",
                hint: "  hint     ",
            },
            Japanese => Labels {
                chapter: "  章       ",
                file: "  ファイル ",
                task: "  課題     ",
                check: "  確認     ",
                hint: "  ヒント   ",
            },
        }
    }

    /// The chapter an exercise belongs to. Its title is the book's.
    pub(crate) fn chapter(self, number: u32, title: &str) -> String {
        match self {
            English => format!("{number}, {title}"),
            Japanese => format!("第{number}章「{title}」"),
        }
    }

    /// An exercise that does not compile, and the compiler's errors.
    pub(crate) fn does_not_compile(self, errors: &str) -> String {
        match self {
            English => format!("It does not compile. The compiler says:\n\n{errors}"),
            Japanese => format!("コンパイルできません。コンパイラのメッセージ:\n\n{errors}"),
        }
    }

    /// An exercise with a failing test, named `name`; its message follows.
    pub(crate) fn first_failure(self, passed: usize, total: usize, name: &str) -> String {
        match self {
            English => {
                format!("{passed} of its {total} tests pass. The first that fails, {name}:")
            }
            Japanese => format!(
                "{total} 個のテストのうち {passed} 個が通ります。最初に失敗したテスト {name}:"
            ),
        }
    }

    /// An exercise whose other tests still reach `todo!()`.
    pub(crate) fn rest_not_started(self, passed: usize, total: usize) -> String {
        match self {
            English => {
                format!("{passed} of its {total} tests pass; the others reach todo!().")
            }
            Japanese => format!(
                "{total} 個のテストのうち {passed} 個が通ります。残りは todo!() に達します。"
            ),
        }
    }

    /// What to do after editing.
    pub(crate) fn save_and_run_again(self) -> &'static str {
        match self {
            English => {
                "Save the file and run `cargo run -p exercises` again, or keep\n\
                 `cargo run -p exercises -- watch` running."
            }
            Japanese => {
                "ファイルを保存して `cargo run -p exercises` をもう一度実行するか、\n\
                 `cargo run -p exercises -- watch` を動かしたままにしてください。"
            }
        }
    }

    /// An exercise's status (`run::status`) in words.
    pub(crate) fn status(self, status: &str) -> &str {
        match (self, status) {
            (Japanese, "done") => "完了",
            (Japanese, "failing") => "失敗",
            (Japanese, "not started") => "未着手",
            (Japanese, "does not compile") => "コンパイルエラー",
            _ => status,
        }
    }

    /// The last line of the list.
    pub(crate) fn exercises_done(self, done: usize, total: usize) -> String {
        match self {
            English => format!("{done}/{total} exercises done"),
            Japanese => format!("{total} 問中 {done} 問が完了"),
        }
    }

    /// What `hint` prints.
    pub(crate) fn hint_page(self, number: usize, title: &str, path: &str, hint: &str) -> String {
        match self {
            English => format!("Exercise {number}: {title}\n{path}\n\nHint:\n{hint}"),
            Japanese => format!("練習問題 {number}: {title}\n{path}\n\nヒント:\n{hint}"),
        }
    }

    /// What `watch` says while it waits.
    pub(crate) fn watching(self) -> &'static str {
        match self {
            English => "Watching crates/exercises/exercises/ for changes. Ctrl-C stops.",
            Japanese => "crates/exercises/exercises/ の変更を見張っています。Ctrl-C で止まります。",
        }
    }

    /// `hint` given something that names no exercise.
    pub(crate) fn no_such_exercise(self, text: &str, count: usize) -> String {
        match self {
            English => {
                format!("there is no exercise {text:?}: give a number from 1 to {count} or a name")
            }
            Japanese => format!(
                "練習問題 {text:?} はありません: 1 から {count} までの番号か名前を指定してください"
            ),
        }
    }
}
