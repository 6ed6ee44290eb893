//! `info.toml`, the one list of the exercises, with each one's title, task
//! and hint in English and Japanese. The unit tests (`tests/mod.rs`) check
//! that it agrees with the files and the book, and the two languages with
//! each other.

use crate::language::Language;
use serde::Deserialize;
use std::path::Path;

/// Everything in `info.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Info {
    /// The exercises, in the order you do them.
    pub(crate) exercises: Vec<Exercise>,
}

/// One exercise, as the runner uses it.
#[derive(Debug, Deserialize)]
#[serde(from = "ExerciseInToml")]
pub(crate) struct Exercise {
    /// Its place in the list, from 1: not in the file, so no two can have the same number.
    pub(crate) number: usize,
    /// The part of its file names after the number: `stable_sigmoid`.
    pub(crate) name: String,
    /// Its chapter's page in `book/src/`, without `.md`: `ch03-sigmoid`.
    pub(crate) chapter: String,
    /// Its title, task and hint in English (the book's language) and in Japanese.
    pub(crate) english: Texts,
    pub(crate) japanese: Texts,
}

/// What the runner shows of an exercise, in one language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Texts {
    pub(crate) title: String,
    pub(crate) task: String,
    pub(crate) hint: String,
}

/// One exercise as `info.toml` writes it: the English texts beside the
/// name, the Japanese ones in its `[exercises.ja]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseInToml {
    name: String,
    chapter: String,
    title: String,
    task: String,
    hint: String,
    ja: Texts,
}

impl From<ExerciseInToml> for Exercise {
    fn from(exercise: ExerciseInToml) -> Self {
        let ExerciseInToml {
            title, task, hint, ..
        } = exercise;
        Self {
            number: 0,
            name: exercise.name,
            chapter: exercise.chapter,
            english: Texts { title, task, hint },
            japanese: exercise.ja,
        }
    }
}

impl Info {
    /// Reads `info.toml` and numbers its exercises.
    pub(crate) fn load(root: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(root.join("crates/exercises/info.toml"));
        let text = text.map_err(|e| format!("info.toml: {e}"))?;
        let mut info: Self = toml::from_str(&text).map_err(|e| format!("info.toml: {e}"))?;
        for (index, exercise) in info.exercises.iter_mut().enumerate() {
            exercise.number = index + 1;
        }
        Ok(info)
    }

    /// The exercise named by `text`: its number (`3`) or its name. The
    /// error is in `language`.
    pub(crate) fn find(&self, text: &str, language: Language) -> Result<&Exercise, String> {
        let count = self.exercises.len();
        let number = text.parse().ok().filter(|n| (1..=count).contains(n));
        let found = number.map(|number| &self.exercises[number - 1]);
        let found = found.or_else(|| self.exercises.iter().find(|e| e.name == text));
        found.ok_or_else(|| language.no_such_exercise(text, count))
    }
}

impl Exercise {
    /// Its title, task and hint in `language`.
    pub(crate) fn texts(&self, language: Language) -> &Texts {
        match language {
            Language::English => &self.english,
            Language::Japanese => &self.japanese,
        }
    }

    /// `03_stable_sigmoid`: its test target, and file name in each directory without `.rs`.
    pub(crate) fn stem(&self) -> String {
        format!("{:02}_{}", self.number, self.name)
    }

    /// The file you edit, from the workspace root.
    pub(crate) fn path(&self) -> String {
        format!("crates/exercises/exercises/{}.rs", self.stem())
    }

    /// 3 for `ch03-sigmoid`.
    pub(crate) fn chapter_number(&self) -> u32 {
        let digits = self.chapter.get(2..4).and_then(|n| n.parse().ok());
        digits.unwrap_or(0)
    }

    /// The chapter's title: the first `# ` line of its page, so it cannot drift from the book;
    /// in Japanese, that line's translation in the Japanese edition (`book/po/ja.po`).
    pub(crate) fn chapter_title(&self, root: &Path, language: Language) -> String {
        let page = root.join(format!("book/src/{}.md", self.chapter));
        let page = std::fs::read_to_string(page).unwrap_or_default();
        let title = page.lines().find_map(|line| line.strip_prefix("# "));
        let title = title.unwrap_or(&self.chapter).trim();
        let translated = (language == Language::Japanese)
            .then(|| polib::po_file::parse(&root.join("book/po/ja.po")).ok())
            .flatten()
            .and_then(|catalogue| {
                let message = catalogue.find_message(None, title, None)?;
                message
                    .msgstr()
                    .ok()
                    .filter(|text| !text.is_empty())
                    .map(str::to_owned)
            });
        translated.unwrap_or_else(|| title.to_owned())
    }
}
