//! The runner's own tests: `cargo test -p exercises --bin exercises`, which
//! compiles none of the exercises. Running cargo itself is exercised by
//! `verify` in CI.

use crate::info::{Info, Texts};
use crate::language::Language::{self, English, Japanese};
use crate::run::{Judged, NOT_STARTED, Outcome, TestRun, classify, count, read_build, status};
use crate::{command_line, list, progress};
use clap::CommandFactory;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use unicode_width::UnicodeWidthStr;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn info() -> Info {
    Info::load(&root()).unwrap()
}

/// The names of the files in `directory` that `keep` accepts.
fn files(directory: &Path, keep: impl Fn(&str) -> bool) -> BTreeSet<String> {
    let entries = std::fs::read_dir(directory).unwrap();
    let names = entries.map(|entry| entry.unwrap().file_name().into_string().unwrap());
    names.filter(|name| keep(name)).collect()
}

/// Where `info.toml`, the three directories of exercise files and the book
/// disagree: one message per problem, none when they all agree.
fn disagreements(root: &Path, info: &Info) -> Vec<String> {
    let mut problems = Vec::new();
    let stems = info
        .exercises
        .iter()
        .map(|exercise| format!("{}.rs", exercise.stem()));
    let expected: BTreeSet<String> = stems.collect();
    for directory in ["exercises", "solutions", "tests"] {
        // Only files named NN_name.rs are exercises: not tests/homework.rs.
        let found = files(&root.join("crates/exercises").join(directory), |name| {
            name.ends_with(".rs") && name.starts_with(|c: char| c.is_ascii_digit())
        });
        for name in expected.difference(&found) {
            problems.push(format!(
                "info.toml lists {directory}/{name}, which does not exist"
            ));
        }
        for name in found.difference(&expected) {
            let number = &name[..2];
            problems.push(format!(
                "{directory}/{name} is not in info.toml, or not as number {number}"
            ));
        }
    }
    let chapters: Vec<&str> = info.exercises.iter().map(|e| e.chapter.as_str()).collect();
    if !chapters.is_sorted() {
        problems.push(format!(
            "info.toml: the exercises are not in chapter order: {chapters:?}"
        ));
    }
    for page in files(&root.join("book/src"), |name| name.starts_with("ch")) {
        if !chapters
            .iter()
            .any(|chapter| format!("{chapter}.md") == page)
        {
            problems.push(format!(
                "book/src/{page} is a chapter with no exercise in info.toml"
            ));
        }
    }
    for chapter in chapters {
        for directory in ["", "exercises/", "solutions/"] {
            let page = format!("book/src/{directory}{chapter}.md");
            if !root.join(&page).is_file() {
                problems.push(format!(
                    "info.toml names the chapter {chapter}, but {page} does not exist"
                ));
            }
        }
    }
    problems
}

/// Which exercises are done, judged now only.
fn now_done(judged: &[Judged]) -> Vec<bool> {
    judged
        .iter()
        .map(|judged| status(judged) == "done")
        .collect()
}

fn test(name: &str, outcome: Outcome, log: &str) -> TestRun {
    let (name, log) = (name.to_owned(), log.to_owned());
    TestRun { name, outcome, log }
}

#[test]
fn info_toml_lists_the_exercises_in_chapter_order() {
    let info = info();
    assert_eq!(info.exercises.len(), 19);
    let fourth = &info.exercises[3];
    assert_eq!(
        (fourth.number, fourth.stem()),
        (4, "04_stable_sigmoid".to_owned())
    );
    assert_eq!(
        fourth.path(),
        "crates/exercises/exercises/04_stable_sigmoid.rs"
    );
    assert_eq!(
        (
            fourth.chapter_number(),
            fourth.chapter_title(&root(), English).as_str()
        ),
        (3, "The sigmoid")
    );
    // In Japanese, the Japanese edition's title of the same page.
    assert_eq!(fourth.chapter_title(&root(), Japanese), "シグモイド関数");
    for exercise in &info.exercises {
        for (texts, full_stop) in [(&exercise.english, "."), (&exercise.japanese, "。")] {
            let Texts { title, task, hint } = texts;
            let name = &exercise.name;
            assert!(!title.trim().is_empty(), "{name}: {title:?}");
            for text in [task, hint] {
                assert!(text.trim().ends_with(full_stop), "{name}: {text}");
                // The runner prints them after 11 columns of labels, in 78.
                for line in text.lines() {
                    assert!(line.width() <= 66, "{name}: {line:?} is too wide");
                }
            }
        }
    }
}

