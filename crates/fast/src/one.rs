//! The forward pass of one sample, with each layer in one SIMD register.

use crate::{Steps, WithSteps};
use activations::Activation;
use forward::static_network::{StaticLayer, StaticNetwork};
use pulp::Simd;

/// A [`StaticNetwork`] made ready for the fast forward pass of one sample
/// at a time: [`FastNetwork::forward`] gives the same outputs as
/// [`StaticNetwork::forward`] (the tests prove it: the same bits, but for
/// the fast sigmoid's exponential, see [`crate::sigmoid`]), in about half
/// the time.
///
/// One sample through a small network is a chain of dependent steps: each
/// layer waits for the one before. What helps is to make each step one
/// instruction for the whole layer, and the chain short:
///
/// - **A layer in one register.** A layer of up to 4 units is 4 lanes of
///   one 256-bit SIMD register (AVX2): `u = W·x + b` is one multiply and
///   one add per input, and the sigmoid of all units is one run of the fast
///   exponential. Written as loops, the compiler splits the tutorial's 3
///   units into 2 + 1, which costs a second exponential; so on x86-64 with
///   AVX2 this form writes the lanes out (`pulp`'s `f64x4`), and [`new`]
///   lays each layer's weights out as 4-lane columns, padded with zeros.
/// - **No work per call that could be done once.** [`new`] copies the
///   weights and chooses the SIMD instructions; [`forward`] only computes.
///   Nothing is allocated and nothing is checked: the types fix the sizes.
/// - **The fast sigmoid**, whose exponential takes fewer steps one after
///   another than the C library's (see [the slice kernels](crate)).
///
/// The sums keep the simple form's order, `((W[i][0]·x_0 + W[i][1]·x_1) +
/// ...) + b[i]`, without fusing a multiply and an add, so they round
/// exactly as nalgebra's. Networks with a layer wider than 4 units, and
/// processors without AVX2, get the same loops as the batch form instead.
///
/// [`new`]: FastNetwork::new
/// [`forward`]: FastNetwork::forward
///
/// ```
/// use forward::tutorial;
///
/// let network = fast::FastNetwork::new(&tutorial::static_network());
/// let y = network.forward(&tutorial::X);
/// let simple = tutorial::static_network().forward(&tutorial::X.into()).y;
/// assert_eq!(y, [simple[0], simple[1]]);
/// ```
// ANCHOR: fast_network
pub struct FastNetwork<
    const INPUTS: usize,
    const HIDDEN1: usize,
    const HIDDEN2: usize,
    const OUTPUTS: usize,
> {
    /// The network as given, for the loops.
    network: StaticNetwork<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>,
    /// The same network in 4-lane columns, where it fits and AVX2 is there.
    #[cfg(target_arch = "x86_64")]
    in_registers: Option<lanes::InRegisters<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>>,
}
// ANCHOR_END: fast_network

impl<const INPUTS: usize, const HIDDEN1: usize, const HIDDEN2: usize, const OUTPUTS: usize>
    FastNetwork<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>
{
    /// Copies the network, lays out its weights and chooses the SIMD
    /// instructions, once.
    ///
    /// ```
    /// let network = fast::FastNetwork::new(&forward::tutorial::static_network());
    /// assert_eq!(network.forward(&[0.0, 0.0]).len(), 2);
    /// ```
    pub fn new(network: &StaticNetwork<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>) -> Self {
        Self {
            network: *network,
            #[cfg(target_arch = "x86_64")]
            in_registers: lanes::InRegisters::new(network),
        }
    }

    /// The network's output for `x`: [`StaticNetwork::forward`]'s `y`.
    ///
    /// ```
    /// use forward::tutorial;
    ///
    /// let network = fast::FastNetwork::new(&tutorial::static_network());
    /// let y = network.forward(&[1.0, 0.5]);
    /// assert!((y[0] - 0.3168270764110298).abs() < 1e-15);
    /// ```
    // ANCHOR: forward_one
    #[inline]
    pub fn forward(&self, x: &[f64; INPUTS]) -> [f64; OUTPUTS] {
        #[cfg(target_arch = "x86_64")]
        if let Some(in_registers) = &self.in_registers {
            return in_registers.forward(x);
        }
        self.forward_in_loops(x)
    }
    // ANCHOR_END: forward_one

    /// The loops, out of line: kept inside [`forward`](Self::forward), their
    /// code makes it too big for the compiler to inline into its caller,
    /// and the call itself then costs as long as a few of the pass's steps.
    #[inline(never)]
    fn forward_in_loops(&self, x: &[f64; INPUTS]) -> [f64; OUTPUTS] {
        // With the slice kernels' SIMD and steps, so that the sigmoid is
        // theirs, bit for bit.
        crate::dispatch_with_steps(Loops {
            network: &self.network,
            x,
        })
    }
}

