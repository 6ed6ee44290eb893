//! The fast slice kernels give the simple forms' answers.
//!
//! Step and ReLU must agree bit for bit with the scalar functions; the fast
//! sigmoid, which has its own exponential, must stay within 2 ulp of the
//! simple one and within the same 2 ulp of the correctly rounded reference.
//! Inputs cover every kind of `f64` and every length that matters: empty,
//! shorter than one SIMD vector, not a multiple of the vector width, and
//! across the boundaries of [`fast::BLOCK_LEN`].

use activations::{relu, sigmoid, step, step_int};
use approx::assert_abs_diff_eq;
use proptest::collection::vec;
use proptest::num::f64 as f64s;
use proptest::prelude::*;
use test_support::accuracy::{Reference, check_with, ulp_distance};

fn reference() -> Reference {
    Reference::workspace()
}

/// Every f64 bit pattern, NaN (with any payload) and infinities included.
fn any_bits() -> impl Strategy<Value = f64> {
    any::<u64>().prop_map(f64::from_bits)
}

/// Every finite f64: zeros, subnormals and normals of both signs.
fn finite() -> impl Strategy<Value = f64> {
    f64s::POSITIVE | f64s::NEGATIVE | f64s::ZERO | f64s::SUBNORMAL | f64s::NORMAL
}

/// Where the sigmoid is neither 0 nor 1 in f64, and where it changes fastest.
fn interesting() -> impl Strategy<Value = f64> {
    prop_oneof![
        -750.0..750.0_f64,
        -40.0..40.0_f64,
        -1.0..1.0_f64,
        finite(),
        any_bits()
    ]
}

/// Vectors long enough to span three blocks, so that lengths cover the
/// vector body, its leftover tail and the block boundaries.
fn slices(element: impl Strategy<Value = f64>) -> impl Strategy<Value = Vec<f64>> {
    vec(element, 0..=3 * fast::BLOCK_LEN + 9)
}

/// The lengths where a vectorized loop or a block loop could go wrong.
const EDGE_LENGTHS: [usize; 17] = [
    0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 63, 511, 512, 513, 1023, 1024, 1537,
];

/// `len` numbers sweeping from -760 to 760, with the special values first.
fn edge_input(len: usize) -> Vec<f64> {
    let specials = [
        f64::NAN,
        -0.0,
        0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -745.0,
        -746.0,
        f64::MIN_POSITIVE,
        -f64::from_bits(1),
        f64::MAX,
        f64::MIN,
    ];
    let sweep = (0..).map(|i| -760.0 + 1520.0 * f64::from(i) / len as f64);
    specials.into_iter().chain(sweep).take(len).collect()
}

fn bits(values: &[f64]) -> Vec<u64> {
    values.iter().map(|v| v.to_bits()).collect()
}

/// Checks that `fast` (allocating) and `fast_in_place` both give exactly
/// what the scalar `simple` gives, bit for bit.
fn assert_same_bits(
    values: &[f64],
    simple: fn(f64) -> f64,
    fast: fn(&[f64]) -> Vec<f64>,
    fast_in_place: fn(&mut [f64]),
) -> Result<(), TestCaseError> {
    let want: Vec<f64> = values.iter().map(|&x| simple(x)).collect();
    prop_assert_eq!(bits(&fast(values)), bits(&want));
    let mut in_place = values.to_vec();
    fast_in_place(&mut in_place);
    prop_assert_eq!(bits(&in_place), bits(&want));
    Ok(())
}

/// Checks the fast sigmoid of `values` against the simple one: NaN where it
/// gives NaN, within 2 ulp elsewhere; the in-place form equal bit for bit;
/// and each element equal to the fast sigmoid of that element alone, so the
/// SIMD body, the leftover tail and the blocks all compute the same thing.
fn assert_sigmoid_agrees(values: &[f64]) -> Result<(), TestCaseError> {
    let fast = fast::sigmoid(values);
    prop_assert_eq!(fast.len(), values.len());
    for (&x, &got) in values.iter().zip(&fast) {
        let want = sigmoid(x);
        let ulps = ulp_distance(got, want);
        prop_assert!(
            ulps <= 2,
            "fast sigmoid({x:?}) = {got:?}, simple {want:?}: {ulps} ulp apart"
        );
        prop_assert_eq!(
            got.to_bits(),
            fast::sigmoid(&[x])[0].to_bits(),
            "x = {:?}",
            x
        );
    }
    let mut in_place = values.to_vec();
    fast::sigmoid_in_place(&mut in_place);
    prop_assert_eq!(bits(&in_place), bits(&fast));
    Ok(())
}

