//! `info.toml`, the one list of the exercises, and the check that the files
//! and the book agree with it.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;

/// Everything in `info.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Info {
    /// The exercises, in the order you do them.
    pub(crate) exercises: Vec<Exercise>,
}

/// One exercise, as `info.toml` describes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Exercise {
    /// Its place in the list, from 1: not written in the file, so that
    /// inserting an exercise cannot leave two with the same number.
    #[serde(skip)]
    pub(crate) number: usize,
    /// The part of its file names after the number: `stable_sigmoid`.
    pub(crate) name: String,
    /// Its chapter's page in `book/src/`, without `.md`: `ch03-sigmoid`.
    pub(crate) chapter: String,
    pub(crate) title: String,
    pub(crate) task: String,
    pub(crate) hint: String,
}

impl Info {
    /// Reads and numbers the exercises of `info.toml`'s text.
    pub(crate) fn parse(text: &str) -> Result<Self, String> {
        let mut info: Self = toml::from_str(text).map_err(|error| format!("info.toml: {error}"))?;
        for (index, exercise) in info.exercises.iter_mut().enumerate() {
            exercise.number = index + 1;
        }
        Ok(info)
    }

    /// The exercise named by `text`: its number (`3`) or its name.
    pub(crate) fn find(&self, text: &str) -> Result<&Exercise, String> {
        let number = text.parse::<usize>().ok().filter(|&n| n > 0);
        let by_number = number.and_then(|number| self.exercises.get(number - 1));
        let by_name = || self.exercises.iter().find(|exercise| exercise.name == text);
        let count = self.exercises.len();
        by_number.or_else(by_name).ok_or_else(|| {
            format!("there is no exercise {text:?}: give a number from 1 to {count} or a name")
        })
    }
}

impl Exercise {
    /// `03_stable_sigmoid`: its file name in `exercises/`, `solutions/` and
    /// `tests/` without `.rs`, which is also its test target's name.
    pub(crate) fn stem(&self) -> String {
        format!("{:02}_{}", self.number, self.name)
    }

    /// The file you edit, from the workspace root.
    pub(crate) fn path(&self) -> String {
        format!("crates/exercises/exercises/{}.rs", self.stem())
    }

    /// 3 for `ch03-sigmoid`.
    pub(crate) fn chapter_number(&self) -> u32 {
        self.chapter
            .get(2..4)
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }

    /// The chapter's title: the first `# ` line of its page, so that it
    /// cannot drift from the book.
    pub(crate) fn chapter_title(&self, root: &Path) -> String {
        let page = root.join(format!("book/src/{}.md", self.chapter));
        let page = std::fs::read_to_string(page).unwrap_or_default();
        let title = page.lines().find_map(|line| line.strip_prefix("# "));
        title.unwrap_or(&self.chapter).trim().to_owned()
    }
}

/// Where `info.toml`, the three directories of exercise files and the book
/// disagree: one message per problem, none when they all agree.
pub(crate) fn disagreements(root: &Path, info: &Info) -> Vec<String> {
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
            problems.push(format!(
                "{directory}/{name} is not in info.toml, or not as number {}",
                &name[..2]
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
        for page in ["", "exercises/", "solutions/"].map(|d| format!("book/src/{d}{chapter}.md")) {
            if !root.join(&page).is_file() {
                problems.push(format!(
                    "info.toml names the chapter {chapter}, but {page} does not exist"
                ));
            }
        }
    }
    problems
}

/// The names of the files in `directory` that `keep` accepts.
fn files(directory: &Path, keep: impl Fn(&str) -> bool) -> BTreeSet<String> {
    let entries = std::fs::read_dir(directory).into_iter().flatten().flatten();
    let names = entries.filter_map(|entry| entry.file_name().into_string().ok());
    names.filter(|name| keep(name)).collect()
}
