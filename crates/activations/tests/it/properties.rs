//! Properties every activation must have, checked on thousands of random
//! inputs by proptest. When one fails, proptest shrinks the input to a
//! small counterexample and saves it under `proptest-regressions/`, so the
//! failure is replayed first next time.

use activations::{
    Float, identity, identity_derivative, relu, relu_derivative, sigmoid, sigmoid_derivative, step,
    step_derivative, step_int,
};
use approx::{assert_abs_diff_eq, assert_ulps_eq, ulps_eq};

use proptest::num::f64 as f64s;
use proptest::prelude::*;

/// Every finite f64: zeros, subnormals and normals of both signs.
fn finite() -> impl Strategy<Value = f64> {
    f64s::POSITIVE | f64s::NEGATIVE | f64s::ZERO | f64s::SUBNORMAL | f64s::NORMAL
}

/// Every f64 bit pattern, NaN and infinities included.
fn any_bits() -> impl Strategy<Value = f64> {
    any::<u64>().prop_map(f64::from_bits)
}

/// Two finite numbers in increasing order.
fn ordered_pair() -> impl Strategy<Value = (f64, f64)> {
    (finite(), finite()).prop_map(|(a, b)| if a <= b { (a, b) } else { (b, a) })
}

/// Central finite difference: the slope of `f` between `x - h` and `x + h`.
fn slope(f: fn(f64) -> f64, x: f64, h: f64) -> f64 {
    (f(x + h) - f(x - h)) / (2.0 * h)
}

