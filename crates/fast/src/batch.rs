//! A faster batch forward pass, beside the simple one.

use activations::Activation;
use forward::{InputError, Network};
use nalgebra::DMatrix;
use pulp::{Arch, Simd, WithSimd};

/// How many samples go through the network together: few enough that a
/// block's layer values (at most a few KiB per unit) stay in the cache.
const BLOCK_SAMPLES: usize = 256;

/// The same as [`Network::forward_batch`], faster for big
/// batches; the results agree up to rounding (the tests allow 1e-12).
///
/// It is faster for three reasons:
///
/// - **No big intermediate matrices.** The simple form builds `u` and
///   `z` for the whole batch, layer after layer: for 10^6 samples that
///   is tens of megabytes written to memory and read back. This form
///   takes 256 samples at a time through every layer, in two small
///   buffers that stay in the cache, and writes only the output.
/// - **Sums that vectorize.** A block keeps each unit's values for all
///   its samples side by side, so `u = w·z + b` is a multiply-add of one
///   weight with a run of samples: SIMD across samples, compiled for the
///   widest SIMD the processor has, as in [the slice kernels](crate).
/// - **The fast activations** of [the slice kernels](crate), in particular
///   the vectorized sigmoid.
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
    network.check_input_length(inputs.ncols())?;
    let samples = inputs.nrows();
    let mut outputs = DMatrix::zeros(samples, network.outputs());
    Arch::new().dispatch(Blocks {
        network,
        inputs,
        outputs: &mut outputs,
    });
    Ok(outputs)
}

/// The loop over blocks, as a `pulp` operation: `pulp` runs it compiled for
/// the widest SIMD the processor has (see [the slice kernels](crate)), which the
/// weighted sums need to be fast.
struct Blocks<'a> {
    network: &'a Network,
    inputs: &'a DMatrix<f64>,
    outputs: &'a mut DMatrix<f64>,
}

impl WithSimd for Blocks<'_> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: Simd>(self, _simd: S) {
        let samples = self.inputs.nrows();
        // A block's values, unit by unit: unit j of sample k is at
        // [j * block + k]. `current` feeds a layer, which fills `next`.
        let mut current = Vec::new();
        let mut next = Vec::new();
        for start in (0..samples).step_by(BLOCK_SAMPLES) {
            let block = BLOCK_SAMPLES.min(samples - start);
            // nalgebra stores a matrix column by column, so one input
            // feature of consecutive samples is one run of memory.
            current.clear();
            for feature in self.inputs.as_slice().chunks_exact(samples) {
                current.extend_from_slice(&feature[start..start + block]);
            }
            for layer in self.network.layers() {
                weighted_sums(
                    layer.weights(),
                    layer.bias().as_slice(),
                    &current,
                    block,
                    &mut next,
                );
                activate(layer.activation(), &mut next);
                std::mem::swap(&mut current, &mut next);
            }
            let columns = self.outputs.as_mut_slice().chunks_exact_mut(samples);
            for (column, values) in columns.zip(current.chunks_exact(block)) {
                column[start..start + block].copy_from_slice(values);
            }
        }
    }
}

/// `u = W·z + b` for every sample of a block: unit `i`'s sums go to
/// `u[i * block..]`, computed as `(W[i][0]·z_0 + W[i][1]·z_1 + ...) + b[i]`,
/// in the order of the simple form. Each input is one pass over the block;
/// the first pass writes (so `u` needs no zeroing) and the last adds `b`.
#[inline(always)]
fn weighted_sums(weights: &DMatrix<f64>, bias: &[f64], z: &[f64], block: usize, u: &mut Vec<f64>) {
    // Only a longer buffer is filled with zeros; the passes overwrite it.
    u.resize(weights.nrows() * block, 0.0);
    let last = weights.ncols() - 1;
    for (i, (sums, &b)) in u.chunks_exact_mut(block).zip(bias).enumerate() {
        for (j, inputs) in z.chunks_exact(block).enumerate() {
            let w = weights[(i, j)];
            let pairs = sums.iter_mut().zip(inputs);
            match (j == 0, j == last) {
                (true, true) => pairs.for_each(|(sum, &x)| *sum = w * x + b),
                (true, false) => pairs.for_each(|(sum, &x)| *sum = w * x),
                (false, false) => pairs.for_each(|(sum, &x)| *sum += w * x),
                (false, true) => pairs.for_each(|(sum, &x)| *sum = (*sum + w * x) + b),
            }
        }
    }
}

/// The layer's activation over a block, with the fast paths.
fn activate(activation: Activation, values: &mut [f64]) {
    match activation {
        Activation::Step => crate::step_in_place(values),
        Activation::Sigmoid => crate::sigmoid_in_place(values),
        Activation::Relu => crate::relu_in_place(values),
        Activation::Identity => {}
    }
}
