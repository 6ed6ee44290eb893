//! A faster batch forward pass, beside the simple one.

use crate::{Constants, Each, FastSigmoid, Identity, Steps, VectorFn, WithSteps, each};
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
/// It is faster for five reasons:
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
/// - **Memory asked for ahead.** The processor fetches runs of memory by
///   itself, but only within each 4 KiB page; this form asks for the
///   inputs and outputs of the block after next (see `Prefetch`).
/// - **The fast sigmoid** of [the slice kernels](crate), with one
///   instruction fewer on AVX-512: `vmaxpd` raises `-|x|` to -750 and
///   `vscalefpd` multiplies by `2^k`, so that no choice is left for very
///   small exponentials (the same bits; see `Avx512`).
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
        // sample is one run of memory, and so is output i. (Split once: a
        // split computes a length by integer division, which is slow.)
        let inputs: Vec<&[f64]> = self
            .inputs
            .as_slice()
            .chunks_exact(samples.max(1))
            .collect();
        let mut outputs: Vec<&mut [f64]> = self
            .outputs
            .as_mut_slice()
            .chunks_exact_mut(samples.max(1))
            .collect();
        let whole_blocks = samples / BLOCK * BLOCK;
        let prefetch = Prefetch::new();
        for start in (0..whole_blocks).step_by(BLOCK) {
            // Two blocks ahead: the inputs, and the memory the outputs go to.
            let ahead = start + 2 * BLOCK..start + 3 * BLOCK;
            for column in inputs
                .iter()
                .map(|c| &c[..])
                .chain(outputs.iter().map(|c| &c[..]))
            {
                if let Some(values) = column.get(ahead.clone()) {
                    prefetch.lines(values);
                }
            }
            block(
                simd,
                sigmoid,
                &layers,
                &inputs,
                &mut outputs,
                start,
                &mut buffers,
            );
        }
        // The last few samples, copied into a block padded with zeros.
        let rest = samples - whole_blocks;
        if rest > 0 {
            let padded = |column: &&[f64]| {
                let mut values = vec![0.0; BLOCK];
                values[..rest].copy_from_slice(&column[whole_blocks..]);
                values
            };
            let last_inputs: Vec<Vec<f64>> = inputs.iter().map(padded).collect();
            let last_inputs: Vec<&[f64]> = last_inputs.iter().map(Vec::as_slice).collect();
            let mut last_outputs = vec![vec![0.0; BLOCK]; outputs.len()];
            let mut last: Vec<&mut [f64]> =
                last_outputs.iter_mut().map(Vec::as_mut_slice).collect();
            block(
                simd,
                sigmoid,
                &layers,
                &last_inputs,
                &mut last,
                0,
                &mut buffers,
            );
            for (column, values) in outputs.iter_mut().zip(&last_outputs) {
                column[whole_blocks..].copy_from_slice(&values[..rest]);
            }
        }
    }
}

/// A block's values between two layers, unit by unit: unit j of sample k
/// at [j * BLOCK + k]. A layer reads `current` and fills `next`: a few KiB
/// for the book's networks, which stay in the fastest cache.
struct Buffers {
    current: Vec<f64>,
    next: Vec<f64>,
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
            current: vec![0.0; widest * BLOCK],
            next: vec![0.0; widest * BLOCK],
        }
    }
}

/// The samples `start..start + BLOCK` through every layer: their inputs
/// are copied into the block's buffer, where every layer finds its inputs
/// in the same places, and the last layer's units are copied out.
#[inline(always)]
fn block<S: Simd>(
    simd: S,
    sigmoid: impl VectorFn<S>,
    layers: &[Parts],
    inputs: &[&[f64]],
    outputs: &mut [&mut [f64]],
    start: usize,
    buffers: &mut Buffers,
) {
    let Buffers { current, next } = buffers;
    for (unit, column) in current.chunks_exact_mut(BLOCK).zip(inputs) {
        unit.copy_from_slice(&column[start..start + BLOCK]);
    }
    for layer in layers {
        layer_pass(simd, sigmoid, layer, current, next);
        std::mem::swap(current, next);
    }
    for (column, unit) in outputs.iter_mut().zip(current.chunks_exact(BLOCK)) {
        column[start..start + BLOCK].copy_from_slice(unit);
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
fn layer_pass<S: Simd>(
    simd: S,
    sigmoid: impl VectorFn<S>,
    layer: &Parts,
    z: &[f64],
    out: &mut [f64],
) {
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
fn units<S: Simd>(simd: S, layer: &Parts, z: &[f64], out: &mut [f64], h: impl VectorFn<S>) {
    let rows = layer.bias.len();
    // Each unit's BLOCK values are `groups` groups of GROUP SIMD vectors
    // (BLOCK is a multiple of GROUP vectors of every width): group `g` of
    // unit `j` is `z[j * groups + g]`.
    let groups = BLOCK / S::F64_LANES / GROUP;
    let (z, _) = S::as_simd_f64s(z).0.as_chunks::<GROUP>();
    let (out, _) = S::as_mut_simd_f64s(out).0.as_chunks_mut::<GROUP>();
    for (i, &b) in layer.bias.iter().enumerate() {
        let weight = |j: usize| simd.splat_f64s(layer.weights[j * rows + i]);
        let b = simd.splat_f64s(b);
        // ANCHOR: batch_group
        for g in 0..groups {
            // GROUP vectors of samples at once, in registers from the first
            // input to the store: the processor works on the next group
            // while this one's divisions finish.
            let x = |j: usize| &z[j * groups + g];
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
            // Then the bias and the activation, four vectors side by side
            // (see `each`).
            let (sums, _) = u.as_chunks::<4>();
            let (outs, _) = out[i * groups + g].as_chunks_mut::<4>();
            for (out, sum) in outs.iter_mut().zip(sums) {
                *out = h.apply(simd, each(|k| simd.add_f64s(sum[k], b)));
            }
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
