//! Fast paths: the activation functions over a whole slice of `f64` at once,
//! the forward pass of one sample ([`FastNetwork`]) and over a big batch
//! ([`forward_batch`]), and the arithmetic they are made of, on its own
//! ([`arithmetic`], for the benchmarks' estimate of the machine's limit).
//!
//! They give the simple forms' answers (the tests prove it: bit for bit for
//! step and ReLU, within 2 ulp of the correctly rounded value for sigmoid,
//! and for the forward pass the same arithmetic but for the sigmoid) and
//! are faster for four reasons, which chapter 8 of the book explains: no
//! branches, an exponential written out in SIMD operations, the widest SIMD
//! the processor has (chosen at run time with [`pulp`], fused multiply-adds
//! included, the simple sigmoid where there is no SIMD path), and
//! cache-sized blocks ([`BLOCK_LEN`]) for the sigmoid.
//!
//! Each function comes in place (`*_in_place(&mut [f64])`) and allocating
//! (returning a new `Vec`), like NumPy's `np.maximum(0, x, out=x)` and
//! `np.maximum(0, x)`. Only `f64` has fast paths: it is what the tutorial's
//! network uses.
//!
//! ```
//! use fast;
//!
//! let x = [-2.0, -0.0, 0.5, f64::NAN];
//! assert_eq!(fast::step_int(&x), [0, 0, 1, 0]);
//!
//! let mut u = x.to_vec();
//! fast::relu_in_place(&mut u);
//! assert_eq!(u[..3], [0.0, -0.0, 0.5]);
//! assert!(u[3].is_nan());
//!
//! let z = fast::sigmoid(&x);
//! assert_eq!(z[1], 0.5);
//! ```

pub mod arithmetic;
mod batch;
mod one;

pub use batch::{forward_batch, forward_batch_into};
pub use one::FastNetwork;

use pulp::{Arch, Simd, WithSimd};
use std::hint::black_box;

/// How many elements the fast sigmoid processes as one block: 4 KiB of
/// `f64`, small enough to stay in the fastest (L1) cache of any current
/// processor.
///
/// ```
/// assert_eq!(fast::BLOCK_LEN * size_of::<f64>(), 4096);
/// ```
pub const BLOCK_LEN: usize = 512;

/// [`sigmoid`](activations::sigmoid) of every element, as a new vector.
///
/// The same formula as the simple sigmoid: `1 / (1 + e^(-x))` for `x >= 0`
/// and `e^x / (1 + e^x)` for `x < 0`, computed as one expression with
/// `e = e^(-|x|)`, so nothing overflows and nothing branches, on a whole
/// SIMD vector of numbers at a time. Only the exponential differs
/// (`scaled_exp` below); every result is within
/// 2 ulp of the correctly rounded value, subnormal results included, and the
/// special values behave as in the simple sigmoid: NaN gives NaN, `-0.0`
/// gives 0.5, `-inf` gives 0 and `inf` gives 1.
///
/// ```
/// use fast;
///
/// let z = fast::sigmoid(&[0.0, 1.0, -800.0, f64::INFINITY]);
/// assert_eq!(z[0], 0.5);
/// assert!((z[1] - 0.7310585786300049).abs() < 1e-16);
/// assert_eq!(z[2..], [0.0, 1.0]);
/// ```
// ANCHOR: sigmoid
pub fn sigmoid(values: &[f64]) -> Vec<f64> {
    dispatch_with_steps(SigmoidToNewVec { values })
}

/// [`sigmoid`](activations::sigmoid) of every element, overwriting `values`: the
/// in-place form of [`sigmoid`], with the same results.
///
/// ```
/// use fast;
///
/// let mut u = vec![-1.0, 0.0, 1.0];
/// fast::sigmoid_in_place(&mut u);
/// assert_eq!(u[1], 0.5);
/// assert_eq!(u[0] + u[2], 1.0);
/// ```
pub fn sigmoid_in_place(values: &mut [f64]) {
    dispatch_with_steps(SigmoidInPlace { values });
}

/// The sigmoid of every lane of `x`: `N` SIMD vectors of numbers (each 4
/// with AVX2, 8 with AVX-512, 1 without SIMD), with [`scaled_exp`] in place
/// of libm's exponential.
///
/// `simd` is `pulp`'s proof that the processor has these instructions:
/// `simd.add_f64s(a, b)` adds every lane of `a` to the same lane of `b`,
/// `simd.splat_f64s(v)` is `v` in every lane, and so on.
/// `#[inline(always)]` matters here and below: the operations only become
/// single instructions once inlined into the function that `pulp` compiled
/// for the instruction set.
#[inline(always)]
pub(crate) fn sigmoid_lanes<S: Simd, const N: usize>(
    simd: S,
    steps: impl Steps<S>,
    c: &Constants<S::f64s>,
    x: [S::f64s; N],
) -> [S::f64s; N] {
    // (The steps of `steps` are written in loops, not in `each`: closures
    // around them are not reliably inlined, see `each`.)
    let mut t = x;
    for (t, &x) in t.iter_mut().zip(&x) {
        *t = steps.minus_magnitude(simd, x);
    }
    // e = 2^64 · e^(-|x|) is in [0, 2^64]: it can't overflow, and 2^64
    // stands for 1 (see `scaled_exp`).
    let e = scaled_exp(simd, steps, c, t);
    let mut z = e;
    for ((z, &x), &e) in z.iter_mut().zip(&x).zip(&e) {
        // A choice, not a branch. For -0.0, e is 2^64 either way; for NaN,
        // e is NaN too.
        let numerator = steps.where_negative(simd, x, e, c.two_to_64);
        *z = simd.div_f64s(numerator, simd.add_f64s(c.two_to_64, e));
    }
    z
}

