//! A faster batch forward pass, beside the simple one.

use crate::{
    Constants, Each, FastSigmoid, Identity, Steps, VectorFn, WithSteps, each, side_by_side,
};
use activations::Activation;
use forward::{InputError, Layer, Network};
use nalgebra::DMatrix;
use pulp::Simd;

/// How many samples go through the network together, layer by layer: a
/// multiple of every SIMD width, and few, so that a block's reads from
/// memory and writes back come in short runs between its arithmetic, which
/// the processor overlaps with them (on a million samples, blocks of 64
/// ran about 8 % faster than blocks of 256). A block's values, 512 bytes
/// per unit, stay in the fastest cache.
const BLOCK: usize = 64;

/// How many SIMD vectors of samples one step of the innermost loop takes:
/// with AVX-512, a whole block (8 vectors ran about 2 % faster than 4).
const GROUP: usize = 8;

/// The same as [`Network::forward_batch`], faster for big batches: every
/// sample's outputs are [`Network::forward`]'s arithmetic, bit for bit,
/// but for the fast sigmoid (the tests check it, and how far apart that
/// can take the outputs).
///
/// It is faster for six reasons:
///
/// - **No big intermediate matrices.** The simple form builds `u` and
///   `z` for the whole batch, layer after layer: for 10^6 samples that
///   is tens of megabytes written to memory and read back. This form
///   takes 64 samples at a time through every layer, in two small
///   buffers that stay in the cache, reads the inputs where they are and
///   writes the outputs where they go.
/// - **SIMD across samples.** A block keeps each unit's values for all its
///   samples side by side, so `w·z` is one weight times a SIMD vector of
///   samples, with the widest SIMD the processor has, as in [the slice
///   kernels](crate).
/// - **One pass per unit, in registers.** For eight vectors of samples at
///   a time (64 samples with AVX-512), a unit's weighted sum, its bias and
///   its activation stay in registers and are stored once; the processor
///   works on the next unit while this one's divisions finish.
/// - **Whole cache lines.** An AVX-512 vector is 64 bytes, a whole cache
///   line, but only if it starts on one: otherwise every load and store
///   touches two lines. The buffers start on a line, and so do the
///   blocks' outputs (the first few samples go through on their own), so
///   on a million samples each column's vectors all do (about 8 % faster
///   with AVX-512).
/// - **Memory asked for ahead.** The processor fetches runs of memory by
///   itself, but only within each 4 KiB page; this form asks for the
///   inputs and outputs of the block after next (see `Prefetch`).
/// - **The fast sigmoid** of [the slice kernels](crate), with their steps
///   for AVX2 and AVX-512 (the same bits).
///
/// The sums keep the simple form's order, without fusing a multiply and an
/// add: only the sigmoid's exponential differs.
///
/// # Errors
///
/// [`InputError`] when `inputs` does not have [`inputs`](Network::inputs)
/// columns.
///
/// ```
/// use forward::tutorial;
/// use nalgebra::DMatrix;
///
/// let network = tutorial::network();
/// let batch = DMatrix::from_fn(1000, 2, |n, j| (n + j) as f64 / 1000.0);
/// let fast = fast::forward_batch(&network, &batch)?;
/// let simple = network.forward_batch(&batch)?;
/// assert!((fast - simple).amax() < 1e-15);
/// # Ok::<(), forward::InputError>(())
/// ```
pub fn forward_batch(network: &Network, inputs: &DMatrix<f64>) -> Result<DMatrix<f64>, InputError> {
    let mut outputs = DMatrix::zeros(0, 0);
    forward_batch_into(network, inputs, &mut outputs)?;
    Ok(outputs)
}

