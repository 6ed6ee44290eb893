//! Every printed output shown in the book is what the code prints, byte
//! for byte: each ```text block is compared with the command or file named
//! in the comment above it (see `checks`).

use crate::book::{assert_no_problems, pages, workspace_root};
use crate::checks::Check;
use std::collections::BTreeMap;
use std::process::{Command, Output};

/// Runs a `cargo ...` command from the workspace root, as a reader would.
fn run(command: &str) -> Output {
    let mut words = command.split_whitespace();
    assert_eq!(words.next(), Some("cargo"), "{command}");
    // The cargo that runs this test, so the same toolchain builds the demo.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    Command::new(cargo)
        .args(words)
        .current_dir(workspace_root())
        .env("CARGO_NET_OFFLINE", "true")
        // The demo's messages follow the locale; the book shows the English
        // ones, whatever the reader's locale is.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap_or_else(|error| panic!("cannot run {command}: {error}"))
}

/// The message for a stale block: where it is, where it first differs from
/// what `comment` gives now, and the one command that puts the new text in.
fn stale(
    path: &str,
    fence: usize,
    check: &Check,
    comment: &str,
    shown: &str,
    printed: &str,
) -> String {
    const OUT: &str = "/tmp/nnbook-output.txt";
    let line = shown
        .lines()
        .zip(printed.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| shown.lines().count().min(printed.lines().count()));
    // The block's lines are fence + 1 ..= fence + n; sed deletes them and
    // reads the new text in after the fence.
    let lines = shown.lines().count();
    let delete = match lines {
        0 => String::new(),
        _ => format!("-e '{},{}d' ", fence + 1, fence + lines),
    };
    let (source, save) = match check {
        Check::SameAs { path } => (path.as_str(), String::new()),
        Check::Stdout { command, .. } => (OUT, format!("{command} > {OUT}; ")),
        Check::Stderr { command, .. } => (OUT, format!("{command} 2> {OUT}; ")),
    };
    format!(
        "{path}:{fence}: this output block is stale: `{comment}` gives something else now.\n  \
         First difference: line {} of the block, line {} of {path}:\n    \
         book:    {:?}\n    now:     {:?}\n  \
         If the new text is what you meant (you changed the code or the listing on purpose),\n  \
         accept it with this one command, from the workspace root, then run the tests again:\n    \
         {save}sed -i {delete}-e '{fence}r {source}' {path}\n  \
         If not, the code prints something you did not mean: fix the code, not the book.\n  \
         The new text{}:\n{}",
        line + 1,
        fence + 1 + line,
        shown.lines().nth(line).unwrap_or("(end of the block)"),
        printed.lines().nth(line).unwrap_or("(end of the output)"),
        if printed.lines().count() > 20 {
            ", its first 20 lines"
        } else {
            ""
        },
        printed
            .lines()
            .take(20)
            .map(|line| format!("{line}\n"))
            .collect::<String>(),
    )
}

#[test]
fn every_output_block_is_what_the_code_prints() {
    // One test, running the commands one after another: cargo would only
    // wait for its build lock if they ran in parallel. Each command runs once.
    let mut outputs: BTreeMap<String, Output> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut checked = 0;
    for page in pages() {
        for block in page.page.blocks.iter().filter(|b| b.language() == "text") {
            let at = format!("{}:{}", page.name, block.line);
            for comment in &block.comments {
                let Some(Ok(check)) = Check::parse(comment) else {
                    continue; // not a check, or malformed: book_blocks reports it
                };
                checked += 1;
                let (printed, expected_status, status) = match &check {
                    Check::SameAs { path } => {
                        match std::fs::read_to_string(workspace_root().join(path)) {
                            Ok(text) => (text, 0, 0),
                            Err(error) => {
                                problems.push(format!("{at}: cannot read {path}: {error}"));
                                continue;
                            }
                        }
                    }
                    Check::Stdout { command, status } | Check::Stderr { command, status } => {
                        let output = outputs
                            .entry(command.clone())
                            .or_insert_with(|| run(command));
                        let stream = if matches!(check, Check::Stdout { .. }) {
                            &output.stdout
                        } else {
                            &output.stderr
                        };
                        let code = output.status.code().unwrap_or(-1);
                        (String::from_utf8_lossy(stream).into_owned(), *status, code)
                    }
                };
                if status != expected_status {
                    problems.push(format!(
                        "{at}: `{comment}` exited with status {status}, not {expected_status}; its output:\n{printed}"
                    ));
                } else if printed != block.content {
                    let path = format!("book/src/{}", page.name);
                    problems.push(stale(
                        &path,
                        block.line,
                        &check,
                        comment,
                        &block.content,
                        &printed,
                    ));
                }
            }
        }
    }
    assert!(checked > 0, "no output block was checked");
    assert_no_problems("output blocks", &problems);
}