/// The loops, for any sizes and any processor, as a `pulp` operation.
struct Loops<
    'a,
    const INPUTS: usize,
    const HIDDEN1: usize,
    const HIDDEN2: usize,
    const OUTPUTS: usize,
> {
    network: &'a StaticNetwork<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>,
    x: &'a [f64; INPUTS],
}

impl<const INPUTS: usize, const HIDDEN1: usize, const HIDDEN2: usize, const OUTPUTS: usize>
    WithSteps for Loops<'_, INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>
{
    type Output = [f64; OUTPUTS];

    #[inline(always)]
    fn with_steps<S: Simd>(self, simd: S, steps: impl Steps<S>) -> [f64; OUTPUTS] {
        let z1 = layer_in_loops(simd, steps, &self.network.layer1, self.x);
        let z2 = layer_in_loops(simd, steps, &self.network.layer2, &z1);
        layer_in_loops(simd, steps, &self.network.layer3, &z2)
    }
}

/// One layer, `h(W·x + b)`, summed in nalgebra's order. Everything here
/// must be inlined (no `array::map`, which is not) so that it runs with the
/// SIMD instructions `pulp` chose.
#[inline(always)]
fn layer_in_loops<S: Simd, const IN: usize, const OUT: usize>(
    simd: S,
    steps: impl Steps<S>,
    layer: &StaticLayer<IN, OUT>,
    x: &[f64; IN],
) -> [f64; OUT] {
    // nalgebra stores W column by column: column j is weights[j * OUT..].
    let weights = layer.weights.as_slice();
    let mut u = [0.0; OUT];
    for (j, column) in weights.chunks_exact(OUT).enumerate() {
        for (sum, &w) in u.iter_mut().zip(column) {
            *sum = if j == 0 { w * x[j] } else { *sum + w * x[j] };
        }
    }
    for (sum, &b) in u.iter_mut().zip(layer.bias.iter()) {
        *sum += b;
    }
    let each = |u: &mut [f64; OUT], h: fn(f64) -> f64| {
        for value in u {
            *value = h(*value);
        }
    };
    match layer.activation {
        // As in the slice kernels: without SIMD, mul_add may be a slow
        // software routine, and the simple sigmoid is faster.
        Activation::Sigmoid if S::IS_SCALAR => each(&mut u, activations::sigmoid),
        Activation::Sigmoid => {
            let constants = crate::Constants::new(simd);
            crate::sigmoid_slice(simd, steps, &constants, &mut u)
        }
        Activation::Relu => each(&mut u, activations::relu),
        Activation::Step => each(&mut u, activations::step),
        Activation::Identity => {}
    }
    u
}

/// The 4-lane form, x86-64 only: `pulp`'s 256-bit types exist there.
#[cfg(target_arch = "x86_64")]
mod lanes {
    use super::{Activation, StaticLayer, StaticNetwork};
    use crate::{Each, Steps, VectorFn};
    use pulp::x86::{V3, V4};
    use pulp::{NullaryFnOnce, cast, f64x4};