/// [`forward_batch`] into a matrix the caller keeps: reshaped to one row
/// per sample and one column per output if it is not already, and then
/// overwritten. Called again with the same sizes, it allocates nothing.
///
/// # Errors
///
/// [`InputError`] when `inputs` does not have [`inputs`](Network::inputs)
/// columns; `outputs` is then left as it was.
///
/// ```
/// use forward::tutorial;
/// use nalgebra::DMatrix;
///
/// let network = tutorial::network();
/// let mut outputs = DMatrix::zeros(0, 0);
/// for samples in [10, 10, 3] {
///     let batch = DMatrix::from_element(samples, 2, 0.5);
///     fast::forward_batch_into(&network, &batch, &mut outputs)?;
///     assert_eq!(outputs, fast::forward_batch(&network, &batch)?);
/// }
/// # Ok::<(), forward::InputError>(())
/// ```
pub fn forward_batch_into(
    network: &Network,
    inputs: &DMatrix<f64>,
    outputs: &mut DMatrix<f64>,
) -> Result<(), InputError> {
    network.check_input_length(inputs.ncols())?;
    let shape = (inputs.nrows(), network.outputs());
    if outputs.shape() != shape {
        *outputs = DMatrix::zeros(shape.0, shape.1);
    }
    let blocks = Blocks {
        network,
        inputs,
        outputs,
    };
    crate::dispatch_with_steps(blocks);
    Ok(())
}

/// The loop over blocks of samples, as an operation that `pulp` runs with
/// the widest SIMD vectors the processor has (see [the slice
/// kernels](crate)).
struct Blocks<'a> {
    network: &'a Network,
    inputs: &'a DMatrix<f64>,
    outputs: &'a mut DMatrix<f64>,
}

impl WithSteps for Blocks<'_> {
    type Output = ();

    #[inline(always)]
    fn with_steps<S: Simd>(self, simd: S, steps: impl Steps<S>) {
        self.run(simd, steps);
    }
}

impl Blocks<'_> {
    #[inline(always)]
    fn run<S: Simd>(self, simd: S, steps: impl Steps<S>) {
        let constants = Constants::in_memory(simd);
        let sigmoid = FastSigmoid(steps, &constants);
        let samples = self.inputs.nrows();
        let layers: Vec<Parts> = self.network.layers().iter().map(Parts::of).collect();
        let mut buffers = Buffers::for_layers(&layers);
        // nalgebra stores a matrix column by column: input j of every
        // sample is one run of memory, `samples` numbers after input j - 1,
        // and so is output i.
        let inputs = self.inputs.as_slice();
        let outputs = self.outputs.as_mut_slice();
        let (input_count, output_count) = (self.inputs.ncols(), self.network.outputs());
        // The first few samples on their own, so that the whole blocks'
        // outputs start on a cache line (and the inputs too, where the
        // allocator aligned both matrices alike).
        let head = outputs.as_ptr().align_offset(64).min(samples);
        let whole_blocks = head + (samples - head) / BLOCK * BLOCK;
        let prefetch = Prefetch::new();
        for start in (head..whole_blocks).step_by(BLOCK) {
            // Two blocks ahead: the inputs, and the memory the outputs go to.
            let ahead = start + 2 * BLOCK;
            if ahead + BLOCK <= samples {
                for j in 0..input_count {
                    prefetch.lines(&inputs[j * samples + ahead..][..BLOCK]);
                }
                for i in 0..output_count {
                    prefetch.lines(&outputs[i * samples + ahead..][..BLOCK]);
                }
            }
            block(
                simd,
                sigmoid,
                &layers,
                Units {
                    values: &inputs[start..],
                    stride: samples,
                },
                UnitsMut {
                    values: &mut outputs[start..],
                    stride: samples,
                },
                &mut buffers,
            );
        }
        // The first and last few samples, copied into a block padded with zeros.
        for range in [0..head, whole_blocks..samples] {
            let rest = range.len();
            if rest == 0 {
                continue;
            }
            let mut padded = vec![0.0; input_count * BLOCK];
            for j in 0..input_count {
                padded[j * BLOCK..][..rest].copy_from_slice(&inputs[j * samples..][range.clone()]);
            }
            let mut last = vec![0.0; output_count * BLOCK];
            block(
                simd,
                sigmoid,
                &layers,
                Units {
                    values: &padded,
                    stride: BLOCK,
                },
                UnitsMut {
                    values: &mut last,
                    stride: BLOCK,
                },
                &mut buffers,
            );
            for i in 0..output_count {
                outputs[i * samples..][range.clone()].copy_from_slice(&last[i * BLOCK..][..rest]);
            }
        }
    }
}