proptest! {
    // --- Equal to the simple forms -----------------------------------------

    #[test]
    fn relu_is_the_simple_relu_bit_for_bit(values in slices(any_bits())) {
        assert_same_bits(&values, relu, fast::relu, fast::relu_in_place)?;
    }

    #[test]
    fn step_is_the_simple_step_bit_for_bit(values in slices(any_bits())) {
        assert_same_bits(&values, step, fast::step, fast::step_in_place)?;
    }

    #[test]
    fn step_int_is_the_simple_step_int(values in slices(any_bits()), junk in vec(any::<i64>(), 0..50)) {
        let want: Vec<i64> = values.iter().map(|&x| step_int(x)).collect();
        prop_assert_eq!(fast::step_int(&values), want.clone());
        // Whatever the reused vector held before is gone.
        let mut output = junk;
        fast::step_int_into(&values, &mut output);
        prop_assert_eq!(&output, &want);
        prop_assert_eq!(fast::step_int_reusing(values), want);
    }

    #[test]
    fn sigmoid_is_within_2_ulp_of_the_simple_sigmoid(values in slices(interesting())) {
        assert_sigmoid_agrees(&values)?;
    }

    /// On AVX2 and AVX-512 the sigmoid takes a few steps with instructions
    /// of its own (a limit of -750 instead of a choice below -746, a blend
    /// by the sign bit, a table lookup); it must still give the bits of the
    /// portable form with the same exponential.
    #[test]
    fn sigmoid_is_the_portable_sigmoid_bit_for_bit(values in slices(interesting())) {
        let mut portable = values.clone();
        fast::portable_sigmoid_in_place(&mut portable, fast::looks_up());
        assert_same_sigmoid(&values, &fast::sigmoid(&values), &portable)?;
    }

    /// Both exponentials, the one this machine takes and the other, keep
    /// the sigmoid within 2 ulp of the simple one (so an AVX2 machine tests
    /// AVX-512's too, in its portable form).
    #[test]
    fn both_exponentials_keep_the_sigmoid_within_2_ulp(values in slices(interesting())) {
        for looks_up in [false, true] {
            let mut portable = values.clone();
            fast::portable_sigmoid_in_place(&mut portable, looks_up);
            for (&x, &got) in values.iter().zip(&portable) {
                let want = sigmoid(x);
                prop_assert!(
                    ulp_distance(got, want) <= 2 || (got.is_nan() && want.is_nan()),
                    "sigmoid({x:?}) with looks_up = {looks_up}: {got:?}, simple {want:?}"
                );
            }
        }
    }

    // --- The sigmoid's own properties, on the fast path ------------------------

    #[test]
    fn sigmoid_stays_in_zero_to_one(values in slices(any_bits())) {
        for (&x, &y) in values.iter().zip(&fast::sigmoid(&values)) {
            prop_assert_eq!(x.is_nan(), y.is_nan(), "x = {:?}", x);
            prop_assert!(x.is_nan() || (0.0..=1.0).contains(&y), "sigmoid({x:?}) = {y:?}");
        }
    }

    /// Strictly inside where f64 has numbers between the result and 0 or 1
    /// (see the same property of the simple sigmoid).
    #[test]
    fn sigmoid_is_strictly_inside_where_f64_can_say_so(values in slices(-745.0..36.0_f64)) {
        for (&x, &y) in values.iter().zip(&fast::sigmoid(&values)) {
            prop_assert!(y > 0.0 && y < 1.0, "sigmoid({x:?}) = {y:?}");
        }
    }

    #[test]
    fn sigmoid_is_monotone_non_decreasing(mut values in slices(prop_oneof![finite(), -50.0..50.0_f64])) {
        values.sort_by(f64::total_cmp);
        let y = fast::sigmoid(&values);
        for i in 1..y.len() {
            prop_assert!(y[i - 1] <= y[i], "sigmoid({:?}) = {:?} > sigmoid({:?}) = {:?}", values[i - 1], y[i - 1], values[i], y[i]);
        }
    }

    #[test]
    fn sigmoid_is_symmetric_about_one_half(values in slices(prop_oneof![finite(), -40.0..40.0_f64])) {
        let negated: Vec<f64> = values.iter().map(|x| -x).collect();
        let (y, y_of_negated) = (fast::sigmoid(&values), fast::sigmoid(&negated));
        for (a, b) in y.iter().zip(&y_of_negated) {
            // As for the simple sigmoid: 2 ulp of a number <= 1 on each side,
            // plus the rounding of the subtraction.
            assert_abs_diff_eq!(*b, 1.0 - a, epsilon = 4.0 * f64::EPSILON);
        }
    }
}

// --- Lengths and special values --------------------------------------------