/// `[f(0), f(1), ..., f(N - 1)]`: one step for each of `N` SIMD vectors.
///
/// The exponential is a chain of steps that each wait for the one before,
/// and a processor only looks a limited number of instructions ahead for
/// work that does not wait. Taking each step for several vectors in turn
/// (`N` is 8 with AVX-512 in the slice and batch loops, 4 with AVX2, see
/// [`side_by_side`]) puts that work side by side; for one sample, `N` is 1.
///
/// `f` should be one of `pulp`'s operations: a closure is a function of
/// its own, compiled without the instructions `pulp` enabled, and the
/// compiler inlines it (as it must, for speed) only while it is small.
#[inline(always)]
pub(crate) fn each<V: Copy, const N: usize>(f: impl Fn(usize) -> V) -> [V; N] {
    let mut values = [f(0); N];
    for (i, value) in values.iter_mut().enumerate().skip(1) {
        *value = f(i);
    }
    values
}
// ANCHOR_END: sigmoid

/// The few steps of the fast sigmoid that some processors can take in fewer
/// instructions: the choices in every lane, `-|x|`, and looking numbers up
/// in a table. [`PulpMasks`] takes them with `pulp`'s operations, on any
/// processor; the 4-lane pass of one sample chooses with AVX-512's bit
/// masks (see `one.rs`), and the slice, batch and arithmetic loops take
/// some with instructions of AVX2 ([`Avx2`]) or AVX-512 ([`Avx512`]), see
/// [`dispatch_with_steps`]. Forms with the same [`LOOKS_UP`](Steps::LOOKS_UP)
/// give the same sigmoid, bit for bit (the tests compare each with the
/// portable one).
pub(crate) trait Steps<S: Simd>: Copy {
    /// Whether the exponential starts from a table of `2^(j/8)`
    /// ([`scaled_exp_from_table`]) rather than a longer polynomial alone:
    /// with AVX-512, one instruction looks a table up for every lane.
    const LOOKS_UP: bool = false;

    /// Whether [`minus_magnitude`](Steps::minus_magnitude) raises `-|x|`
    /// to no less than -750, so that the exponential needs no choice at
    /// its end (see [`Avx2`]).
    const RAISES_TO_MINUS_750: bool = false;

    /// `then` where `a < b`, `otherwise` elsewhere (NaN is never less).
    #[inline(always)]
    fn where_less(
        self,
        simd: S,
        a: S::f64s,
        b: S::f64s,
        then: S::f64s,
        otherwise: S::f64s,
    ) -> S::f64s {
        simd.select_f64s(simd.less_than_f64s(a, b), then, otherwise)
    }

    /// `then` where `x < 0`, `otherwise` elsewhere (NaN is never less). A
    /// form may also choose `then` where `x` is -0.0 or a NaN with its
    /// sign bit set: the sigmoid's result is the same (see `sigmoid_lanes`).
    #[inline(always)]
    fn where_negative(self, simd: S, x: S::f64s, then: S::f64s, otherwise: S::f64s) -> S::f64s {
        self.where_less(simd, x, simd.splat_f64s(0.0), then, otherwise)
    }

    /// `-|x|`, the power of `e` the sigmoid needs: `x` with its sign bit
    /// set. A form may also raise it to no less than -750 (and say so in
    /// [`RAISES_TO_MINUS_750`](Steps::RAISES_TO_MINUS_750)): below -746
    /// the sigmoid is 0 or 1 either way.
    #[inline(always)]
    fn minus_magnitude(self, simd: S, x: S::f64s) -> S::f64s {
        simd.or_f64s(x, simd.splat_f64s(-0.0))
    }

    /// `table[j]` in every lane, where `j` is the lane's lowest 3 bits.
    /// Here one lane at a time, for the tests and for processors without
    /// an instruction for it.
    #[inline(always)]
    fn look_up(self, _simd: S, index: S::f64s, table: &[f64; 8]) -> S::f64s {
        let mut lanes = index;
        for lane in bytemuck::cast_slice_mut::<S::f64s, f64>(std::slice::from_mut(&mut lanes)) {
            *lane = table[(lane.to_bits() & 7) as usize];
        }
        lanes
    }
}

/// [`Steps`] with `pulp`'s operations, for any processor: the trait's own
/// forms, with the exponential that looks up a table or the one that does
/// not (`LOOKS_UP`; the tests run both).
#[derive(Clone, Copy)]
pub(crate) struct PulpMasks<const LOOKS_UP: bool>;

impl<S: Simd, const LOOKS_UP: bool> Steps<S> for PulpMasks<LOOKS_UP> {
    const LOOKS_UP: bool = LOOKS_UP;
}

/// [`Steps`] with AVX-512 instructions, for the loops' 8 lanes.
///
/// - `vpermpd` looks the table of [`scaled_exp_from_table`] up for all 8
///   lanes in one instruction, so the exponential starts from the table.
/// - `-|x|` is raised to no less than -750 (`vmaxpd`, which keeps NaN), as
///   in [`Avx2`], so that no choice is needed at the end of the
///   exponential.
#[cfg(target_arch = "x86_64")]
#[derive(Clone, Copy)]
pub(crate) struct Avx512(pub(crate) pulp::x86::V4);

#[cfg(target_arch = "x86_64")]
impl Steps<pulp::x86::V4> for Avx512 {
    const LOOKS_UP: bool = true;
    const RAISES_TO_MINUS_750: bool = true;

    #[inline(always)]
    fn minus_magnitude(self, simd: pulp::x86::V4, x: pulp::f64x8) -> pulp::f64x8 {
        let t = PulpMasks::<true>.minus_magnitude(simd, x);
        // `vmaxpd` gives its second operand where either is NaN: NaN stays.
        let limit = simd.splat_f64x8(-750.0);
        pulp::cast(
            self.0
                .avx512f
                ._mm512_max_pd(pulp::cast(limit), pulp::cast(t)),
        )
    }

    #[inline(always)]
    fn look_up(self, _simd: pulp::x86::V4, index: pulp::f64x8, table: &[f64; 8]) -> pulp::f64x8 {
        // `vpermpd` reads the lowest 3 bits of each lane of `index`.
        let table: pulp::f64x8 = pulp::cast(*table);
        pulp::cast(
            self.0
                .avx512f
                ._mm512_permutexvar_pd(pulp::cast(index), pulp::cast(table)),
        )
    }
}