    /// One layer of at most 4 units: column `j` of `W` and `b` as 4 lanes
    /// each, the lanes past the layer's units 0.
    #[derive(Clone, Copy)]
    struct Layer<const INPUTS: usize> {
        columns: [f64x4; INPUTS],
        bias: f64x4,
        activation: Activation,
        // Two flags, tested before any `match` on the activation: a match
        // compiles to a jump through a table, a few instructions more per
        // layer, which shows at this size.
        is_sigmoid: bool,
        is_identity: bool,
    }

    impl<const INPUTS: usize> Layer<INPUTS> {
        /// `None` when the layer has more than 4 units.
        fn new<const OUTPUTS: usize>(layer: &StaticLayer<INPUTS, OUTPUTS>) -> Option<Self> {
            let lanes = |values: &[f64]| {
                let mut padded = [0.0; 4];
                padded.get_mut(..values.len())?.copy_from_slice(values);
                Some(cast::<[f64; 4], f64x4>(padded))
            };
            let weights = layer.weights.as_slice();
            let mut columns = [f64x4(0.0, 0.0, 0.0, 0.0); INPUTS];
            for (lanes_of_column, column) in columns.iter_mut().zip(weights.chunks_exact(OUTPUTS)) {
                *lanes_of_column = lanes(column)?;
            }
            Some(Self {
                columns,
                bias: lanes(layer.bias.as_slice())?,
                activation: layer.activation,
                is_sigmoid: layer.activation == Activation::Sigmoid,
                is_identity: layer.activation == Activation::Identity,
            })
        }
    }

    /// AVX-512 (which lets the compiler fold constants into instructions)
    /// or AVX2; both run the same 256-bit arithmetic, AVX-512 with its bit
    /// masks for the sigmoid's choices ([`BitMasks`]).
    #[derive(Clone, Copy)]
    enum Wide {
        V4(V4),
        V3(V3),
    }

    /// A network whose layers each fit in 4 lanes, on a processor with AVX2.
    pub(super) struct InRegisters<
        const INPUTS: usize,
        const HIDDEN1: usize,
        const HIDDEN2: usize,
        const OUTPUTS: usize,
    > {
        layers: (Layer<INPUTS>, Layer<HIDDEN1>, Layer<HIDDEN2>),
        wide: Wide,
    }

    impl<const INPUTS: usize, const HIDDEN1: usize, const HIDDEN2: usize, const OUTPUTS: usize>
        InRegisters<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>
    {
        /// `None` when a layer is wider than 4 units or AVX2 is missing.
        pub(super) fn new(
            network: &StaticNetwork<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>,
        ) -> Option<Self> {
            let wide = match V4::try_new() {
                Some(simd) => Wide::V4(simd),
                None => Wide::V3(V3::try_new()?),
            };
            Some(Self {
                layers: (
                    Layer::new(&network.layer1)?,
                    Layer::new(&network.layer2)?,
                    Layer::new(&network.layer3)?,
                ),
                wide,
            })
        }

        #[inline]
        pub(super) fn forward(&self, x: &[f64; INPUTS]) -> [f64; OUTPUTS] {
            match self.wide {
                Wide::V4(simd) => simd.vectorize(Pass {
                    network: self,
                    simd: *simd,
                    steps: BitMasks(simd),
                    x,
                }),
                Wide::V3(simd) => simd.vectorize(Pass {
                    network: self,
                    simd,
                    steps: crate::Avx2(simd),
                    x,
                }),
            }
        }
    }

    /// One pass, as a `pulp` operation: compiled with the instructions of
    /// the `V4` or `V3` that runs it.
    struct Pass<
        'a,
        C,
        const INPUTS: usize,
        const HIDDEN1: usize,
        const HIDDEN2: usize,
        const OUTPUTS: usize,
    > {
        network: &'a InRegisters<INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>,
        simd: V3,
        steps: C,
        x: &'a [f64; INPUTS],
    }