#[test]
fn every_edge_length_gives_the_simple_answers() {
    for len in EDGE_LENGTHS {
        let values = edge_input(len);
        let check = || -> Result<(), TestCaseError> {
            assert_same_bits(&values, relu, fast::relu, fast::relu_in_place)?;
            assert_same_bits(&values, step, fast::step, fast::step_in_place)?;
            prop_assert_eq!(
                fast::step_int(&values),
                values.iter().map(|&x| step_int(x)).collect::<Vec<_>>()
            );
            assert_sigmoid_agrees(&values)
        };
        if let Err(failure) = check() {
            panic!("length {len}: {failure}");
        }
    }
}

/// The same bits, or NaN for NaN (whose sign and payload IEEE 754 leaves
/// open).
fn assert_same_sigmoid(x: &[f64], got: &[f64], want: &[f64]) -> Result<(), TestCaseError> {
    prop_assert_eq!(got.len(), want.len());
    for ((&x, &got), &want) in x.iter().zip(got).zip(want) {
        prop_assert!(
            got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
            "sigmoid({:?}): {:?}, portable {:?}",
            x,
            got,
            want
        );
    }
    Ok(())
}

/// The portable form's bits at the machine's own steps' edges: around
/// ±746 and ±750, the extremes and the special values.
#[test]
fn sigmoid_is_the_portable_sigmoid_at_its_edges() {
    let x = crate::sigmoid_edges();
    let mut portable = x.clone();
    fast::portable_sigmoid_in_place(&mut portable, fast::looks_up());
    if let Err(failure) = assert_same_sigmoid(&x, &fast::sigmoid(&x), &portable) {
        panic!("{failure}");
    }
}

#[test]
fn sigmoid_special_values_are_those_of_the_simple_sigmoid() {
    let tiny = f64::from_bits(1); // the smallest subnormal
    let x = [
        -0.0,
        0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -800.0,
        800.0,
        -745.0,
        -746.0,
        tiny,
        -tiny,
    ];
    let y = fast::sigmoid(&x);
    assert_eq!(y[..8], [0.5, 0.5, 1.0, 0.0, 0.0, 1.0, tiny, 0.0]);
    // sigmoid(x) = 1/2 + x/4 + ..., which rounds to 1/2 for tiny x.
    assert_eq!(y[8..], [0.5, 0.5]);
    assert!(fast::sigmoid(&[f64::NAN])[0].is_nan());
    assert!(fast::sigmoid(&[-f64::NAN])[0].is_nan());
}

#[test]
fn relu_keeps_nan_and_negative_zero_as_numpy_does() {
    let nan_with_payload = f64::from_bits(0x7FF8_0000_0000_1234);
    let y = fast::relu(&[
        -0.0,
        nan_with_payload,
        -f64::from_bits(1),
        f64::NEG_INFINITY,
    ]);
    assert_eq!(bits(&y), bits(&[-0.0, nan_with_payload, 0.0, 0.0]));
}

#[test]
fn empty_slices_give_empty_results() {
    assert!(fast::sigmoid(&[]).is_empty());
    assert!(fast::relu(&[]).is_empty());
    assert!(fast::step(&[]).is_empty());
    assert!(fast::step_int(&[]).is_empty());
    let mut output = vec![1, 2, 3];
    fast::step_int_into(&[], &mut output);
    assert!(output.is_empty());
    assert!(fast::step_int_reusing(Vec::new()).is_empty());
}

// --- Accuracy against the reference file ----------------------------------

#[test]
fn fast_sigmoid_is_within_2_ulp_on_every_reference_row() {
    let reference = reference();
    for (form, report) in [
        (
            "allocating",
            check_with(&reference, "sigmoid", 2, fast::sigmoid),
        ),
        (
            "in place",
            check_with(&reference, "sigmoid", 2, |x| {
                let mut values = x.to_vec();
                fast::sigmoid_in_place(&mut values);
                values
            }),
        ),
        // Both exponentials on every machine, whichever this one takes.
        (
            "portable, with a table",
            check_with(&reference, "sigmoid", 2, |x| {
                let mut values = x.to_vec();
                fast::portable_sigmoid_in_place(&mut values, true);
                values
            }),
        ),
        (
            "portable, without a table",
            check_with(&reference, "sigmoid", 2, |x| {
                let mut values = x.to_vec();
                fast::portable_sigmoid_in_place(&mut values, false);
                values
            }),
        ),
    ] {
        let report = report.unwrap();
        assert_eq!(report.rows, 2135);
        assert_eq!((report.column.as_str(), report.limit), ("sigmoid", 2));
        println!("fast sigmoid ({form}): {report}");
        assert!(
            report.failures.is_empty(),
            "{form}: first failures: {:#?}",
            &report.failures[..3.min(report.failures.len())]
        );
    }
}