/// [`Steps`] with AVX2 instructions, for the loops' 4 lanes: 3
/// instructions where [`PulpMasks`] needs 5 (`-|x|`, a limit and one blend,
/// for `-|x|`, two comparisons and two blends). AVX2 has no instruction
/// that looks up 8 numbers at once, so it takes the exponential without a
/// table.
///
/// - `-|x|` is raised to no less than -750 (`vmaxpd`), so that the
///   exponential needs no choice at its end: for `t` in `[-750, -746)`,
///   `2^(k + 64)` is still a normal float, and the scaled exponential,
///   below 2^-1011, rounds away in the sigmoid's division as the 0 of
///   [`PulpMasks`] does.
/// - `vblendvpd` chooses by the sign bit of its mask, so `x` itself is the
///   mask of "x < 0": no comparison. It also chooses `e` for -0.0 (where
///   `e` is 2^64, the other choice) and for a NaN with its sign bit set
///   (where `e` is NaN, and so is the result either way).
#[cfg(target_arch = "x86_64")]
#[derive(Clone, Copy)]
pub(crate) struct Avx2(pub(crate) pulp::x86::V3);

#[cfg(target_arch = "x86_64")]
impl Steps<pulp::x86::V3> for Avx2 {
    const RAISES_TO_MINUS_750: bool = true;

    #[inline(always)]
    fn where_negative(
        self,
        _simd: pulp::x86::V3,
        x: pulp::f64x4,
        then: pulp::f64x4,
        otherwise: pulp::f64x4,
    ) -> pulp::f64x4 {
        pulp::cast(self.0.avx._mm256_blendv_pd(
            pulp::cast(otherwise),
            pulp::cast(then),
            pulp::cast(x),
        ))
    }

    #[inline(always)]
    fn minus_magnitude(self, simd: pulp::x86::V3, x: pulp::f64x4) -> pulp::f64x4 {
        let t = PulpMasks::<false>.minus_magnitude(simd, x);
        // `vmaxpd` gives its second operand where either is NaN: NaN stays.
        let limit = simd.splat_f64x4(-750.0);
        pulp::cast(self.0.avx._mm256_max_pd(pulp::cast(limit), pulp::cast(t)))
    }
}

/// An operation that uses the fast sigmoid: `pulp`'s [`WithSimd`] with the
/// [`Steps`] that suit the instructions beside them.
pub(crate) trait WithSteps {
    type Output;

    fn with_steps<S: Simd>(self, simd: S, steps: impl Steps<S>) -> Self::Output;
}

/// Runs `operation` with the widest SIMD the processor has, as
/// `Arch::new().dispatch` does, and with that SIMD's own [`Steps`]:
/// [`Avx512`], [`Avx2`], or elsewhere [`PulpMasks`].
#[inline(always)]
pub(crate) fn dispatch_with_steps<T: WithSteps>(operation: T) -> T::Output {
    #[cfg(target_arch = "x86_64")]
    {
        use pulp::x86::{V3, V4};
        if let Some(simd) = V4::try_new() {
            return simd.vectorize(OnX86(operation, simd, Avx512(simd)));
        }
        if let Some(simd) = V3::try_new() {
            return simd.vectorize(OnX86(operation, simd, Avx2(simd)));
        }
    }
    Arch::new().dispatch(Portable::<_, false>(operation))
}

/// An operation, with the SIMD and [`Steps`] to run it with, as a `pulp`
/// function compiled for that SIMD.
#[cfg(target_arch = "x86_64")]
struct OnX86<T, S, C>(T, S, C);

#[cfg(target_arch = "x86_64")]
impl<T: WithSteps, S: Simd, C: Steps<S>> pulp::NullaryFnOnce for OnX86<T, S, C> {
    type Output = T::Output;

    #[inline(always)]
    fn call(self) -> T::Output {
        self.0.with_steps(self.1, self.2)
    }
}

/// An operation with [`PulpMasks`], for any processor.
struct Portable<T, const LOOKS_UP: bool>(T);

impl<T: WithSteps, const LOOKS_UP: bool> WithSimd for Portable<T, LOOKS_UP> {
    type Output = T::Output;

    #[inline(always)]
    fn with_simd<S: Simd>(self, simd: S) -> T::Output {
        self.0.with_steps(simd, PulpMasks::<LOOKS_UP>)
    }
}

/// `log2(e)`, to turn a power of `e` into a power of 2.
// ANCHOR: exp
const LOG2_E: f64 = std::f64::consts::LOG2_E;
// `ln 2` in two parts: `LN2_HIGH` keeps its upper 32 bits, so `k * LN2_HIGH`
// is exact for any whole `k` below 2^21, and `LN2_LOW` is the rest of the
// true `ln 2`, rounded (the pair is within 2^-86 of `ln 2`).
const LN2_HIGH: f64 = f64::from_bits(0x3FE6_2E42_FEE0_0000);
const LN2_LOW: f64 = f64::from_bits(0x3DEA_39EF_3579_3C76);
// 1.5 · 2^52. Between 2^52 and 2^53 the spacing of `f64` is exactly 1, so
// adding this rounds to a whole number and leaves it in the low bits.
const ROUND_TO_WHOLE: f64 = 6_755_399_441_055_744.0;
// The coefficients c2 to c11 of `e^r - 1 ≈ r + c2·r² + ... + c11·r^11`
// for `|r| <= ln 2 / 2`: not the Taylor series' `1/n!` (which needs terms
// up to r^13 for this accuracy) but the polynomial of degree 11 whose
// largest error on that range is smallest (*minimax*), 5.5·10^-18, or
// 0.05 ulp of 1, with the coefficients rounded to `f64` (they come from
// `crates/fast/exp-coefficients.py`). Two terms fewer is two operations
// fewer per exponential.
const COEFFICIENTS: [f64; 12] = [
    1.0,
    1.0,
    0.5,
    0.166_666_666_666_666_85,
    0.041_666_666_666_602_806,
    0.008_333_333_333_314_688,
    0.001_388_888_892_725_437_6,
    0.000_198_412_699_032_939,
    2.480_150_811_958_006_4e-5,
    2.755_722_750_012_06e-6,
    2.762_540_522_849_7e-7,
    2.511_465_184_268_391_8e-8,
];
// 2^64: what `scaled_exp` returns for e^0 = 1.
const TWO_TO_64: f64 = 18_446_744_073_709_551_616.0;