/// The `code` in a text, each span on one line: a line break inside one is a space.
fn code_spans(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let text = words.join(" ");
    let spans = text.split('`').skip(1).step_by(2);
    let mut spans: Vec<String> = spans.map(str::to_owned).collect();
    spans.sort();
    spans
}

/// The Japanese keeps the English's code: the same spans, in any order.
#[test]
fn the_japanese_texts_keep_the_englishs_code() {
    for exercise in &info().exercises {
        let (english, japanese) = (&exercise.english, &exercise.japanese);
        for (en, ja) in [
            (&english.title, &japanese.title),
            (&english.task, &japanese.task),
            (&english.hint, &japanese.hint),
        ] {
            assert_eq!(
                code_spans(ja),
                code_spans(en),
                "{}:\n{en}\n{ja}",
                exercise.name
            );
            assert_eq!(ja.matches('`').count() % 2, 0, "{}: {ja}", exercise.name);
        }
        // And it is Japanese: not a copy of the English.
        let japanese_text = [&japanese.title, &japanese.task, &japanese.hint];
        assert!(
            japanese_text
                .iter()
                .all(|text| text.chars().any(|c| c > '\u{3000}')),
            "{}",
            exercise.name
        );
    }
    assert_eq!(code_spans("a `b\nc` d `e`"), ["b c", "e"]);
}

/// A stand-in for the environment: the variables in `table`, and no others.
fn locale<'a>(table: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    |name| {
        let found = table.iter().find(|(variable, _)| *variable == name);
        found.map(|(_, value)| (*value).to_owned())
    }
}

/// The demo's rule, which the runner shares: `--lang`, else the first of
/// LC_ALL, LC_MESSAGES and LANG that is set and not empty.
#[test]
fn the_flag_then_the_locale_choose_the_language() {
    let choose = |flag, table| Language::choose(flag, locale(table));
    assert_eq!(choose(None, &[]), English);
    assert_eq!(choose(None, &[("LANG", "ja_JP.UTF-8")]), Japanese);
    assert_eq!(choose(None, &[("LANG", "en_US.UTF-8")]), English);
    assert_eq!(choose(Some(English), &[("LANG", "ja_JP.UTF-8")]), English);
    assert_eq!(choose(Some(Japanese), &[("LANG", "C")]), Japanese);
    let posix = [("LC_ALL", ""), ("LC_MESSAGES", "ja_JP"), ("LANG", "en_GB")];
    assert_eq!(choose(None, &posix), Japanese);
    let posix = [("LC_ALL", "C"), ("LC_MESSAGES", "ja_JP"), ("LANG", "ja_JP")];
    assert_eq!(choose(None, &posix), English);
}

/// `--lang` is on every command, and the help speaks the language asked for.
#[test]
fn the_command_line_speaks_both_languages() {
    let args = |line: &str| -> Vec<std::ffi::OsString> {
        line.split_whitespace().map(Into::into).collect()
    };
    let flag = |line| Language::flag(crate::Options::command(), &args(line));
    assert_eq!(flag("exercises hint 3 --lang ja"), Some(Japanese));
    assert_eq!(flag("exercises --help --lang=en"), Some(English));
    let help = |language: Language, line: &str| {
        let error = command_line(language).try_get_matches_from(args(line));
        error.unwrap_err().render().to_string()
    };
    let japanese = help(Japanese, "exercises --help");
    for needle in [
        "練習問題の進み具合",
        "使い方:",
        "コマンド:",
        "オプション:",
        "--lang",
        "一覧表示",
        "ヒントを表示",
    ] {
        assert!(japanese.contains(needle), "{needle:?} in\n{japanese}");
    }
    let japanese = help(Japanese, "exercises hint --help");
    assert!(japanese.contains("練習問題の番号 (3)"), "{japanese}");
    let english = help(English, "exercises --help");
    for needle in [
        "Shows your progress",
        "Usage:",
        "Commands:",
        "--lang <LANG>",
        "Show the hint",
    ] {
        assert!(english.contains(needle), "{needle:?} in\n{english}");
    }
    assert!(
        !english.contains("\n  help "),
        "no help subcommand: --help is the one way"
    );
}