/// A block's values of every unit of a layer (or of every input): unit
/// `j` of sample `k` at `values[j * stride + k]`, so that a layer reads its
/// inputs from the input matrix's columns or from a buffer alike.
#[derive(Clone, Copy)]
struct Units<'a> {
    values: &'a [f64],
    stride: usize,
}

/// [`Units`] to write: into a buffer, or the output matrix's columns.
struct UnitsMut<'a> {
    values: &'a mut [f64],
    stride: usize,
}

/// A block's values between two layers, unit by unit: unit j of sample k
/// at `[j * BLOCK + k]` of the part of each buffer that starts on a cache
/// line ([`aligned`]). A layer reads `current` and fills `next`: a few KiB
/// for the book's networks, which stay in the fastest cache.
struct Buffers {
    current: Vec<f64>,
    next: Vec<f64>,
    /// How many numbers of each buffer a block uses.
    len: usize,
}

impl Buffers {
    /// Room for the widest of the inputs and the layers.
    fn for_layers(layers: &[Parts]) -> Self {
        let widest = layers
            .iter()
            .flat_map(|layer| [layer.inputs, layer.bias.len()])
            .max()
            .unwrap_or(0);
        Self {
            // 7 more, for the start of a cache line to be among the first 8.
            current: vec![0.0; widest * BLOCK + 7],
            next: vec![0.0; widest * BLOCK + 7],
            len: widest * BLOCK,
        }
    }
}

/// The `len` numbers of `values` from the first that starts a cache line
/// (64 bytes): an allocation of `f64` is only sure to start on 8 or 16.
fn aligned(values: &mut [f64], len: usize) -> &mut [f64] {
    let offset = values.as_ptr().align_offset(64);
    &mut values[offset..offset + len]
}

/// One block of samples through every layer: the first reads `inputs`,
/// the last writes `outputs`, and the layers between pass their values on
/// in the buffers.
#[inline(always)]
fn block<S: Simd>(
    simd: S,
    sigmoid: impl VectorFn<S>,
    layers: &[Parts],
    inputs: Units,
    outputs: UnitsMut,
    buffers: &mut Buffers,
) {
    let Buffers { current, next, len } = buffers;
    let (mut current, mut next) = (aligned(current, *len), aligned(next, *len));
    let last = layers.len().saturating_sub(1);
    for (l, layer) in layers.iter().enumerate() {
        let z = if l == 0 {
            inputs
        } else {
            Units {
                values: current,
                stride: BLOCK,
            }
        };
        if l == last {
            layer_pass(
                simd,
                sigmoid,
                layer,
                z,
                UnitsMut {
                    values: &mut *outputs.values,
                    stride: outputs.stride,
                },
            );
        } else {
            layer_pass(
                simd,
                sigmoid,
                layer,
                z,
                UnitsMut {
                    values: next,
                    stride: BLOCK,
                },
            );
            std::mem::swap(&mut current, &mut next);
        }
    }
}

/// What the loops need of a [`Layer`], taken out once: its accessors are
/// functions of another crate, which the compiler would call again and
/// again rather than inline.
struct Parts<'a> {
    /// `W` column by column: column `j` is `weights[j * rows..]`.
    weights: &'a [f64],
    inputs: usize,
    bias: &'a [f64],
    activation: Activation,
}

impl<'a> Parts<'a> {
    fn of(layer: &'a Layer) -> Self {
        Self {
            weights: layer.weights().as_slice(),
            inputs: layer.inputs(),
            bias: layer.bias().as_slice(),
            activation: layer.activation(),
        }
    }
}