/// `check_with` given the simple sigmoid must report what a plain loop
/// over the rows finds: the same worst error, where, and failing lines.
#[test]
fn check_with_the_simple_sigmoid_matches_a_row_by_row_count() {
    let reference = reference();
    let sliced = check_with(&reference, "sigmoid", 0, |x| {
        x.iter().map(|&x| sigmoid(x)).collect()
    })
    .unwrap();
    let (mut max_ulps, mut worst_x, mut failing_lines) = (0, None, Vec::new());
    for (line, values) in &reference.rows {
        let ulps = ulp_distance(sigmoid(values[0]), values[1]);
        if ulps > max_ulps || worst_x.is_none() {
            (max_ulps, worst_x) = (ulps, Some(values[0]));
        }
        if ulps > 0 {
            failing_lines.push(format!("line {line}: "));
        }
    }
    assert_eq!((sliced.max_ulps, sliced.worst_x), (max_ulps, worst_x));
    assert_eq!(sliced.failures.len(), failing_lines.len());
    for (failure, line) in sliced.failures.iter().zip(&failing_lines) {
        assert!(failure.starts_with(line), "{failure} is not on {line}");
    }
    // With a limit of 0, rows that are not correctly rounded fail.
    assert!(!failing_lines.is_empty());
}

#[test]
fn check_with_reports_wrong_short_and_unknown_columns() {
    let reference = reference();
    let all_half = check_with(&reference, "sigmoid", 2, |x| vec![0.5; x.len()]).unwrap();
    let not_near_half = reference
        .rows
        .iter()
        .filter(|(_, values)| ulp_distance(0.5, values[1]) > 2);
    assert_eq!(all_half.failures.len(), not_near_half.count());
    assert!(!all_half.failures.is_empty());
    let too_short = check_with(&reference, "sigmoid", 2, |x| fast::sigmoid(&x[..10])).unwrap();
    // NaN stands in for the missing values: only rows whose answer is NaN
    // still agree.
    let nan_rows = reference.rows[10..]
        .iter()
        .filter(|(_, values)| values[1].is_nan())
        .count();
    assert_eq!(too_short.rows - too_short.failures.len(), 10 + nan_rows);
    let unknown = check_with(&reference, "softplus", 2, fast::sigmoid).unwrap_err();
    assert_eq!(
        unknown,
        r#"tests/data/activations-f64.tsv:1: no column "softplus""#
    );
}

// --- The exponential's table ------------------------------------------------

/// `a · b` exactly, as the sum of two floats: the rounded product and its
/// rounding error, which a fused multiply-add recovers.
fn exact_product(a: f64, b: f64) -> (f64, f64) {
    let product = a * b;
    (product, a.mul_add(b, -product))
}

/// `(hi + lo)²` to about 2^-104 relative, as the sum of two floats.
fn square(hi: f64, lo: f64) -> (f64, f64) {
    let (product, error) = exact_product(hi, hi);
    let low = error + 2.0 * hi * lo;
    let high = product + low;
    (high, low - (high - product))
}

/// The table of the exponential that starts from a table (AVX-512's) holds
/// `2^64 · 2^(j/8)` rounded, and each correction `c` what the rounding lost:
/// `entry · e^c = 2^64 · 2^(j/8)`. No reference numbers are needed, since
/// `(2^(j/8))^8 = 2^j`: with `e = entry / 2^64`, that makes
/// `e^8 · e^(8c) = 2^j`, so `8c = ln(2^j / e^8)`, which is `2^j / e^8 - 1`
/// to within 10^-30 (the residual is below 10^-15, half its square below
/// 10^-30).
/// `e^8` comes from three squarings in double-double arithmetic.
#[test]
fn the_exponential_table_holds_two_to_the_j_eighths_and_what_rounding_lost() {
    let (table, corrections) = fast::exp_table();
    for (j, (&entry, &correction)) in table.iter().zip(corrections).enumerate() {
        let e = entry / 2.0_f64.powi(64); // exact: a power of 2
        // Rounded to f64: off by at most half an ulp of e, 2^-53 relative.
        assert!(
            correction.abs() <= 2.0_f64.powi(-53),
            "entry {j}: correction {correction:e}"
        );
        let (mut hi, mut lo) = (e, 0.0);
        for _ in 0..3 {
            (hi, lo) = square(hi, lo);
        }
        // 2^j - hi is exact (the two are within a factor of 2).
        let power = 2.0_f64.powi(j as i32);
        let residual = ((power - hi) - lo) / hi;
        assert!(
            (8.0 * correction - residual).abs() <= 1e-30,
            "entry {j} ({entry:e}): 8 · correction = {:e}, but 2^j / e^8 - 1 = {residual:e}",
            8.0 * correction
        );
    }
}