#[test]
fn info_toml_errors_name_the_problem() {
    let parse = |text: &str| toml::from_str::<Info>(text).map_err(|e| e.to_string());
    let missing =
        "[[exercises]]\nname = \"neuron\"\nchapter = \"ch01-x\"\ntitle = \"t\"\ntask = \"t\"\n";
    let japanese = "[exercises.ja]\ntitle = \"t\"\ntask = \"t\"\nhint = \"h\"\n";
    let error = parse(&format!("{missing}{japanese}")).unwrap_err();
    assert!(error.contains("missing field `hint`"), "{error}");
    let error = parse(&format!("{missing}hint = \"h\"\nhints = \"h\"\n{japanese}")).unwrap_err();
    assert!(error.contains("unknown field `hints`"), "{error}");
    let error = parse(&format!("{missing}hint = \"h\"\n")).unwrap_err();
    assert!(error.contains("missing field `ja`"), "{error}");
    let error = parse(&format!(
        "{missing}hint = \"h\"\n[exercises.ja]\ntitle = \"t\"\n"
    ));
    let error = error.unwrap_err();
    assert!(error.contains("missing field `task`"), "{error}");
    let parsed = parse(&format!("{missing}hint = \"h\"\n{japanese}")).unwrap();
    assert_eq!(parsed.exercises[0].japanese.hint, "h");
    assert_eq!(parsed.exercises[0].english.hint, "h");
}