/// A function of one number, named for messages.
type Named = (&'static str, fn(f64) -> f64);

const SCALARS: [Named; 4] = [
    ("step", step),
    ("sigmoid", sigmoid),
    ("relu", relu),
    ("identity", identity),
];

proptest! {
    // --- Shape of each function -------------------------------------------

    #[test]
    fn every_activation_is_monotone_non_decreasing((a, b) in ordered_pair()) {
        for (name, f) in SCALARS {
            prop_assert!(f(a) <= f(b), "{name}({a:?}) = {:?} > {name}({b:?}) = {:?}", f(a), f(b));
        }
    }

    #[test]
    fn step_is_zero_or_one(x in any_bits()) {
        let y = step(x);
        prop_assert!(y == 0.0 || y == 1.0);
        prop_assert_eq!(step_int(x) as f64, y);
    }

    // ANCHOR: sigmoid_properties
    #[test]
    fn sigmoid_stays_in_zero_to_one(x in any_bits().prop_filter("not NaN", |x| !x.is_nan())) {
        let y = sigmoid(x);
        prop_assert!((0.0..=1.0).contains(&y), "sigmoid({x:?}) = {y:?}");
    }

    // 0 and 1 are only limits: wherever f64 has a number strictly between
    // sigmoid(x) and them, the result must not round onto them. Below -745
    // even the smallest subnormal is too big. Near 1 the formula rounds
    // 1 + e^-x first, to 1.0 once e^-x <= 2^-53 (53 ln 2 = 36.74), so the
    // test stays below that; the next test covers what follows.
    #[test]
    fn sigmoid_is_strictly_inside_where_f64_can_say_so(x in -745.0..36.7368_f64) {
        let y = sigmoid(x);
        prop_assert!(y > 0.0 && y < 1.0, "sigmoid({x:?}) = {y:?}");
    }

    // From 36 to past 54 ln 2 = 37.43 (where the exact value, 1 - e^-x,
    // rounds to 1.0 itself): sigmoid(x) is 1.0 exactly when 1 + e^-x rounds
    // to 1, that is when e^-x <= 2^-53 (a tie goes to the even 1.0). This
    // pins where the formula saturates, to the last float. Everywhere here
    // it stays within 1 ulp of 1 - e^-x, which f64 rounds correctly since
    // e^-x is below the ulp of 1.
    #[test]
    fn sigmoid_reaches_one_where_one_plus_e_rounds_to_one(x in 36.0..37.6_f64) {
        let (y, e) = (sigmoid(x), (-x).exp());
        let half_gap_above_one = f64::EPSILON / 2.0;
        prop_assert_eq!(y == 1.0, e <= half_gap_above_one, "sigmoid({:?}) = {:?}, e^-x = {:e}", x, y, e);
        let exact = 1.0 - e;
        prop_assert!((y - exact).abs() <= f64::EPSILON / 2.0, "sigmoid({:?}) = {:?}, 1 - e^-x = {:?}", x, y, exact);
    }

    #[test]
    fn sigmoid_is_symmetric_about_one_half(x in finite()) {
        // Each side is within 2 ulp of a number at most 1, so within
        // 2 * 2^-53 each; the subtraction adds at most 2^-53.
        assert_abs_diff_eq!(sigmoid(-x), 1.0 - sigmoid(x), epsilon = 4.0 * f64::EPSILON);
    }
    // ANCHOR_END: sigmoid_properties

    #[test]
    fn relu_is_never_negative(x in any_bits().prop_filter("not NaN", |x| !x.is_nan())) {
        prop_assert!(relu(x) >= 0.0);
    }

    #[test]
    fn relu_is_idempotent(x in any_bits()) {
        prop_assert_eq!(relu(relu(x)).to_bits(), relu(x).to_bits());
    }

    /// The positive part minus the negative part gives x back, exactly.
    #[test]
    fn relu_of_x_minus_relu_of_minus_x_is_x(x in any_bits().prop_filter("not NaN", |x| !x.is_nan())) {
        prop_assert_eq!(relu(x) - relu(-x), x);
    }

    /// Scaling by a positive number commutes with ReLU, exactly: both sides
    /// compute the same single product.
    #[test]
    fn relu_is_positively_homogeneous(x in finite(), a in f64s::POSITIVE | f64s::NORMAL) {
        prop_assert_eq!(relu(a * x), a * relu(x));
    }

    // --- Derivatives ------------------------------------------------------

    #[test]
    fn sigmoid_derivative_matches_the_slope(x in -30.0..30.0_f64) {
        // Truncation error ~ h^2 and rounding error ~ 1e-16 / h: both far
        // below the tolerance at h = 1e-5.
        assert_abs_diff_eq!(sigmoid_derivative(x), slope(sigmoid, x, 1e-5), epsilon = 1e-10);
    }

    #[test]
    fn sigmoid_derivative_is_s_times_one_minus_s(x in -30.0..30.0_f64) {
        let s = sigmoid(x);
        // s(1 - s) itself loses precision as s nears 1; compare relatively.
        approx::assert_relative_eq!(sigmoid_derivative(x), s * (1.0 - s), max_relative = 1e-6);
    }

    /// Away from the corner at 0, where no derivative exists.
    #[test]
    fn piecewise_derivatives_match_the_slope(x in prop_oneof![-1e6..-1e-3_f64, 1e-3..1e6_f64]) {
        let h = 1e-4 * x.abs();
        assert_abs_diff_eq!(relu_derivative(x), slope(relu, x, h), epsilon = 1e-6);
        assert_abs_diff_eq!(step_derivative(x), slope(step, x, h), epsilon = 0.0);
        assert_abs_diff_eq!(identity_derivative(x), slope(identity, x, h), epsilon = 1e-6);
    }

    // --- f32 --------------------------------------------------------------

    /// The generic functions give the f32 answer within a few f32 ulps of
    /// the f64 answer rounded to f32.
    #[test]
    fn f32_agrees_with_f64(x in proptest::num::f32::NORMAL | proptest::num::f32::SUBNORMAL | proptest::num::f32::ZERO) {
        let wide = f64::from(x);
        let (y, y64) = (sigmoid(x), sigmoid(wide) as f32);
        prop_assert!(ulps_eq!(y, y64, max_ulps = 4),
            "sigmoid({x:?}_f32) = {y:?}, but sigmoid({wide:?}_f64) rounded to f32 is {y64:?}");
        let (d, d64) = (sigmoid_derivative(x), sigmoid_derivative(wide) as f32);
        prop_assert!(ulps_eq!(d, d64, max_ulps = 8),
            "sigmoid_derivative({x:?}_f32) = {d:?}, but in f64 rounded to f32 it is {d64:?}");
        prop_assert_eq!(relu(x), relu(wide) as f32);
        prop_assert_eq!(step(x), step(wide) as f32);
    }
}

#[test]
fn sigmoid_of_zero_is_one_half() {
    assert_eq!(sigmoid(0.0_f64), 0.5);
    assert_eq!(sigmoid(-0.0_f64), 0.5);
    assert_eq!(sigmoid(0.0_f32), 0.5);
    assert_eq!(sigmoid_derivative(0.0_f64), 0.25);
}

/// NaN and the infinities, as the docs promise (and as NumPy does).
#[test]
fn nan_and_infinity_behave_as_documented() {
    fn check<T: Float + std::fmt::Debug>() {
        let (nan, inf) = (T::nan(), T::infinity());
        assert!(sigmoid(nan).is_nan());
        assert!(relu(nan).is_nan(), "unlike f64::max(0.0, NaN), which is 0");
        assert_eq!(step(nan), T::zero());
        assert!(sigmoid_derivative(nan).is_nan());
        assert_eq!(relu_derivative(nan), T::zero());
        assert_eq!(sigmoid(inf), T::one());
        assert_eq!(sigmoid(-inf), T::zero());
        assert_eq!(sigmoid_derivative(inf), T::zero());
        assert_eq!(sigmoid_derivative(-inf), T::zero());
        assert_eq!(relu(inf), inf);
        assert_eq!(relu(-inf), T::zero());
    }
    check::<f64>();
    check::<f32>();
    assert_eq!(f64::max(0.0, f64::NAN), 0.0, "the pitfall relu avoids");
}

#[test]
fn relu_keeps_the_sign_of_zero_like_numpy() {
    assert!(relu(-0.0_f64).is_sign_negative());
    assert!(relu(0.0_f64).is_sign_positive());
}

/// From finite input, never NaN or infinity, even where e^x overflows.
#[test]
fn sigmoid_never_overflows_on_finite_input() {
    for x in [f64::MIN, -1e308, -745.2, -710.0, 710.0, 1e308, f64::MAX] {
        assert!(sigmoid(x).is_finite(), "sigmoid({x})");
        assert!(sigmoid_derivative(x).is_finite(), "sigmoid'({x})");
    }
    for x in [f32::MIN, -104.0, -89.0, 89.0, f32::MAX] {
        assert!(
            sigmoid(x).is_finite() && sigmoid_derivative(x).is_finite(),
            "f32 {x}"
        );
    }
}

/// For f32, e^x is subnormal below about -87.3: the stable form keeps it.
#[test]
fn f32_sigmoid_keeps_subnormal_results() {
    let y = sigmoid(-100.0_f32);
    assert!(
        y > 0.0 && y < f32::MIN_POSITIVE,
        "sigmoid(-100.0_f32) = {y:?}, but e^-100 = {:?} is a positive subnormal f32",
        (-100.0_f32).exp()
    );
    assert_ulps_eq!(y, sigmoid(-100.0_f64) as f32, max_ulps = 2);
}