// `2^64 · e^t` for every lane of `t`, all `<= 0` (NaN gives NaN), within
// 1.25 ulp of the exact value (the worst of 1.2 million values checked
// against mpmath at 60 digits was 1.23 ulp): no branch, no table, no call,
// and as few steps one after another as we could manage.
//
// `mul_add(a, b, c)` is `a·b + c` rounded once (a *fused multiply-add*):
// one instruction instead of two, and a little more accurate.
//
// It splits `t = k·ln 2 + r` with `k` whole and `|r| <= ln 2 / 2`, so that
// `e^t = 2^k · e^r`. `2^k` is written straight into the exponent bits of a
// float, and `e^r` is near 1, where a polynomial of degree 11
// (`COEFFICIENTS`) leaves an error below 10^-17. (With AVX-512,
// `scaled_exp_from_table` below does the same in fewer operations.)
//
// Why 2^64 · e^t and not e^t: below 2^-1022, floats lose precision
// (*subnormal* numbers), so e^t for t < -708 would be rounded twice, once
// here and once more by whatever divides it. Scaled by 2^64, the result is
// a normal float for every t >= -746, and the caller rounds once, at the
// end (the sigmoid's division by 2^64 · (1 + e^t)).
#[inline(always)]
fn scaled_exp<S: Simd, T: Steps<S>, const N: usize>(
    simd: S,
    steps: T,
    c: &Constants<S::f64s>,
    t: [S::f64s; N],
) -> [S::f64s; N] {
    if T::LOOKS_UP {
        return scaled_exp_from_table(simd, steps, c, t);
    }
    // Each operation on all N vectors (`mul_add` and `mul` below); `c`
    // holds the constants above, each in every lane of a vector (see
    // `Constants`).
    let all = |value: S::f64s| [value; N];

    // k = t / ln 2 rounded to a whole number, without a float-to-int
    // conversion (which not every instruction set has).
    let shifted = mul_add(simd, t, all(c.log2_e), all(c.round_to_whole));
    let k = each(|i| simd.sub_f64s(shifted[i], c.round_to_whole));
    // r = t - k·ln 2. `k * LN2_HIGH` is exact, and so is subtracting it,
    // because t and k·LN2_HIGH are within a factor of two; then `k *
    // LN2_LOW` comes off in one multiply-add, rounded once.
    let r = mul_add(
        simd,
        k,
        all(c.minus_ln2_low),
        mul_add(simd, k, all(c.minus_ln2_high), t),
    );

    // e^r - 1 = r + c2·r² + ... + c11·r^11, summed in pairs and pairs of
    // pairs (Estrin's scheme) rather than one term after another (Horner's):
    // (r + r²·low) + r⁶·(middle + r⁴·high), with low = c2 + ... + c5·r³,
    // middle = c6 + ... + c9·r³ and high = c10 + c11·r. The pieces are
    // computed side by side, so the longest chain of operations that wait
    // for one another is 4 multiply-adds after r², not 10.
    let r2 = mul(simd, r, r);
    let r4 = mul(simd, r2, r2);
    let r6 = mul(simd, r2, r4);
    let pair = |n: usize| mul_add(simd, all(c.coefficients[n + 1]), r, all(c.coefficients[n]));
    let low = mul_add(simd, pair(4), r2, pair(2));
    let middle = mul_add(simd, pair(8), r2, pair(6));
    let high = pair(10);
    let e_r_minus_1 = mul_add(
        simd,
        r6,
        mul_add(simd, high, r4, middle),
        mul_add(simd, r2, low, r),
    );

    // Then 2^k · 2^64 · e^r, rounded once: `times_two_to_the_k` below.
    let mut scaled = t;
    for (i, scaled) in scaled.iter_mut().enumerate() {
        *scaled = times_two_to_the_k(simd, shifted[i], e_r_minus_1[i]);
    }
    zero_below_minus_746(simd, steps, t, scaled)
}

// `a·b + c` for each of `N` vectors, rounded once (see `each`).
#[inline(always)]
fn mul_add<S: Simd, const N: usize>(
    simd: S,
    a: [S::f64s; N],
    b: [S::f64s; N],
    c: [S::f64s; N],
) -> [S::f64s; N] {
    each(|i| simd.mul_add_f64s(a[i], b[i], c[i]))
}

// `a·b` for each of `N` vectors.
#[inline(always)]
fn mul<S: Simd, const N: usize>(simd: S, a: [S::f64s; N], b: [S::f64s; N]) -> [S::f64s; N] {
    each(|i| simd.mul_f64s(a[i], b[i]))
}

// `2^(k + 64) · (1 + e_r_minus_1)`, rounded once, for `k >= -1086`.
#[inline(always)]
fn times_two_to_the_k<S: Simd>(simd: S, shifted: S::f64s, e_r_minus_1: S::f64s) -> S::f64s {
    // 2^k has exponent bits k + 1023. The low 12 bits of `shifted` hold k
    // (as a two's-complement number), so adding the bias and shifting left
    // by 52 (multiplying by 2^52) builds the float 2^(k + 64) directly, and
    // one multiply-add gives 2^(k + 64) · e^r, rounded once.
    let bits = simd.add_u64s(
        simd.transmute_u64s_f64s(shifted),
        simd.splat_u64s(1023 + 64),
    );
    let two_to_k_plus_64 = simd.transmute_f64s_u64s(simd.mul_u64s(bits, simd.splat_u64s(1 << 52)));
    simd.mul_add_f64s(two_to_k_plus_64, e_r_minus_1, two_to_k_plus_64)
}

// 0 where `t < -746`: there e^t is closer to 0 than to the smallest
// subnormal, and k too small for the exponent bits. NaN < -746 is false:
// NaN stays NaN. A form that raised t to -750 needs no choice.
#[inline(always)]
fn zero_below_minus_746<S: Simd, T: Steps<S>, const N: usize>(
    simd: S,
    steps: T,
    t: [S::f64s; N],
    scaled: [S::f64s; N],
) -> [S::f64s; N] {
    if T::RAISES_TO_MINUS_750 {
        return scaled;
    }
    let mut result = scaled;
    for (i, result) in result.iter_mut().enumerate() {
        let (limit, zero) = (simd.splat_f64s(-746.0), simd.splat_f64s(0.0));
        *result = steps.where_less(simd, t[i], limit, zero, scaled[i]);
    }
    result
}
// ANCHOR_END: exp