#[test]
fn the_files_and_the_book_agree_with_info_toml() {
    let problems = disagreements(&root(), &info());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_missing_or_extra_file_is_named() {
    let mut info = info();
    // As if exercise 19 were renamed in info.toml only.
    info.exercises[18].name = "in_place_renamed".to_owned();
    let problems = disagreements(&root(), &info);
    for directory in ["exercises", "solutions", "tests"] {
        let listed =
            format!("info.toml lists {directory}/19_in_place_renamed.rs, which does not exist");
        assert!(problems.contains(&listed), "{problems:#?}");
        let extra = format!("{directory}/19_in_place.rs is not in info.toml, or not as number 19");
        assert!(problems.contains(&extra), "{problems:#?}");
    }
    assert_eq!(problems.len(), 6, "{problems:#?}");
    info.exercises.swap(0, 18);
    let problems = disagreements(&root(), &info);
    assert!(
        problems.iter().any(|p| p.contains("not in chapter order")),
        "{problems:#?}"
    );
}

/// Each stub starts with its title, its chapter (linked, with the page's
/// real title) and its test command, and has a `// TODO` and a `todo!()`;
/// each solution has no `todo!()` and marks what the book shows.
#[test]
fn the_stubs_and_solutions_say_what_they_are() {
    let root = root();
    for exercise in &info().exercises {
        let stem = exercise.stem();
        let stub = std::fs::read_to_string(root.join(exercise.path())).unwrap();
        let solution = root.join(format!("crates/exercises/solutions/{stem}.rs"));
        let solution = std::fs::read_to_string(solution).unwrap();
        // The stub's `//!` lines, as one line of words.
        let doc = stub.lines().map_while(|line| line.strip_prefix("//!"));
        let doc = doc
            .flat_map(str::split_whitespace)
            .collect::<Vec<_>>()
            .join(" ");
        let (number, title) = (exercise.number, &exercise.english.title);
        let (chapter, page) = (exercise.chapter_number(), &exercise.chapter);
        let chapter_title = exercise.chapter_title(&root, English);
        for needed in [
            format!("# Exercise {number}: {title}"),
            format!("Chapter {chapter}, [{chapter_title}](../../../book/src/{page}.md)."),
            format!("`cargo test -p exercises --test {stem}`"),
            format!("`cargo run -p exercises -- hint {number}`"),
        ] {
            assert!(
                doc.contains(&needed),
                "{stem}.rs: its doc comment must say {needed:?}"
            );
        }
        // The hint is in info.toml only.
        let first_words: Vec<&str> = exercise.english.hint.split_whitespace().take(6).collect();
        assert!(
            !doc.contains(&first_words.join(" ")),
            "{stem}.rs quotes its hint"
        );
        assert!(
            stub.contains("// TODO") && stub.contains("todo!()"),
            "{stem}.rs is no stub"
        );
        assert!(
            !solution.contains("todo!("),
            "solutions/{stem}.rs has a todo!()"
        );
        assert!(
            solution.contains("// ANCHOR: "),
            "solutions/{stem}.rs: no ANCHOR for the book"
        );
    }
}

#[test]
fn exercises_are_found_by_number_or_name() {
    let info = info();
    assert_eq!(info.find("4", English).unwrap().name, "stable_sigmoid");
    assert_eq!(info.find("relu_nan", English).unwrap().number, 8);
    for wrong in ["0", "20", "-1", "sigmoid", ""] {
        let error = info.find(wrong, English).unwrap_err();
        assert!(error.starts_with("there is no exercise"), "{error}");
        let error = info.find(wrong, Japanese).unwrap_err();
        assert!(
            error.contains("までの番号か名前を指定してください"),
            "{error}"
        );
    }
}

#[test]
fn exit_statuses_are_outcomes() {
    assert_eq!(classify(Some(0)), Outcome::Passed);
    assert_eq!(classify(Some(NOT_STARTED)), Outcome::NotStarted);
    assert_eq!(classify(Some(101)), Outcome::Failed);
    assert_eq!(classify(Some(1)), Outcome::Failed);
    // Killed by a signal, such as a stack overflow's.
    assert_eq!(classify(None), Outcome::Failed);
}

#[test]
fn a_wrong_answer_outweighs_todo() {
    let passed = test("a", Outcome::Passed, "");
    let todo = test("b", Outcome::NotStarted, "not started");
    let failed = test("c", Outcome::Failed, "wrong");
    assert_eq!(status(&Ok(vec![passed.clone()])), "done");
    assert_eq!(
        status(&Ok(vec![passed.clone(), todo.clone()])),
        "not started"
    );
    assert_eq!(status(&Ok(vec![todo.clone(), failed])), "failing");
    assert_eq!(
        status(&Ok(Vec::new())),
        "failing",
        "an exercise without tests"
    );
    assert_eq!(status(&Err("error[E0308]".to_owned())), "does not compile");
    assert_eq!(
        count(&Ok(vec![passed.clone(), todo, passed]), Outcome::Passed),
        2
    );
}

#[test]
fn cargo_json_gives_executables_and_errors() {
    let json = r#"{"reason":"compiler-artifact","target":{"name":"activations","kind":["lib"]},"executable":null}
{"reason":"compiler-message","target":{"name":"05_tanh","kind":["test"]},"message":{"level":"warning","rendered":"warning: unused"}}
{"reason":"compiler-message","target":{"name":"05_tanh","kind":["test"]},"message":{"level":"error","rendered":"error: expected `;`\n --> crates/exercises/tests/../exercises/05_tanh.rs:3:9\n"}}
{"reason":"compiler-artifact","target":{"name":"01_neuron","kind":["test"]},"executable":"/t/01_neuron-abc"}
not json: cargo's own line
{"reason":"build-finished","success":false}"#;
    let built = read_build(json);
    assert_eq!(built.len(), 2, "{built:?}");
    assert_eq!(built["01_neuron"], Ok(PathBuf::from("/t/01_neuron-abc")));
    let errors = built["05_tanh"].clone().unwrap_err();
    assert!(
        errors.contains("--> crates/exercises/exercises/05_tanh.rs:3:9"),
        "{errors}"
    );
    assert!(
        !errors.contains("unused"),
        "warnings are left out: {errors}"
    );
}

#[test]
fn progress_shows_the_first_exercise_not_done() {
    let info = info();
    let done = Ok(vec![test("a", Outcome::Passed, "")]);
    let failed = test(
        "first",
        Outcome::Failed,
        "thread 'first' panicked:\nstep_int(0.0)\nnote: run with `RUST_BACKTRACE=1`",
    );
    let todo = Ok(vec![test("a", Outcome::NotStarted, "")]);
    let mut judged = vec![todo; 19];
    judged[0] = done.clone();
    judged[1] = Ok(vec![test("a", Outcome::Passed, ""), failed]);
    let text = progress(&root(), &info, &judged, &now_done(&judged), English);
    assert!(
        text.starts_with("Progress: 1/19 exercises done [#------------------]\n"),
        "{text}"
    );
    assert!(
        text.contains("Next: exercise 2, The step function as integers"),
        "{text}"
    );
    assert!(
        text.contains("crates/exercises/exercises/02_step_int.rs"),
        "{text}"
    );
    assert!(
        text.contains("cargo test -p exercises --test 02_step_int"),
        "{text}"
    );
    assert!(
        text.contains("1 of its 2 tests pass. The first that fails, first:"),
        "{text}"
    );
    assert!(text.contains("    step_int(0.0)"), "{text}");
    assert!(!text.contains("RUST_BACKTRACE"), "{text}");
    assert!(text.contains("i64::from(bool)"), "the hint: {text}");
    assert!(
        text.lines().all(|line| line.chars().count() <= 80),
        "{text}"
    );

    judged[1] = done.clone();
    let text = progress(&root(), &info, &judged, &now_done(&judged), English);
    assert!(text.contains("Next: exercise 3,"), "{text}");
    assert!(
        text.contains("0 of its 1 tests pass; the others reach todo!()."),
        "{text}"
    );

    // An exercise that does not compile comes first, and the others still count.
    judged[9] = Err("error: expected `;`".to_owned());
    let text = progress(&root(), &info, &judged, &now_done(&judged), English);
    assert!(
        text.starts_with("Progress: 2/19 exercises done [##-"),
        "{text}"
    );
    assert!(text.contains("Next: exercise 10,"), "{text}");
    assert!(
        text.contains("It does not compile. The compiler says:\n\nerror: expected `;`"),
        "{text}"
    );

    // One that was done before it stopped compiling still counts, and says so.
    let mut was_done = now_done(&judged);
    judged[1] = Err("error[E0425]: cannot find value `u`".to_owned());
    was_done[1] = true;
    let text = progress(&root(), &info, &judged, &was_done, English);
    let header = "Progress: 2/19 exercises done (1 as when they last compiled) [##-";
    assert!(text.starts_with(header), "{text}");
    assert!(text.contains("Next: exercise 2,"), "{text}");
    assert!(text.contains("cannot find value `u`"), "{text}");

    let text = progress(&root(), &info, &vec![done; 19], &[true; 19], English);
    assert!(text.starts_with("Progress: 19/19 exercises done"), "{text}");
    assert!(text.contains("Every exercise is done"), "{text}");
}

#[test]
fn the_list_has_one_line_per_exercise() {
    let mut judged = vec![Ok(vec![test("a", Outcome::NotStarted, "")]); 19];
    judged[0] = Ok(vec![test("a", Outcome::Passed, "")]);
    judged[1] = Ok(vec![test("a", Outcome::Failed, "")]);
    judged[4] = Err(String::new());
    let text = list(&root(), &info(), &judged, &now_done(&judged), English);
    assert_eq!(
        text.lines().filter(|line| line.contains(".rs ")).count(),
        19,
        "{text}"
    );
    assert!(text.contains(" 1  done  "), "{text}");
    assert!(text.contains(" 2  failing  "), "{text}");
    assert!(text.contains(" 3  not started  "), "{text}");
    assert!(text.contains(" 5  does not compile  "), "{text}");
    assert!(text.ends_with("\n1/19 exercises done\n"), "{text}");
}

#[test]
fn progress_speaks_japanese() {
    let info = info();
    let done = Ok(vec![test("a", Outcome::Passed, "")]);
    let failed = test(
        "first",
        Outcome::Failed,
        "thread 'first' panicked:\nstep_int(0.0)",
    );
    let mut judged = vec![Ok(vec![test("a", Outcome::NotStarted, "")]); 19];
    judged[0] = done.clone();
    judged[1] = Ok(vec![test("a", Outcome::Passed, ""), failed]);
    let text = progress(&root(), &info, &judged, &now_done(&judged), Japanese);
    let expected_start = "進み具合: 19 問中 1 問が完了 [#------------------]\n\n\
        次は練習問題 2「整数を返すステップ関数」です\n\n  \
        章       第2章「ステップ関数」\n           book/src/ch02-step.md\n  \
        ファイル crates/exercises/exercises/02_step_int.rs\n  \
        課題     NumPy の `(x > 0).astype(int)` のように";
    assert!(text.starts_with(expected_start), "{text}");
    for needle in [
        "  確認     cargo test -p exercises --test 02_step_int\n  ヒント   比較の結果は bool で、`i64::from(bool)`",
        "2 個のテストのうち 1 個が通ります。最初に失敗したテスト first:\n\n    thread 'first' panicked:\n    step_int(0.0)",
        "ファイルを保存して `cargo run -p exercises` をもう一度実行するか",
    ] {
        assert!(text.contains(needle), "{needle:?} in\n{text}");
    }
    // The labels take 11 columns, so every line fits in 78 (+ the indent of a failure).
    assert!(text.lines().all(|line| line.width() <= 80), "{text}");
    let hint_lines = text
        .lines()
        .skip_while(|line| !line.starts_with("  ヒント"));
    let second = hint_lines.clone().nth(1).unwrap();
    assert!(
        second.starts_with("           ") && !second.starts_with("            "),
        "{text}"
    );

    judged[1] = done.clone();
    judged[9] = Err("error: expected `;`".to_owned());
    let text = progress(&root(), &info, &judged, &now_done(&judged), Japanese);
    assert!(text.contains("次は練習問題 10「"), "{text}");
    assert!(
        text.contains("コンパイルできません。コンパイラのメッセージ:\n\nerror: expected `;`"),
        "{text}"
    );

    let mut was_done = now_done(&judged);
    judged[1] = Err("error[E0425]".to_owned());
    was_done[1] = true;
    let text = progress(&root(), &info, &judged, &was_done, Japanese);
    let header = "進み具合: 19 問中 2 問が完了 (うち 1 問は最後にコンパイルできたときの結果) [##-";
    assert!(text.starts_with(header), "{text}");

    judged[1] = done.clone();
    judged[9] = done.clone();
    let text = progress(&root(), &info, &judged, &now_done(&judged), Japanese);
    assert!(
        text.contains("1 個のテストのうち 0 個が通ります。残りは todo!() に達します。"),
        "{text}"
    );

    let text = progress(&root(), &info, &vec![done; 19], &[true; 19], Japanese);
    assert!(text.starts_with("進み具合: 19 問中 19 問が完了"), "{text}");
    assert!(text.contains("すべての練習問題が完了しました。"), "{text}");
}

#[test]
fn the_japanese_list_keeps_its_columns() {
    let mut judged = vec![Ok(vec![test("a", Outcome::NotStarted, "")]); 19];
    judged[0] = Ok(vec![test("a", Outcome::Passed, "")]);
    judged[1] = Ok(vec![test("a", Outcome::Failed, "")]);
    judged[4] = Err(String::new());
    let text = list(&root(), &info(), &judged, &now_done(&judged), Japanese);
    for needle in [
        " 1  完了               1/1  ch1  01_neuron.rs",
        " 2  失敗               0/1  ch2  02_step_int.rs",
        " 3  未着手             0/1  ch2  03_xor_perceptrons.rs",
        " 5  コンパイルエラー   0/0  ch3",
        "整数を返すステップ関数\n",
    ] {
        assert!(text.contains(needle), "{needle:?} in\n{text}");
    }
    assert!(text.ends_with("\n19 問中 1 問が完了\n"), "{text}");
    // Where the file names start, on screen: the same column on every line.
    let columns: BTreeSet<usize> = text
        .lines()
        .filter_map(|line| line.find("ch").map(|at| line[..at].width()))
        .collect();
    assert_eq!(columns.len(), 1, "{text}");
}

#[test]
fn the_hint_speaks_both_languages() {
    let info = info();
    let exercise = info.find("2", Japanese).unwrap();
    let texts = exercise.texts(Japanese);
    let page = Japanese.hint_page(2, &texts.title, &exercise.path(), texts.hint.trim());
    assert!(page.starts_with("練習問題 2: 整数を返すステップ関数\ncrates/exercises/exercises/02_step_int.rs\n\nヒント:\n比較の結果は"), "{page}");
    let texts = exercise.texts(English);
    let page = English.hint_page(2, &texts.title, &exercise.path(), texts.hint.trim());
    assert!(
        page.starts_with("Exercise 2: The step function as integers\n"),
        "{page}"
    );
    assert!(page.contains("\n\nHint:\nA comparison is a bool"), "{page}");
    assert!(Japanese.watching().contains("の変更を見張っています"));
}

/// The Japanese uses the book's words: none of the variants that the
/// glossary's terms table (`book/src/appendix-glossary.md`) says to avoid.
#[test]
fn the_japanese_texts_use_the_glossarys_words() {
    let glossary = std::fs::read_to_string(root().join("book/src/appendix-glossary.md")).unwrap();
    let (_, table) = glossary.split_once("| avoid in Japanese |").unwrap();
    let rows = table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'));
    let avoid: Vec<&str> = rows
        .filter_map(|row| row.trim_end_matches('|').rsplit('|').next())
        .flat_map(|cell| cell.split(','))
        .map(str::trim)
        .filter(|word| !word.is_empty())
        .collect();
    assert!(avoid.contains(&"隠れ層"), "{avoid:?}");
    for exercise in &info().exercises {
        let Texts { title, task, hint } = &exercise.japanese;
        for word in &avoid {
            for text in [title, task, hint] {
                assert!(!text.contains(word), "{}: {word} in {text}", exercise.name);
            }
        }
    }
}
