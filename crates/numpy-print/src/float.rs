//! float64 elements: one format for the whole array, chosen from the shown
//! values (spec 4), and the text of a lone float (spec 5).

use crate::digits::{Digits, round_to_places, round_to_significant, shortest};

/// NumPy's default `precision`: at most 8 digits after the point.
const PRECISION: usize = 8;

/// Scientific notation is used when the shown non-zero magnitudes are very
/// large, very small, or far apart (spec 4.2). Zeros, nan and inf don't vote.
fn needs_scientific(shown: &[f64]) -> bool {
    let magnitudes = shown
        .iter()
        .filter(|x| x.is_finite() && **x != 0.0)
        .map(|x| x.abs());
    let (min, max) = magnitudes.fold((f64::INFINITY, 0.0_f64), |(min, max), x| {
        (min.min(x), max.max(x))
    });
    if max == 0.0 {
        return false; // no finite non-zero value: positional
    }
    // The ratio is an f64 division on purpose: NumPy compares the rounded
    // quotient, so 0.3 / 0.0003 == 1000.0 stays positional.
    max >= 1e8 || min < 1e-4 || max / min > 1000.0
}

/// CAP for positional notation: shortest digits if they need at most 8
/// decimals, else rounded to 8 decimals (spec 4.1).
fn capped_positional(x: f64) -> Digits {
    let digits = shortest(x);
    if digits.fraction_len() <= PRECISION {
        digits
    } else {
        round_to_places(x, PRECISION)
    }
}

/// CAP for scientific notation: shortest digits if there are at most 9 of
/// them (1 before the point, 8 after), else rounded to 9 (spec 4.1).
fn capped_scientific(x: f64) -> Digits {
    let digits = shortest(x);
    if digits.digits.len() <= PRECISION + 1 {
        digits
    } else {
        round_to_significant(x, PRECISION + 1)
    }
}

fn sign(x: f64) -> &'static str {
    // The sign bit decides, so -0.0 prints as `-0.` (spec 4.1).
    if x.is_sign_negative() { "-" } else { "" }
}

fn non_finite_word(x: f64) -> &'static str {
    if x.is_nan() {
        "nan" // never signed, whatever its sign bit (spec 4.5)
    } else if x > 0.0 {
        "inf"
    } else {
        "-inf"
    }
}

/// The words of the shown elements of one float64 array, all of one width.
///
/// Every element of an array uses the same notation and widths, measured on
/// the shown values only (spec 1, step 5).
pub(crate) fn format_words(shown: &[f64]) -> Vec<String> {
    if needs_scientific(shown) {
        scientific_words(shown)
    } else {
        positional_words(shown)
    }
}

/// Positional notation (spec 4.3): `sign intpart . fracpart`, the integer
/// parts right-aligned and the fractions left-aligned, padded with spaces.
fn positional_words(shown: &[f64]) -> Vec<String> {
    // Pass 1 (measure): the text of every finite value and the widest
    // integer part (sign included) and fraction.
    let texts: Vec<Option<(String, String)>> = shown
        .iter()
        .map(|&x| {
            x.is_finite().then(|| {
                let (integer, fraction) = capped_positional(x.abs()).positional_parts();
                (format!("{}{integer}", sign(x)), fraction)
            })
        })
        .collect();
    let widest = |part: fn(&(String, String)) -> usize| texts.iter().flatten().map(part).max();
    let pad_left = widest(|(integer, _)| integer.len()).unwrap_or(0);
    let pad_right = widest(|(_, fraction)| fraction.len()).unwrap_or(0);
    let pad_left = widen_for_non_finite(shown, pad_left, pad_right);
    let width = pad_left + 1 + pad_right;

    // Pass 2 (render): the same texts, padded. Right padding is spaces, not
    // zeros: `[0.5, 0.25]` prints `0.5 `.
    texts
        .into_iter()
        .zip(shown)
        .map(|(text, &x)| match text {
            Some((integer, fraction)) => format!("{integer:>pad_left$}.{fraction:<pad_right$}"),
            None => format!("{:>width$}", non_finite_word(x)),
        })
        .collect()
}