// ANCHOR: exp_table
// `2^64 · 2^(j/8)` for j = 0 to 7, rounded to `f64`, and what each entry
// lacks of that exact value, as a power of e: `TABLE[j] ·
// e^CORRECTIONS[j]` is `2^64 · 2^(j/8)` to about 2^-110 (both from
// `crates/fast/exp-coefficients.py`).
const TABLE: [f64; 8] = [
    1.844_674_407_370_955_2e19,
    2.011_631_705_487_728_2e19,
    2.193_699_930_108_967_7e19,
    2.392_246_736_931_064_6e19,
    2.608_763_565_066_556_6e19,
    2.844_876_840_400_464_7e19,
    3.102_360_192_937_013e19,
    3.383_147_779_910_693_3e19,
];
const CORRECTIONS: [f64; 8] = [
    0.0,
    -2.793_911_485_951_573_3e-17,
    3.348_462_333_625_152_4e-17,
    1.957_258_529_311_203_6e-17,
    -6.835_808_657_661_923e-17,
    5.154_830_117_078_678_3e-17,
    4.875_160_526_227_062e-17,
    1.790_126_907_604_513e-17,
];
// c2 to c7 of the minimax polynomial for `e^r - 1` on `|r| <= ln 2 / 16`,
// a range 8 times narrower than `COEFFICIENTS`': four terms fewer for the
// same largest error, 5.8·10^-18 (the first two entries, 1, stand for the
// `r` term, as there).
const TABLE_COEFFICIENTS: [f64; 8] = [
    1.0,
    1.0,
    0.5,
    0.166_666_666_666_671_9,
    0.041_666_666_616_178_11,
    0.008_333_333_319_230_593,
    0.001_388_961_459_035_403_8,
    0.000_198_423_897_173_479_04,
];

// `scaled_exp` for a processor that looks up 8 numbers in one instruction
// (`Steps::LOOKS_UP`): the same `2^64 · e^t`, in 4 operations fewer, and
// closer to the exact value: within 0.65 ulp (the worst of the same 1.2
// million values was 0.62 ulp), since the polynomial's own rounding
// errors now scale a number below 0.045 instead of 0.42.
//
// It splits `t = n·(ln 2)/8 + r` with `n` whole and `|r| <= ln 2 / 16`, and
// `n = 8k + j` with `0 <= j < 8`, so that `e^t = 2^k · 2^(j/8) · e^r`. The
// table gives `2^(j/8)`, the exponent bits take `2^k`, and on a range 8
// times narrower a polynomial of degree 7 is as accurate as one of degree
// 11 on the wider one.
#[inline(always)]
fn scaled_exp_from_table<S: Simd, T: Steps<S>, const N: usize>(
    simd: S,
    steps: T,
    c: &Constants<S::f64s>,
    t: [S::f64s; N],
) -> [S::f64s; N] {
    let all = |value: S::f64s| [value; N];

    // n = 8t / ln 2 rounded to a whole number, in the low bits of
    // `shifted`; its lowest 3 bits are j.
    let shifted = mul_add(simd, t, all(c.eight_log2_e), all(c.round_to_whole));
    let n = each(|i| simd.sub_f64s(shifted[i], c.round_to_whole));

    // The table's entry for j, and its correction:
    // `TABLE[j] · e^(r + CORRECTIONS[j])` is `2^64 · 2^(j/8) · e^r`.
    let (mut entry, mut correction) = (t, t);
    for i in 0..N {
        entry[i] = steps.look_up(simd, shifted[i], &c.table);
        correction[i] = steps.look_up(simd, shifted[i], &c.corrections);
    }

    // r = t - n·(ln 2)/8 + correction: `t - n·LN2_HIGH/8` is exact, as in
    // `scaled_exp` (`LN2_HIGH / 8` keeps 32 bits), and the two small parts
    // are summed on the side, so that the chain waits for one addition
    // after it instead of two.
    let high = mul_add(simd, n, all(c.minus_ln2_high_eighth), t);
    let low = mul_add(simd, n, all(c.minus_ln2_low_eighth), correction);
    let r = each(|i| simd.add_f64s(high[i], low[i]));

    // e^r - 1 = (r + r²·(c2 + c3·r)) + r⁴·((c4 + c5·r) + r²·(c6 + c7·r)),
    // in pairs as in `scaled_exp`: 3 multiply-adds after r², not 6.
    let r2 = mul(simd, r, r);
    let r4 = mul(simd, r2, r2);
    let pair = |n: usize| {
        let (low, high) = (c.table_coefficients[n], c.table_coefficients[n + 1]);
        mul_add(simd, all(high), r, all(low))
    };
    let e_r_minus_1 = mul_add(
        simd,
        r4,
        mul_add(simd, r2, pair(6), pair(4)),
        mul_add(simd, r2, pair(2), r),
    );

    // Then 2^k · entry · e^r, rounded once.
    let mut scaled = t;
    for (i, scaled) in scaled.iter_mut().enumerate() {
        *scaled = times_table_entry(simd, shifted[i], entry[i], e_r_minus_1[i]);
    }
    zero_below_minus_746(simd, steps, t, scaled)
}

// `2^k · entry · (1 + e_r_minus_1)`, rounded once, where the low bits of
// `shifted` hold `n = 8k + j` and `entry`, a normal float, is `TABLE[j]`;
// for `k >= -1082` (`t >= -750`) the product is a normal float too.
#[inline(always)]
fn times_table_entry<S: Simd>(
    simd: S,
    shifted: S::f64s,
    entry: S::f64s,
    e_r_minus_1: S::f64s,
) -> S::f64s {
    // Shifted left by 49 bits (multiplied by 2^49), bit 3 of n, the lowest
    // of k, lands on bit 52, the lowest of the exponent; the mask keeps
    // k's 12 bits (two's complement) and drops j and all above. Adding
    // them to the entry's exponent bits multiplies it by 2^k, exactly.
    let k_bits = simd.and_u64s(
        simd.mul_u64s(simd.transmute_u64s_f64s(shifted), simd.splat_u64s(1 << 49)),
        simd.splat_u64s(0xFFF0_0000_0000_0000),
    );
    let scaled_entry =
        simd.transmute_f64s_u64s(simd.add_u64s(simd.transmute_u64s_f64s(entry), k_bits));
    simd.mul_add_f64s(scaled_entry, e_r_minus_1, scaled_entry)
}
// ANCHOR_END: exp_table