/// One layer for a block of samples, from `z` (input `j` of every sample
/// at `z[j * BLOCK..]`) to `out` (unit `i` at `out[i * BLOCK..]`): unit `i`
/// is `h((W[i][0]·z_0 + W[i][1]·z_1 + ...) + b[i])`, summed in the order of
/// the simple form.
#[inline(always)]
fn layer_pass<S: Simd>(simd: S, sigmoid: impl VectorFn<S>, layer: &Parts, z: Units, out: UnitsMut) {
    match layer.activation {
        // As in the slice kernels: without SIMD, mul_add may be a slow
        // software routine, and the simple sigmoid is faster.
        Activation::Sigmoid if S::IS_SCALAR => {
            units(simd, layer, z, out, Each(activations::sigmoid))
        }
        Activation::Sigmoid => units(simd, layer, z, out, sigmoid),
        Activation::Relu => units(simd, layer, z, out, Each(activations::relu)),
        Activation::Step => units(simd, layer, z, out, Each(activations::step)),
        Activation::Identity => units(simd, layer, z, out, Identity),
    }
}

/// [`layer_pass`] with the activation `h` known to the compiler, so that no
/// loop has to choose it again for every vector.
#[inline(always)]
fn units<S: Simd>(simd: S, layer: &Parts, z: Units, out: UnitsMut, h: impl VectorFn<S>) {
    let rows = layer.bias.len();
    // Each unit's BLOCK values are groups of GROUP SIMD vectors (BLOCK is
    // a multiple of GROUP vectors of every width): group `g` of input `j`
    // is `input(j)[g]`, and of this layer's unit `i`, `unit[g]`.
    let input = |j: usize| {
        let values = &z.values[j * z.stride..][..BLOCK];
        S::as_simd_f64s(values).0.as_chunks::<GROUP>().0
    };
    for (i, &b) in layer.bias.iter().enumerate() {
        let weight = |j: usize| simd.splat_f64s(layer.weights[j * rows + i]);
        let b = simd.splat_f64s(b);
        let values = &mut out.values[i * out.stride..][..BLOCK];
        let unit = S::as_mut_simd_f64s(values).0.as_chunks_mut::<GROUP>().0;
        // ANCHOR: batch_group
        for (g, group) in unit.iter_mut().enumerate() {
            // GROUP vectors of samples at once, in registers from the first
            // input to the store: the processor works on the next group
            // while this one's divisions finish.
            let x = |j: usize| &input(j)[g];
            let mut u = [simd.splat_f64s(0.0); GROUP];
            if layer.inputs > 0 {
                // The first term is the sum so far, not 0 + it: 0 + -0 is
                // +0, and the simple form keeps -0.
                let (w, x) = (weight(0), x(0));
                u = each(|k| simd.mul_f64s(w, x[k]));
            }
            for j in 1..layer.inputs {
                let (w, x) = (weight(j), x(j));
                u = each(|k| simd.add_f64s(u[k], simd.mul_f64s(w, x[k])));
            }
            // Then the bias, and the activation of as many vectors side by
            // side as the registers hold (see `side_by_side`).
            let mut z = each(|k| simd.add_f64s(u[k], b));
            side_by_side(simd, &mut z, h);
            *group = z;
        }
        // ANCHOR_END: batch_group
    }
}

/// Asks the processor to start fetching memory into its caches, without
/// waiting for it. Its own prefetcher follows runs of memory, but only
/// within each 4 KiB page, and a block of 64 samples is an eighth of a page
/// of each input and output: without this, every new page costs a wait
/// (and on a million samples the pass takes about 10 % longer).
#[derive(Clone, Copy)]
struct Prefetch {
    #[cfg(target_arch = "x86_64")]
    sse: Option<pulp::core_arch::x86::Sse>,
}

impl Prefetch {
    fn new() -> Self {
        Self {
            #[cfg(target_arch = "x86_64")]
            sse: pulp::core_arch::x86::Sse::try_new(),
        }
    }

    /// Every cache line (64 bytes, 8 numbers) of `values`.
    #[inline(always)]
    fn lines(self, values: &[f64]) {
        #[cfg(target_arch = "x86_64")]
        if let Some(sse) = self.sse {
            for line in values.chunks(8) {
                sse._mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(line.as_ptr().cast());
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = values;
    }
}