/// Scientific notation (spec 4.4): `d.ddde+kk` with one mantissa precision
/// and one exponent width for the whole array.
fn scientific_words(shown: &[f64]) -> Vec<String> {
    // Pass 1 (measure): capped digits of every finite value, zeros included.
    let finite = || shown.iter().copied().filter(|x| x.is_finite());
    let digits: Vec<Digits> = finite().map(|x| capped_scientific(x.abs())).collect();
    let precision = digits.iter().map(|d| d.digits.len() - 1).max().unwrap_or(0);
    let exponent_digits = digits
        .iter()
        .map(|d| d.exponent.unsigned_abs().to_string().len())
        .max()
        .unwrap_or(0)
        .max(2);
    // One column for a sign if any finite value has its sign bit set.
    let pad_left = if finite().any(f64::is_sign_negative) {
        2
    } else {
        1
    };
    let pad_right = exponent_digits + 2 + precision; // `ddd` + `e+` + exponent
    let pad_left = widen_for_non_finite(shown, pad_left, pad_right);
    let width = pad_left + 1 + pad_right;

    // Pass 2 (render): re-round every value to exactly `precision` decimals.
    shown
        .iter()
        .map(|&x| {
            if !x.is_finite() {
                return format!("{:>width$}", non_finite_word(x));
            }
            let mantissa = scientific_mantissa(x.abs(), precision);
            let (first, rest) = mantissa.digits.split_at(1);
            let exponent_sign = if mantissa.exponent < 0 { '-' } else { '+' };
            let exponent = mantissa.exponent.unsigned_abs();
            let word = format!(
                "{}{first}.{rest}e{exponent_sign}{exponent:0exponent_digits$}",
                sign(x)
            );
            format!("{word:>width$}")
        })
        .collect()
}

/// If nan or inf is shown, the common width `pad_left + 1 + pad_right` must
/// hold `nan` (3 characters) and, if shown, `-inf` (4): the left side grows,
/// which widens the finite words too (spec 4.5). Returns the new pad_left.
fn widen_for_non_finite(shown: &[f64], pad_left: usize, pad_right: usize) -> usize {
    if shown.iter().all(|x| x.is_finite()) {
        return pad_left;
    }
    let needed = if shown.contains(&f64::NEG_INFINITY) {
        4
    } else {
        3
    };
    pad_left.max(needed - (pad_right + 1).min(needed))
}

/// Pass 2 of scientific notation: exactly `precision` digits after the
/// point. This is a fresh rounding of the exact value, not pass 1's digits
/// padded with zeros: the two differ for subnormals (spec 4.4, E15).
fn scientific_mantissa(x: f64, precision: usize) -> Digits {
    let mut mantissa = if x == 0.0 {
        Digits {
            digits: "0".to_owned(),
            exponent: 0,
        }
    } else {
        round_to_significant(x, precision + 1)
    };
    // Digits drop trailing zeros; put them back.
    let len = precision + 1;
    mantissa.digits = format!("{:0<len$}", mantissa.digits);
    mantissa
}

/// The text of one float64 on its own: Python's `repr(float)`, which is what
/// `str()` of a 0-d array prints. No 8-digit cap here (spec 5).
pub(crate) fn scalar_text(x: f64) -> String {
    if !x.is_finite() {
        return non_finite_word(x).to_owned();
    }
    if x == 0.0 {
        return format!("{}0.0", sign(x));
    }
    let digits = shortest(x.abs());
    let exponent = digits.exponent;
    if (-4..16).contains(&exponent) {
        // 1e-4 <= |x| < 1e16: positional, with at least one decimal (`1.0`).
        let (integer, fraction) = digits.positional_parts();
        let fraction = if fraction.is_empty() {
            "0".to_owned()
        } else {
            fraction
        };
        format!("{}{integer}.{fraction}", sign(x))
    } else {
        // Scientific: the point only if more digits follow (`1e-05`,
        // `1.5e+16`), and an exponent of at least two digits.
        let (first, rest) = digits.digits.split_at(1);
        let point = if rest.is_empty() { "" } else { "." };
        let exponent_sign = if exponent < 0 { '-' } else { '+' };
        format!(
            "{}{first}{point}{rest}e{exponent_sign}{:02}",
            sign(x),
            exponent.unsigned_abs()
        )
    }
}
