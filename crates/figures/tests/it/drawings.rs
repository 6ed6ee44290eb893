//! The drawings that are not plots: what their text says, and where.

use crate::svg::texts;
use figures::{Language, draw_all};

/// The drawn SVG of `file_name` in `language`.
fn drawn(file_name: &str, language: Language) -> String {
    let path = format!("{}/{file_name}", language.folder());
    let (_, svg) = draw_all()
        .find(|(drawn, _)| *drawn == path)
        .unwrap_or_else(|| panic!("draw_all draws no {path}"));
    svg.expect("the drawing draws")
}

/// The x of the one `<text>` that says `content` (in quarter pixels).
fn x_of(texts: &[(String, i32, String)], content: &str) -> i32 {
    let found: Vec<_> = texts.iter().filter(|t| t.0 == content).collect();
    assert_eq!(found.len(), 1, "{content}: {found:?}");
    found[0].1
}

/// `1,048,576` for 1048576.
fn with_commas(number: u64) -> String {
    let digits = number.to_string();
    let groups: Vec<&str> = digits
        .as_bytes()
        .rchunks(3)
        .rev()
        .map(|group| std::str::from_utf8(group).expect("ASCII digits"))
        .collect();
    groups.join(",")
}

#[test]
fn each_layer_divides_the_best_gradient_by_four() {
    let texts = texts(&drawn("vanishing-gradient.svg", Language::English));
    let ends: Vec<i32> = (1..=10)
        .map(|n| {
            x_of(&texts, &format!("n = {n}"));
            x_of(&texts, &format!("1/{}", with_commas(4u64.pow(n))))
        })
        .collect();
    assert!(
        !texts.iter().any(|t| t.0 == format!("1/{}", 4u64.pow(11))),
        "10 layers"
    );
    // On a log scale, dividing by 4 moves a bar's end the same way each time.
    let steps: Vec<i32> = ends.windows(2).map(|pair| pair[0] - pair[1]).collect();
    assert!(steps[0] > 0, "{ends:?}");
    assert!(
        steps.iter().all(|step| (step - steps[0]).abs() <= 4),
        "{steps:?}"
    );
}

#[test]
fn the_bars_end_at_their_value_on_the_log_axis() {
    let texts = texts(&drawn("vanishing-gradient.svg", Language::English));
    let (one, tenth) = (x_of(&texts, "1"), x_of(&texts, "10⁻¹"));
    let decade = one - tenth;
    assert!(decade > 0);
    for power in 2..=7 {
        let tick = x_of(
            &texts,
            &format!("10⁻{}", "⁰¹²³⁴⁵⁶⁷".chars().nth(power).unwrap()),
        );
        assert!(
            (one - tick - decade * power as i32).abs() <= 4,
            "10^-{power}"
        );
    }
    // The label sits just past its bar's end: 0.25 is log10(4) decades below 1.
    let quarter = one - (decade as f64 * 4f64.log10()).round() as i32;
    assert!((x_of(&texts, "1/4") - quarter - 24).abs() <= 4);
    // ReLU's line, labelled above it, is at 1: nothing lost.
    assert_eq!(x_of(&texts, "ReLU, x > 0: 1ⁿ = 1"), one);
}

#[test]
fn the_network_has_an_arrow_for_every_weight_and_bias_of_the_tutorial() {
    let svg = drawn("network.svg", Language::English);
    // 2 → 3 → 2 → 2: a weight from each unit of a layer to each of the
    // next, and a bias (an arrow from that layer's 1) for each unit.
    let sizes = [2, 3, 2, 2];
    let arrows: usize = sizes.windows(2).map(|pair| (pair[0] + 1) * pair[1]).sum();
    assert_eq!(svg.matches("<polygon").count(), arrows);
    // Every unit and each of the three 1s: a filled disc and its edge.
    let circles = 2 * (sizes.iter().sum::<usize>() + 3);
    assert_eq!(svg.matches("<circle").count(), circles);
    let texts: Vec<String> = texts(&svg).into_iter().map(|t| t.0).collect();
    for name in ["x₁", "x₂", "z₃⁽¹⁾", "z₂⁽²⁾", "y₁", "y₂", "w₁₂⁽¹⁾", "b₁⁽¹⁾"]
    {
        assert!(texts.iter().any(|t| t == name), "{name}: {texts:?}");
    }
    for layer in 0..=3 {
        assert!(texts.contains(&format!("layer {layer}")), "{texts:?}");
    }
}

#[test]
fn the_neuron_has_two_inputs_a_bias_and_one_output() {
    let svg = drawn("neuron.svg", Language::English);
    // x₁, x₂ and 1 into Σ, Σ into h, h out to z.
    assert_eq!(svg.matches("<polygon").count(), 5);
    let texts: Vec<String> = texts(&svg).into_iter().map(|t| t.0).collect();
    for name in [
        "x₁",
        "x₂",
        "1",
        "Σ",
        "h",
        "z",
        "w₁",
        "w₂",
        "b",
        "u = w₁x₁ + w₂x₂ + b",
    ] {
        assert!(texts.iter().any(|t| t == name), "{name}: {texts:?}");
    }
}
