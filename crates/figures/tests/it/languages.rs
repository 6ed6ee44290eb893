//! Each figure in each language: no English in a Japanese figure, no
//! Japanese in an English one, and no Japanese entry that nothing shows.

use crate::svg::{texts, unescape};
use figures::{Curve, Figure, Grid, JAPANESE, Language, draw_all};

/// Names that Japanese text writes in Latin letters too.
const NAMES: [&str; 3] = ["ReLU", "NumPy", "Rust"];

/// Every piece of text a figure shows: its `<title>` and each `<text>`.
fn shown_text(svg: &str) -> Vec<String> {
    let title = svg
        .split_once("<title>")
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map(|(title, _)| unescape(title));
    let texts = texts(svg).into_iter().map(|(content, _, _)| content);
    title.into_iter().chain(texts).collect()
}

/// The drawn figures of one language, with their paths.
fn figures_in(language: Language) -> Vec<(String, String)> {
    let folder = format!("{}/", language.folder());
    draw_all()
        .filter(|(path, _)| path.ends_with(".svg"))
        .filter(|(path, _)| path.strip_prefix(&folder).is_some_and(|f| !f.contains('/')))
        .map(|(path, svg)| (path, svg.expect("every figure draws")))
        .collect()
}

/// The words in Latin letters (two letters or more) in `text`.
fn latin_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 2)
        .collect()
}

fn is_japanese(c: char) -> bool {
    // Hiragana, katakana, CJK ideographs, and full-width forms such as （）.
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

#[test]
fn every_figure_is_drawn_in_every_language() {
    let names = |language| -> Vec<String> {
        let folder = format!("{}/", Language::folder(language));
        figures_in(language)
            .into_iter()
            .map(|(path, _)| path.replace(&folder, ""))
            .collect()
    };
    let english = names(Language::English);
    assert!(english.len() >= 6, "{english:?}");
    assert_eq!(names(Language::Japanese), english);
}

#[test]
fn japanese_figures_show_no_english() {
    for (path, svg) in figures_in(Language::Japanese) {
        let text = shown_text(&svg);
        for line in &text {
            let english: Vec<_> = latin_words(line)
                .into_iter()
                .filter(|word| !NAMES.contains(word))
                .collect();
            assert!(english.is_empty(), "{path}: {line:?} has {english:?}");
        }
        let title = &text[0];
        assert!(title.chars().any(is_japanese), "{path}: {title:?}");
    }
}

#[test]
fn english_figures_show_no_japanese() {
    for (path, svg) in figures_in(Language::English) {
        for line in shown_text(&svg) {
            assert!(!line.chars().any(is_japanese), "{path}: {line:?}");
        }
    }
}

#[test]
fn every_japanese_entry_translates_something_an_english_figure_shows() {
    let shown: Vec<String> = figures_in(Language::English)
        .iter()
        .flat_map(|(_, svg)| shown_text(svg))
        .collect();
    for (english, japanese) in JAPANESE {
        // A phrase of several lines is drawn one line at a time.
        for line in english.lines() {
            assert!(
                shown.iter().any(|text| text == line),
                "{english:?} ({japanese}): no English figure shows {line:?}"
            );
        }
    }
}

#[test]
fn the_japanese_figure_has_the_japanese_words_in_place_of_the_english() {
    let svg = |language| {
        let sigmoid_vs_step = figures::FIGURES
            .iter()
            .find(|figure| figure.file_name == "sigmoid-vs-step.svg")
            .expect("the figure of chapter 3");
        shown_text(&sigmoid_vs_step.render_in(language).unwrap())
    };
    let (english, japanese) = (svg(Language::English), svg(Language::Japanese));
    assert_eq!(english.len(), japanese.len());
    for (english, japanese) in english.iter().zip(&japanese) {
        let expected = JAPANESE
            .iter()
            .find(|(phrase, _)| phrase == english)
            .map_or(english.as_str(), |(_, words)| words);
        assert_eq!(japanese, expected);
    }
    assert!(
        japanese.contains(&"シグモイド関数".to_owned()),
        "{japanese:?}"
    );
}

#[test]
fn a_phrase_without_japanese_is_an_error_that_names_it() {
    const TANH: &[Curve] = &[Curve::new("tanh", f64::tanh)];
    const TWO: &[Curve] = &[Curve::new("tanh", f64::tanh), Curve::new("σ(x)", f64::sin)];
    let figure = Figure {
        file_name: "tanh.svg",
        title: "Hyperbolic tangent",
        x: Grid::arange(-5.0, 5.0, 0.1),
        y_limits: (-1.1, 1.1),
        curves: TANH,
    };
    assert!(figure.render().is_ok());
    assert_eq!(
        figure
            .render_in(Language::Japanese)
            .unwrap_err()
            .to_string(),
        "figure tanh.svg: no Japanese for \"Hyperbolic tangent\": \
         add it to JAPANESE in crates/figures/src/language.rs"
    );
    // Maths needs no entry; a legend's words do, a lone curve's name is not shown.
    let maths = Figure {
        title: "tanh(x)",
        ..figure
    };
    assert!(maths.render_in(Language::Japanese).is_err());
    let maths = Figure {
        title: "y = x³",
        ..figure
    };
    assert!(maths.render_in(Language::Japanese).is_ok());
    let two_curves = Figure {
        curves: TWO,
        ..maths
    };
    let error = two_curves.render_in(Language::Japanese).unwrap_err();
    assert!(
        error.problem.starts_with("no Japanese for \"tanh\""),
        "{error}"
    );
}
