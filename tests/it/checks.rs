//! The comments that tie an output block in the book to the code that
//! prints it.
//!
//! A fenced ```` ```text ```` block in the book shows something printed. The
//! one-line HTML comments directly above it (invisible to the reader) say
//! where it comes from, and `cargo test -p nnbook-tests` checks each one:
//!
//! | comment | the block must be, byte for byte |
//! |---|---|
//! | `<!-- stdout of: cargo run -q -p forward -->` | what the command prints on stdout; it must exit with status 0 |
//! | `<!-- stderr of: cargo run -q -p forward -- --input 1 (exit status 2) -->` | what it prints on stderr; it must exit with status 2 |
//! | `<!-- same as: tests/data/article-output.txt -->` | the contents of that file (a path from the workspace root) |
//!
//! Commands run from the workspace root, as a reader would type them, and
//! must start with `cargo`. The command must also appear in the page's
//! prose or in a ```` ```sh ```` block, so the reader sees what to run.

/// One check of an output block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Check {
    /// The block is the command's stdout, and it exits with `status`.
    Stdout {
        /// The command, as the reader types it.
        command: String,
        /// The expected exit status (0 unless the comment says otherwise).
        status: i32,
    },
    /// The block is the command's stderr, and it exits with `status`.
    Stderr {
        /// The command, as the reader types it.
        command: String,
        /// The expected exit status (0 unless the comment says otherwise).
        status: i32,
    },
    /// The block is the contents of a file (a path from the workspace root).
    SameAs {
        /// The file.
        path: String,
    },
}

impl Check {
    /// Reads a comment's text. `None` when the comment is not a check;
    /// `Some(Err(..))` when it starts like one but is malformed.
    ///
    /// # Errors
    ///
    /// A message when the command is empty or does not start with `cargo`,
    /// or the exit status is not a number.
    pub(crate) fn parse(comment: &str) -> Option<Result<Self, String>> {
        if let Some(path) = comment.strip_prefix("same as:") {
            return Some(Ok(Self::SameAs {
                path: path.trim().to_owned(),
            }));
        }
        let (stdout, rest) = match (
            comment.strip_prefix("stdout of:"),
            comment.strip_prefix("stderr of:"),
        ) {
            (Some(rest), _) => (true, rest),
            (_, Some(rest)) => (false, rest),
            (None, None) => return None,
        };
        Some(parse_command(rest.trim()).map(|(command, status)| {
            if stdout {
                Self::Stdout { command, status }
            } else {
                Self::Stderr { command, status }
            }
        }))
    }

    /// The command this check runs, if it runs one.
    pub(crate) fn command(&self) -> Option<&str> {
        match self {
            Self::Stdout { command, .. } | Self::Stderr { command, .. } => Some(command),
            Self::SameAs { .. } => None,
        }
    }
}

/// `cargo run ... (exit status 2)` into the command and the status.
fn parse_command(text: &str) -> Result<(String, i32), String> {
    let (command, status) = match text.strip_suffix(')') {
        Some(head) => {
            let (command, status) = head
                .rsplit_once("(exit status ")
                .ok_or_else(|| format!("expected `(exit status N)` at the end of {text:?}"))?;
            let status = status
                .parse::<i32>()
                .map_err(|_| format!("{status:?} is not an exit status"))?;
            (command.trim(), status)
        }
        None => (text, 0),
    };
    if command.split_whitespace().next() != Some("cargo") {
        return Err(format!(
            "{command:?}: a checked command must start with `cargo`, so every reader can run it"
        ));
    }
    Ok((command.to_owned(), status))
}

#[test]
fn a_check_comment_is_read_or_refused() {
    let check = Check::parse("stderr of: cargo run -q -p forward -- --input 1 (exit status 2)");
    let command = "cargo run -q -p forward -- --input 1";
    let expected = Check::Stderr {
        command: command.into(),
        status: 2,
    };
    assert_eq!(check, Some(Ok(expected)));
    assert_eq!(check.unwrap().unwrap().command(), Some(command));
    assert!(Check::parse("a note to other writers").is_none());
    assert!(
        Check::parse("stdout of: python3 article.py")
            .unwrap()
            .is_err()
    );
    assert_eq!(
        Check::SameAs {
            path: "a.txt".into()
        }
        .command(),
        None
    );
}