/// The numbers the fast sigmoid works with, each in every lane of a SIMD
/// vector (see `scaled_exp`).
///
/// Why not `simd.splat_f64s(LOG2_E)` where it is needed: the compiler then
/// keeps each constant as one number and copies it into every lane of a
/// register (a *broadcast*) before use. AVX2 has 16 registers, too few for
/// the loops' four vectors side by side and more than a dozen constants, so
/// each broadcast comes again for every four vectors, one instruction more
/// per constant.
/// An instruction can read one operand straight from memory instead, but
/// only a whole vector: so the loops make these vectors once per call and
/// hide them from the compiler ([`Constants::in_memory`]), and then it
/// reads them from there.
#[derive(Clone, Copy)]
pub(crate) struct Constants<V> {
    log2_e: V,
    round_to_whole: V,
    minus_ln2_high: V,
    minus_ln2_low: V,
    coefficients: [V; 12],
    two_to_64: V,
    // For `scaled_exp_from_table`; the tables stay as they are, since a
    // lookup reads them whole.
    eight_log2_e: V,
    minus_ln2_high_eighth: V,
    minus_ln2_low_eighth: V,
    table_coefficients: [V; 8],
    table: [f64; 8],
    corrections: [f64; 8],
}

impl<V: Copy> Constants<V> {
    /// The constants, for the compiler to place as it sees fit (one
    /// sample: a few broadcasts, but no memory to read first).
    #[inline(always)]
    pub(crate) fn new<S: Simd<f64s = V>>(simd: S) -> Self {
        let all = |value: f64| simd.splat_f64s(value);
        // A loop, not `COEFFICIENTS.map(all)`: `map` is not always inlined.
        let mut coefficients = [all(0.0); 12];
        for (lanes, &value) in coefficients.iter_mut().zip(&COEFFICIENTS) {
            *lanes = all(value);
        }
        let mut table_coefficients = [all(0.0); 8];
        for (lanes, &value) in table_coefficients.iter_mut().zip(&TABLE_COEFFICIENTS) {
            *lanes = all(value);
        }
        Self {
            log2_e: all(LOG2_E),
            round_to_whole: all(ROUND_TO_WHOLE),
            minus_ln2_high: all(-LN2_HIGH),
            minus_ln2_low: all(-LN2_LOW),
            coefficients,
            two_to_64: all(TWO_TO_64),
            // Dividing by 8 is exact: LN2_HIGH / 8 keeps its 32 bits.
            eight_log2_e: all(8.0 * LOG2_E),
            minus_ln2_high_eighth: all(-LN2_HIGH / 8.0),
            minus_ln2_low_eighth: all(-LN2_LOW / 8.0),
            table_coefficients,
            table: TABLE,
            corrections: CORRECTIONS,
        }
    }

    /// The constants as whole vectors in memory, for the loops: `black_box`
    /// keeps the compiler from seeing that they are constants.
    #[inline(always)]
    pub(crate) fn in_memory<S: Simd<f64s = V>>(simd: S) -> Self {
        black_box(Self::new(simd))
    }
}

/// The table of the exponential that starts from a table: `2^64 · 2^(j/8)`
/// for j = 0 to 7, rounded, and each entry's correction, what it lacks of
/// that value as a power of e (for the tests, which check them against
/// each other).
///
/// ```
/// let (table, corrections) = fast::exp_table();
/// assert_eq!(table[0], 2.0_f64.powi(64));
/// assert_eq!(corrections[0], 0.0);
/// ```
#[doc(hidden)]
pub fn exp_table() -> (&'static [f64; 8], &'static [f64; 8]) {
    (&TABLE, &CORRECTIONS)
}

/// Whether the fast sigmoid takes the exponential that starts from a
/// table on this processor: where it has AVX-512 (see [`Avx512`]).
///
/// ```
/// // Either way, the sigmoid gives the portable form's bits.
/// let mut u = vec![-1.0, 0.5];
/// fast::portable_sigmoid_in_place(&mut u, fast::looks_up());
/// assert_eq!(u, fast::sigmoid(&[-1.0, 0.5]));
/// ```
#[doc(hidden)]
pub fn looks_up() -> bool {
    #[cfg(target_arch = "x86_64")]
    if pulp::x86::V4::try_new().is_some() {
        return true;
    }
    false
}

/// [`sigmoid_in_place`] with the portable [`Steps`] on every processor,
/// with the exponential that starts from a table (`looks_up`) or the one
/// that does not, for the tests: the forms that take some steps with
/// instructions of their own ([`Avx2`], [`Avx512`]) must give the results
/// of the portable form with the same exponential, bit for bit, and both
/// exponentials must be accurate on every machine.
///
/// ```
/// let mut u = vec![-800.0, -1.0, 0.0, 2.0];
/// fast::portable_sigmoid_in_place(&mut u, fast::looks_up());
/// assert_eq!(u, fast::sigmoid(&[-800.0, -1.0, 0.0, 2.0]));
/// ```
#[doc(hidden)]
pub fn portable_sigmoid_in_place(values: &mut [f64], looks_up: bool) {
    let operation = SigmoidInPlace { values };
    if looks_up {
        Arch::new().dispatch(Portable::<_, true>(operation));
    } else {
        Arch::new().dispatch(Portable::<_, false>(operation));
    }
}

/// [`relu`](activations::relu) of every element, as a new vector: NumPy's
/// `np.maximum(0, x)`, with the same NaN and `-0.0` behaviour bit for bit.
///
/// ```
/// use fast;
///
/// let z = fast::relu(&[-3.0, 2.5, -0.0]);
/// assert_eq!(z, [0.0, 2.5, 0.0]);
/// assert!(z[2].is_sign_negative());
/// ```
pub fn relu(values: &[f64]) -> Vec<f64> {
    map_to_new_vec(values, activations::relu)
}