    /// [`Steps`] with AVX-512's comparisons into bit masks, at 4 lanes.
    /// pulp's `V3` operations compare into lanes of all ones or zeros,
    /// which an AVX-512 select must first turn into a bit mask: one
    /// instruction more per choice, two per sigmoid, in the chain the
    /// processor overlaps with the next call. And, as in the slice kernels
    /// with AVX-512, the exponential that starts from a table, looked up
    /// by `vpermt2pd` (its range is narrower, so its chain is shorter).
    #[derive(Clone, Copy)]
    struct BitMasks(V4);

    impl Steps<V3> for BitMasks {
        // As the slice kernels on this processor (see `crate::Avx512`).
        const LOOKS_UP: bool = true;

        #[inline(always)]
        fn look_up(self, _: V3, index: f64x4, table: &[f64; 8]) -> f64x4 {
            // `vpermt2pd` reads the lowest 3 bits of each lane of `index`,
            // and picks from the two halves of the table.
            let [a, b, c, d, e, f, g, h] = *table;
            let (low, high) = (f64x4(a, b, c, d), f64x4(e, f, g, h));
            cast(
                self.0
                    .avx512f
                    ._mm256_permutex2var_pd(cast(low), cast(index), cast(high)),
            )
        }

        #[inline(always)]
        fn where_less(self, _: V3, a: f64x4, b: f64x4, then: f64x4, otherwise: f64x4) -> f64x4 {
            // "Not less" (true for NaN too), with the branches swapped: the
            // same choice, and the compiler then needs no inverted mask for
            // the exponential's select, which it folds into a multiply-add.
            self.0
                .select_f64x4(self.0.cmp_not_lt_f64x4(a, b), otherwise, then)
        }
    }

    impl<
        C: Steps<V3>,
        const INPUTS: usize,
        const HIDDEN1: usize,
        const HIDDEN2: usize,
        const OUTPUTS: usize,
    > NullaryFnOnce for Pass<'_, C, INPUTS, HIDDEN1, HIDDEN2, OUTPUTS>
    {
        type Output = [f64; OUTPUTS];

        #[inline(always)]
        fn call(self) -> [f64; OUTPUTS] {
            let (layer1, layer2, layer3) = &self.network.layers;
            let (simd, steps) = (self.simd, self.steps);
            let z1: [f64; 4] = cast(layer(simd, steps, layer1, self.x));
            let z2: [f64; 4] = cast(layer(simd, steps, layer2, first(&z1)));
            let y: [f64; 4] = cast(layer(simd, steps, layer3, first(&z2)));
            *first(&y)
        }
    }

    /// The first `N` lanes (`N <= 4`, checked when the layers were laid out).
    #[inline(always)]
    fn first<const N: usize>(lanes: &[f64; 4]) -> &[f64; N] {
        lanes
            .first_chunk()
            .unwrap_or_else(|| unreachable!("a layer of at most 4 units"))
    }

    /// `h(W·x + b)` in 4 lanes: `W[:, 0]·x_0`, plus `W[:, j]·x_j` for each
    /// further input, plus `b`, the order nalgebra sums in.
    // ANCHOR: one_layer
    #[inline(always)]
    fn layer<const INPUTS: usize>(
        simd: V3,
        steps: impl Steps<V3>,
        layer: &Layer<INPUTS>,
        x: &[f64; INPUTS],
    ) -> f64x4 {
        let term = |j: usize| simd.mul_f64x4(layer.columns[j], simd.splat_f64x4(x[j]));
        let mut u = term(0);
        for j in 1..INPUTS {
            u = simd.add_f64x4(u, term(j));
        }
        let u = simd.add_f64x4(u, layer.bias);
        if layer.is_sigmoid {
            let [z] = crate::sigmoid_lanes(simd, steps, &crate::Constants::new(simd), [u]);
            z
        } else if layer.is_identity {
            u
        } else if layer.activation == Activation::Relu {
            let [z] = Each(activations::relu).apply(simd, [u]);
            z
        } else {
            let [z] = Each(activations::step).apply(simd, [u]);
            z
        }
    }
    // ANCHOR_END: one_layer
}
