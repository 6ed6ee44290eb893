//! Decimal digits of a double, the three ways NumPy makes them (spec 4.1).
//!
//! - *shortest*: the fewest significant digits that read back to exactly the
//!   same double (Python's `repr`, NumPy's "unique" digits);
//! - *correctly rounded*: the exact binary value rounded at a decimal place,
//!   ties to even;
//! - *capped*: shortest if it fits a limit, else correctly rounded at it.
//!
//! Rust's standard library does the hard part (spec 7.2): `{:e}` gives
//! shortest digits and `{:.N}` / `{:.Ne}` give correctly rounded ones. This
//! module only turns that text into a [`Digits`] value and patches the one
//! place where Rust and NumPy disagree (spec 7.1).

/// The significant digits of a non-negative finite number, as in
/// `d.ddd × 10^exponent`.
///
/// `digits` holds ASCII digits with no leading and no trailing zeros, so
/// `0.00195312` is `"195312"` with exponent `-3`. Zero is `"0"` with
/// exponent 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    pub(crate) digits: String,
    /// The power of ten of the first digit: `floor(log10(x))`, called `k` in
    /// the spec.
    pub(crate) exponent: i32,
}

impl Digits {
    fn zero() -> Self {
        Self {
            digits: "0".to_owned(),
            exponent: 0,
        }
    }

    /// How many digits come after the decimal point when the number is
    /// written positionally (`123.45` has 2, `0.001` has 3, `1200` has 0).
    pub(crate) fn fraction_len(&self) -> usize {
        let integer_digits = i64::from(self.exponent) + 1;
        let total = i64::try_from(self.digits.len()).unwrap_or(i64::MAX);
        usize::try_from(total - integer_digits).unwrap_or(0)
    }

    /// Splits the number, written positionally, into the part before the
    /// point and the part after it: `("123", "45")`, `("0", "001")`,
    /// `("1200", "")`.
    pub(crate) fn positional_parts(&self) -> (String, String) {
        let exponent = self.exponent;
        if exponent < 0 {
            // 0.000ddd: the first digit sits -exponent places after the point.
            let zeros = "0".repeat(exponent.unsigned_abs() as usize - 1);
            return ("0".to_owned(), zeros + &self.digits);
        }
        let integer_len = exponent as usize + 1;
        if self.digits.len() <= integer_len {
            let zeros = "0".repeat(integer_len - self.digits.len());
            (self.digits.clone() + &zeros, String::new())
        } else {
            let (integer, fraction) = self.digits.split_at(integer_len);
            (integer.to_owned(), fraction.to_owned())
        }
    }
}

/// Reads Rust's scientific text (`1.5e-5`, `1e0`, `1.00000000e8`) into
/// digits, dropping the trailing zeros that `{:.Ne}` pads with.
fn from_scientific(text: &str) -> Digits {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    if digits.is_empty() {
        return Digits::zero();
    }
    Digits {
        digits: digits.to_owned(),
        exponent: exponent.parse().unwrap_or(0),
    }
}

/// Reads Rust's positional text (`0.00195312`, `123.45000000`) into digits.
fn from_positional(text: &str) -> Digits {
    let (integer, fraction) = text.split_once('.').unwrap_or((text, ""));
    let all: String = integer.chars().chain(fraction.chars()).collect();
    let significant = all.trim_start_matches('0');
    let leading_zeros = all.len() - significant.len();
    let significant = significant.trim_end_matches('0');
    if significant.is_empty() {
        return Digits::zero();
    }
    // The first digit of `all` has power integer.len() - 1; each leading zero
    // lowers the power of the first significant digit by one.
    let exponent = integer.len() as i64 - 1 - leading_zeros as i64;
    Digits {
        digits: significant.to_owned(),
        exponent: i32::try_from(exponent).unwrap_or(0),
    }
}

/// SR: the shortest digits that read back to exactly `x` (spec 4.1),
/// matching Python's `repr` also when two candidates are equally close.
///
/// `x` must be finite and non-negative.
pub(crate) fn shortest(x: f64) -> Digits {
    if x == 0.0 {
        return Digits::zero();
    }
    let rust = from_scientific(&format!("{x:e}"));
    // When two shortest candidates are exactly as close to x, Rust takes the
    // upper one while Python and NumPy take the even one (spec 7.1,
    // rust-lang/rust#130936). Correct rounding at the same length resolves
    // ties to even; if that text also reads back to x, it is the answer.
    // Otherwise Rust's own choice was the only candidate, so it stands.
    let same_length = format!("{:.*e}", rust.digits.len() - 1, x);
    if same_length.parse::<f64>() == Ok(x) {
        from_scientific(&same_length)
    } else {
        rust
    }
}

/// CR: `x` rounded to `places` digits after the decimal point, ties to even
/// on the exact binary value (spec 4.1). `x` must be finite and non-negative.
pub(crate) fn round_to_places(x: f64, places: usize) -> Digits {
    from_positional(&format!("{x:.places$}"))
}

/// CR: `x` rounded to `count` significant digits (at least 1), ties to even
/// on the exact binary value (spec 4.1). `x` must be finite and non-negative.
pub(crate) fn round_to_significant(x: f64, count: usize) -> Digits {
    from_scientific(&format!("{:.*e}", count.max(1) - 1, x))
}