/// [`relu`](activations::relu) of every element, overwriting `values`.
///
/// ```
/// use fast;
///
/// let mut u = [-3.0, 2.5, f64::NAN];
/// fast::relu_in_place(&mut u);
/// assert_eq!(u[..2], [0.0, 2.5]);
/// assert!(u[2].is_nan());
/// ```
pub fn relu_in_place(values: &mut [f64]) {
    map_in_place(values, activations::relu);
}

/// [`step`](activations::step) of every element, as a new vector of 0.0 and 1.0.
///
/// ```
/// use fast;
///
/// assert_eq!(fast::step(&[-1.0, 0.0, 2.0]), [0.0, 0.0, 1.0]);
/// ```
pub fn step(values: &[f64]) -> Vec<f64> {
    map_to_new_vec(values, activations::step)
}

/// [`step`](activations::step) of every element, overwriting `values` with 0.0 and
/// 1.0.
///
/// ```
/// use fast;
///
/// let mut u = [-1.0, 0.0, 2.0, f64::NAN];
/// fast::step_in_place(&mut u);
/// assert_eq!(u, [0.0, 0.0, 1.0, 0.0]);
/// ```
pub fn step_in_place(values: &mut [f64]) {
    map_in_place(values, activations::step);
}

/// [`step_int`](activations::step_int) of every element: the tutorial's
/// `(x > 0).astype(int)`, as a new vector of 0 and 1.
///
/// ```
/// use fast;
///
/// assert_eq!(fast::step_int(&[-1.0, 0.0, 2.0, f64::NAN]), [0, 0, 1, 0]);
/// ```
pub fn step_int(values: &[f64]) -> Vec<i64> {
    map_to_new_vec(values, activations::step_int)
}

/// [`step_int`](activations::step_int) of every element, written into `output`,
/// which is cleared first: reusing one vector saves an allocation per call.
///
/// ```
/// use fast;
///
/// let mut output = vec![7, 7, 7, 7, 7];
/// fast::step_int_into(&[-1.0, 0.0, 2.0], &mut output);
/// assert_eq!(output, [0, 0, 1]);
/// ```
pub fn step_int_into(values: &[f64], output: &mut Vec<i64>) {
    Arch::new().dispatch(StepIntInto { values, output });
}

/// [`step_int`](activations::step_int) of every element, in the memory of `values`
/// itself: the tutorial's `(x > 0).astype(int)` for when `x` is not needed
/// afterwards.
///
/// NumPy must allocate a new array for the result. In Rust, taking `values`
/// by value says that the caller is done with it, and since `f64` and `i64`
/// have the same size and alignment, its buffer can hold the integers: no
/// allocation, and each element is read and overwritten in one pass while
/// its cache line is at hand. [`bytemuck::allocation::try_cast_vec`] checks
/// the sizes and hands the buffer over without any unsafe code of ours.
///
/// ```
/// use fast;
///
/// let x = vec![-1.0, 0.0, 2.0, f64::NAN];
/// assert_eq!(fast::step_int_reusing(x), [0, 0, 1, 0]);
/// ```
pub fn step_int_reusing(values: Vec<f64>) -> Vec<i64> {
    match bytemuck::allocation::try_cast_vec::<f64, i64>(values) {
        Ok(mut bits) => {
            Arch::new().dispatch(StepIntReusing { bits: &mut bits });
            bits
        }
        // Not reachable (the two types have the same layout), but if it were,
        // the answer would still be right.
        Err((_, values)) => step_int(&values),
    }
}

/// The loop of [`step_int_reusing`]: each `i64` holds an `f64`'s bits on
/// the way in and the step's 0 or 1 on the way out.
struct StepIntReusing<'a> {
    bits: &'a mut [i64],
}

impl WithSimd for StepIntReusing<'_> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: Simd>(self, _simd: S) {
        for element in self.bits {
            *element = activations::step_int(f64::from_bits(*element as u64));
        }
    }
}

/// The loop of [`map_in_place`], as a `pulp` operation: `pulp` calls
/// `with_simd` from a copy compiled for the processor's widest SIMD.
struct InPlace<'a, F> {
    values: &'a mut [f64],
    function: F,
}

impl<F: Fn(f64) -> f64> WithSimd for InPlace<'_, F> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: Simd>(self, _simd: S) {
        for value in self.values {
            *value = (self.function)(*value);
        }
    }
}

/// Applies a cheap `function` (step, ReLU) to every element of `values`,
/// with the widest SIMD available. A loop this light keeps up with memory
/// by itself.
fn map_in_place(values: &mut [f64], function: impl Fn(f64) -> f64) {
    Arch::new().dispatch(InPlace { values, function });
}

/// The loop of [`map_to_new_vec`].
struct ToNewVec<'a, F> {
    values: &'a [f64],
    function: F,
}

impl<T, F: Fn(f64) -> T> WithSimd for ToNewVec<'_, F> {
    type Output = Vec<T>;

    #[inline(always)]
    fn with_simd<S: Simd>(self, _simd: S) -> Vec<T> {
        // `extend` from a slice knows the length: one pass, no checks.
        let mut output = Vec::with_capacity(self.values.len());
        output.extend(self.values.iter().map(|&value| (self.function)(value)));
        output
    }
}

/// A cheap `function` of every element of `values`, as a new vector, with
/// the widest SIMD available.
fn map_to_new_vec<T>(values: &[f64], function: impl Fn(f64) -> T) -> Vec<T> {
    Arch::new().dispatch(ToNewVec { values, function })
}

/// The loop of [`sigmoid_in_place`].
struct SigmoidInPlace<'a> {
    values: &'a mut [f64],
}

impl WithSteps for SigmoidInPlace<'_> {
    type Output = ();

    #[inline(always)]
    fn with_steps<S: Simd>(self, simd: S, steps: impl Steps<S>) {
        if S::IS_SCALAR {
            // No SIMD path: mul_add may be a slow software routine here,
            // so the simple sigmoid is faster (chapter 8).
            for value in self.values {
                *value = activations::sigmoid(*value);
            }
            return;
        }
        let constants = Constants::in_memory(simd);
        for block in self.values.chunks_mut(BLOCK_LEN) {
            fetch(block);
            sigmoid_slice(simd, steps, &constants, block);
        }
    }
}

