//! The languages the figures are drawn in, and the Japanese for the words
//! they show. A figure is described once, in English; the Japanese book's
//! copy swaps each English phrase for its entry in [`JAPANESE`], the way a
//! translation catalogue does, so no English is left in a Japanese figure.

/// A language the figures are drawn in: each figure is written once per
/// language, with the same drawing and that language's words.
///
/// ```
/// use figures::Language;
///
/// assert_eq!(Language::English.say("Sigmoid function"), Ok("Sigmoid function"));
/// assert_eq!(Language::Japanese.say("Sigmoid function"), Ok("シグモイド関数"));
/// // Maths reads the same in every language, and needs no entry.
/// assert_eq!(Language::Japanese.say("σ′(x)"), Ok("σ′(x)"));
/// assert!(Language::Japanese.say("no such phrase").is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    /// The English book's figures, in `book/src/figures/`.
    English,
    /// The Japanese book's figures, in `book/src/figures/ja/`.
    Japanese,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Self; 2] = [Self::English, Self::Japanese];

    /// Where this language's figures go, relative to the workspace's root.
    ///
    /// ```
    /// assert_eq!(figures::Language::Japanese.folder(), "book/src/figures/ja");
    /// ```
    pub const fn folder(self) -> &'static str {
        match self {
            Self::English => "book/src/figures",
            Self::Japanese => "book/src/figures/ja",
        }
    }

    /// What a figure shows in this language for `phrase`, an English phrase
    /// of a figure's description; see [`Language`]. A phrase with no two
    /// Latin letters in a row (`x`, `h(x)`, `σ′(x)`, `n = 3`) is maths or a
    /// number, and stays as it is.
    ///
    /// # Errors
    ///
    /// In Japanese, a phrase with words that [`JAPANESE`] does not list:
    /// the message names the phrase and where to add it.
    pub fn say(self, phrase: &'static str) -> Result<&'static str, String> {
        if self == Self::English || !has_words(phrase) {
            return Ok(phrase);
        }
        match JAPANESE.iter().find(|(english, _)| *english == phrase) {
            Some((_, japanese)) => Ok(japanese),
            None => Err(format!(
                "no Japanese for {phrase:?}: add it to JAPANESE in crates/figures/src/language.rs"
            )),
        }
    }
}

/// Whether `text` has a word in Latin letters: two ASCII letters in a row
/// (`ReLU(x)` has, `w₁₁⁽¹⁾x₁ + b` has not).
fn has_words(text: &str) -> bool {
    let mut pairs = text.as_bytes().windows(2);
    pairs.any(|pair| pair.iter().all(u8::is_ascii_alphabetic))
}

// ANCHOR: japanese
/// The Japanese for every English phrase the figures show (a `\n` starts a
/// new line). Names kept in Latin letters in Japanese text (ReLU, NumPy,
/// Rust) stay as they are.
pub const JAPANESE: &[(&str, &str)] = &[
    // Chapters 2 to 4: the function plots.
    ("Step function", "ステップ関数"),
    ("Sigmoid function", "シグモイド関数"),
    ("ReLU function", "ReLU関数"),
    (
        "ReLU function, in the tutorial's y range",
        "ReLU関数（元の記事と同じ y の範囲）",
    ),
    ("Sigmoid and step function", "シグモイド関数とステップ関数"),
    ("sigmoid", "シグモイド関数"),
    ("step", "ステップ関数"),
    (
        "Sigmoid function and its derivative",
        "シグモイド関数とその導関数",
    ),
    ("ReLU function and its derivative", "ReLU関数とその導関数"),
    // The same in Japanese; listed, since they have words in Latin letters.
    ("ReLU(x)", "ReLU(x)"),
    ("ReLU′(x)", "ReLU′(x)"),
    // Chapter 1: one neuron.
    ("One neuron", "1つのニューロン"),
    ("neuron", "ニューロン"),
    ("inputs", "入力"),
    ("weights", "重み"),
    ("bias", "バイアス"),
    ("output", "出力"),
    ("weighted input", "総入力"),
    ("activation function", "活性化関数"),
    // Chapter 3: the vanishing gradient.
    ("The vanishing gradient", "勾配消失"),
    (
        "The product of n slopes of the sigmoid, at best: σ′(0)ⁿ = 0.25ⁿ",
        "シグモイド関数の傾き n 個の積の最大値：σ′(0)ⁿ = 0.25ⁿ",
    ),
    ("layers", "層の数"),
    ("ReLU, x > 0: 1ⁿ = 1", "ReLU関数、x > 0：1ⁿ = 1"),
    // Chapter 5: the network.
    (
        "The tutorial's 3-layer network",
        "元の記事の3層ネットワーク",
    ),
    ("input layer", "入力層"),
    ("hidden layer 1", "中間層1"),
    ("hidden layer 2", "中間層2"),
    ("output layer", "出力層"),
    ("layer 0", "第0層"),
    ("layer 1", "第1層"),
    ("layer 2", "第2層"),
    ("layer 3", "第3層"),
    ("identity", "恒等写像"),
    // Chapter 8: the speedup chart.
    (
        "Speed of the Rust code, relative to NumPy",
        "Rust のコードの速さ（NumPy との速度比）",
    ),
    ("simple Rust", "シンプル版Rust"),
    ("fast Rust", "高速版Rust"),
    ("step\n10⁷ values", "ステップ関数\n10⁷個の値"),
    ("sigmoid\n10⁷ values", "シグモイド関数\n10⁷個の値"),
    ("ReLU\n10⁷ values", "ReLU関数\n10⁷個の値"),
    ("forward pass\n1 sample", "順伝播\n1サンプル"),
    ("forward pass\n10⁶ samples", "順伝播\n10⁶サンプル"),
    ("← slower than NumPy", "← NumPyより遅い"),
    ("faster than NumPy →", "NumPyより速い →"),
    ("(log scale)", "（対数目盛）"),
    ("NumPy (the tutorial's code)", "NumPy（元の記事のコード）"),
];
// ANCHOR_END: japanese
