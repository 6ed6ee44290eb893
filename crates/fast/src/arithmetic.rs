//! The forward pass's arithmetic on its own, for the benchmarks' estimate
//! of the machine's limit: how long one exponential, one division and one
//! multiplication or addition take when many independent ones run together
//! (their *throughput*), with the instructions the fast paths use.
//!
//! Each function works on a slice small enough to stay in the fastest cache
//! (see [`BLOCK_LEN`](crate::BLOCK_LEN)), so memory plays no part: divide
//! its time by the number of operations it reports.
//!
//! ```
//! let mut values = vec![-1.0; 64];
//! assert_eq!(fast::arithmetic::exponentials(&mut values), 64);
//! assert!((values[0] - (-1.0_f64).exp()).abs() < 1e-16);
//! ```

use crate::{Constants, Steps, VectorFn, WithSteps, each, each_vector, scaled_exp};
use pulp::{Arch, Simd, WithSimd};

/// How many multiply-adds [`multiply_adds`] applies to each element.
pub const MULTIPLY_ADDS_PER_ELEMENT: usize = 16;

/// Overwrites every element `x` with `e^(-|x|)`, the exponential the fast
/// sigmoid computes, as it computes it; returns how many exponentials that
/// was. Repeated, the numbers stay between `e^-1` and 1.
///
/// ```
/// let mut values = [0.0, -2.0, 2.0];
/// fast::arithmetic::exponentials(&mut values);
/// assert_eq!(values[0], 1.0);
/// assert_eq!(values[1], values[2]);
/// ```
pub fn exponentials(values: &mut [f64]) -> usize {
    crate::dispatch_with_steps(Exponentials { values });
    values.len()
}

/// Replaces every element `x` of `values` by `n / x`, `n` the same element
/// of `numerators` (as many as the shorter has), with the division
/// instruction the fast sigmoid uses; returns how many divisions that was.
/// Done twice, it gives `values` back (up to rounding): a benchmark can
/// repeat it without the numbers drifting off to where division is slower.
///
/// ```
/// let mut values = [4.0, 2.0];
/// assert_eq!(fast::arithmetic::divisions(&mut values, &[1.0, 3.0]), 2);
/// assert_eq!(values, [0.25, 1.5]);
/// ```
pub fn divisions(values: &mut [f64], numerators: &[f64]) -> usize {
    Arch::new().dispatch(Divisions { values, numerators });
    values.len().min(numerators.len())
}

/// Replaces every element `y` with `y·a + b`, [`MULTIPLY_ADDS_PER_ELEMENT`]
/// times over, as fused multiply-adds; returns how many that was. A fused
/// multiply-add takes as long as a multiplication or an addition alone, so
/// this is also the time of each of the weighted sums' operations. With
/// `|a| < 1` the values settle at `b / (1 - a)`, however often repeated.
///
/// ```
/// let mut values = [1.0, 2.0];
/// let count = fast::arithmetic::multiply_adds(&mut values, 1.0, 0.5);
/// assert_eq!(count, 2 * fast::arithmetic::MULTIPLY_ADDS_PER_ELEMENT);
/// assert_eq!(values, [9.0, 10.0]);
/// ```
pub fn multiply_adds(values: &mut [f64], a: f64, b: f64) -> usize {
    Arch::new().dispatch(MultiplyAdds { values, a, b });
    values.len() * MULTIPLY_ADDS_PER_ELEMENT
}

struct Exponentials<'a> {
    values: &'a mut [f64],
}

impl WithSteps for Exponentials<'_> {
    type Output = ();

    #[inline(always)]
    fn with_steps<S: Simd>(self, simd: S, steps: impl Steps<S>) {
        let constants = Constants::in_memory(simd);
        each_vector(simd, self.values, Exponential(steps, &constants));
    }
}

/// e^(-|x|), as a [`VectorFn`], with the sigmoid's [`Steps`]: 2^-64 ·
/// 2^64 · e^t is a multiplication, exact but for results too small for a
/// normal float.
#[derive(Clone, Copy)]
struct Exponential<'a, T, V>(T, &'a Constants<V>);

impl<S: Simd, T: Steps<S>> VectorFn<S> for Exponential<'_, T, S::f64s> {
    #[inline(always)]
    fn apply<const N: usize>(self, simd: S, x: [S::f64s; N]) -> [S::f64s; N] {
        let mut t = x;
        for (t, &x) in t.iter_mut().zip(&x) {
            *t = self.0.minus_magnitude(simd, x);
        }
        let two_to_minus_64 = simd.splat_f64s(1.0 / 18_446_744_073_709_551_616.0);
        let e = scaled_exp(simd, self.0, self.1, t);
        each(|i| simd.mul_f64s(e[i], two_to_minus_64))
    }
}

struct Divisions<'a> {
    values: &'a mut [f64],
    numerators: &'a [f64],
}

impl WithSimd for Divisions<'_> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: Simd>(self, simd: S) {
        let (values, _) = S::as_mut_simd_f64s(self.values);
        let (numerators, _) = S::as_simd_f64s(self.numerators);
        let whole = values.len().min(numerators.len());
        for (x, &n) in values.iter_mut().zip(numerators) {
            *x = simd.div_f64s(n, *x);
        }
        // The few left over, one at a time.
        let done = whole * S::F64_LANES;
        let rest = self.values.iter_mut().zip(self.numerators).skip(done);
        for (x, n) in rest {
            *x = n / *x;
        }
    }
}

struct MultiplyAdds<'a> {
    values: &'a mut [f64],
    a: f64,
    b: f64,
}

impl WithSimd for MultiplyAdds<'_> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: Simd>(self, simd: S) {
        each_vector(
            simd,
            self.values,
            Repeated {
                a: self.a,
                b: self.b,
            },
        );
    }
}

/// `y·a + b`, [`MULTIPLY_ADDS_PER_ELEMENT`] times, as a [`VectorFn`].
#[derive(Clone, Copy)]
struct Repeated {
    a: f64,
    b: f64,
}

impl<S: Simd> VectorFn<S> for Repeated {
    #[inline(always)]
    fn apply<const N: usize>(self, simd: S, mut y: [S::f64s; N]) -> [S::f64s; N] {
        let (a, b) = (simd.splat_f64s(self.a), simd.splat_f64s(self.b));
        for _ in 0..MULTIPLY_ADDS_PER_ELEMENT {
            y = each(|i| simd.mul_add_f64s(y[i], a, b));
        }
        y
    }
}