/// The loop of [`sigmoid`].
struct SigmoidToNewVec<'a> {
    values: &'a [f64],
}

impl WithSteps for SigmoidToNewVec<'_> {
    type Output = Vec<f64>;

    #[inline(always)]
    fn with_steps<S: Simd>(self, simd: S, steps: impl Steps<S>) -> Vec<f64> {
        if S::IS_SCALAR {
            return self
                .values
                .iter()
                .map(|&value| activations::sigmoid(value))
                .collect();
        }
        let constants = Constants::in_memory(simd);
        let mut output = Vec::with_capacity(self.values.len());
        for block in self.values.chunks(BLOCK_LEN) {
            // The copy fetches the block from memory and touches the new
            // vector's memory; the computation then runs in the cache.
            let start = output.len();
            output.extend_from_slice(block);
            sigmoid_slice(simd, steps, &constants, &mut output[start..]);
        }
        output
    }
}

/// The loop of [`step_int_into`].
struct StepIntInto<'a> {
    values: &'a [f64],
    output: &'a mut Vec<i64>,
}

impl WithSimd for StepIntInto<'_> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: Simd>(self, _simd: S) {
        self.output.clear();
        self.output.extend(
            self.values
                .iter()
                .map(|&value| activations::step_int(value)),
        );
    }
}

/// The sigmoid of every element of `values`, a SIMD vector at a time.
#[inline(always)]
pub(crate) fn sigmoid_slice<S: Simd>(
    simd: S,
    steps: impl Steps<S>,
    constants: &Constants<S::f64s>,
    values: &mut [f64],
) {
    each_vector(simd, values, FastSigmoid(steps, constants));
}

/// A function of one SIMD vector. A trait with `#[inline(always)]`, not a
/// closure: a closure may be compiled as a function of its own, without the
/// instructions `pulp` enabled around it, and then each of its operations
/// becomes a slow call.
pub(crate) trait VectorFn<S: Simd>: Copy {
    /// The function of every lane of `N` vectors (see [`each`]).
    fn apply<const N: usize>(self, simd: S, x: [S::f64s; N]) -> [S::f64s; N];
}

/// The fast sigmoid, as a [`VectorFn`], with the given [`Steps`] and
/// [`Constants`].
#[derive(Clone, Copy)]
pub(crate) struct FastSigmoid<'a, T, V>(pub(crate) T, pub(crate) &'a Constants<V>);

impl<S: Simd, T: Steps<S>> VectorFn<S> for FastSigmoid<'_, T, S::f64s> {
    #[inline(always)]
    fn apply<const N: usize>(self, simd: S, x: [S::f64s; N]) -> [S::f64s; N] {
        sigmoid_lanes(simd, self.0, self.1, x)
    }
}

/// The identity, as a [`VectorFn`].
#[derive(Clone, Copy)]
pub(crate) struct Identity;

impl<S: Simd> VectorFn<S> for Identity {
    #[inline(always)]
    fn apply<const N: usize>(self, _simd: S, u: [S::f64s; N]) -> [S::f64s; N] {
        u
    }
}

/// A function of one number applied lane by lane, as a [`VectorFn`]: ReLU
/// and step are one comparison, and the compiler vectorizes them by itself.
#[derive(Clone, Copy)]
pub(crate) struct Each(pub(crate) fn(f64) -> f64);

impl<S: Simd> VectorFn<S> for Each {
    #[inline(always)]
    fn apply<const N: usize>(self, _simd: S, u: [S::f64s; N]) -> [S::f64s; N] {
        let mut lanes = u;
        for lane in bytemuck::cast_slice_mut::<S::f64s, f64>(&mut lanes) {
            *lane = (self.0)(*lane);
        }
        lanes
    }
}

/// `f` of every SIMD vector of `values`, several side by side
/// ([`side_by_side`]), then one at a time; the last few numbers, fewer than
/// a vector holds, go through as one vector padded with zeros.
#[inline(always)]
pub(crate) fn each_vector<S: Simd>(simd: S, values: &mut [f64], f: impl VectorFn<S>) {
    let (vectors, rest) = S::as_mut_simd_f64s(values);
    for vector in side_by_side(simd, vectors, f) {
        [*vector] = f.apply(simd, [*vector]);
    }
    if !rest.is_empty() {
        let [last] = f.apply(simd, [simd.partial_load_f64s(rest)]);
        simd.partial_store_f64s(rest, last);
    }
}

/// `f` of `vectors`, as many side by side as the registers hold (see
/// [`each`]): 8 with AVX-512, which has 32 registers, 4 elsewhere (AVX2 has
/// 16). Returns the vectors left over, fewer than that.
#[inline(always)]
pub(crate) fn side_by_side<S: Simd>(
    simd: S,
    vectors: &mut [S::f64s],
    f: impl VectorFn<S>,
) -> &mut [S::f64s] {
    if S::F64_LANES >= 8 {
        in_chunks::<S, 8>(simd, vectors, f)
    } else {
        in_chunks::<S, 4>(simd, vectors, f)
    }
}

/// `f` of `vectors`, `N` at a time; returns the rest.
#[inline(always)]
fn in_chunks<S: Simd, const N: usize>(
    simd: S,
    vectors: &mut [S::f64s],
    f: impl VectorFn<S>,
) -> &mut [S::f64s] {
    let (chunks, rest) = vectors.as_chunks_mut::<N>();
    for chunk in chunks {
        *chunk = f.apply(simd, *chunk);
    }
    rest
}

/// Reads every element of `block` in a loop short enough that the processor
/// requests all its cache lines from memory at once, so that the work that
/// follows finds them in the cache.
///
/// `black_box` keeps the compiler from deleting reads whose result is unused.
#[inline(always)]
pub(crate) fn fetch(block: &[f64]) {
    black_box(block.iter().fold(0, |bits, value| bits | value.to_bits()));
}
