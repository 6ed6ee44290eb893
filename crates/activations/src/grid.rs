//! The x values the tutorial plots over, exactly as NumPy makes them.

use std::fmt;

/// The most points [`arange`] will produce (800 MB of `f64`): a larger
/// request is almost certainly a typo in `step`, and is refused before
/// anything is allocated.
///
/// ```
/// use activations::{ARANGE_MAX_POINTS, arange};
///
/// assert!(arange(0.0, ARANGE_MAX_POINTS as f64 + 1.0, 1.0).is_err());
/// ```
pub const ARANGE_MAX_POINTS: usize = 100_000_000;

/// The values `start, start + step, ...` below `stop`, bit for bit as
/// NumPy's `np.arange(start, stop, step)` computes them.
///
/// NumPy does not add `step` over and over. It takes the count
/// `ceil((stop - start) / step)`, computes the second value `start + step`,
/// and derives from it the spacing `delta = (start + step) - start`, which
/// rounding can make slightly different from `step`. Every further value is
/// `start + i * delta`. For the tutorial's grid `delta` is
/// `0.09999999999999964`, so the grid has 100 points and its middle point
/// is `-1.7763568394002505e-14`, not 0. A loop doing `x += 0.1` while
/// `x < 5.0` would drift and yield 101 points instead.
///
/// # Errors
///
/// [`ArangeError`] when an argument is not finite, `step` is 0, or the
/// result would have more than [`ARANGE_MAX_POINTS`] values. A `step` pointing
/// away from `stop` is not an error: like NumPy, it gives no values.
///
/// ```
/// use activations::arange;
///
/// assert_eq!(arange(0.0, 1.0, 0.25)?, [0.0, 0.25, 0.5, 0.75]);
/// assert_eq!(arange(3.0, 1.0, 1.0)?, []);
/// assert!(arange(0.0, 1.0, 0.0).is_err());
/// # Ok::<(), activations::ArangeError>(())
/// ```
// ANCHOR: arange
pub fn arange(start: f64, stop: f64, step: f64) -> Result<Vec<f64>, ArangeError> {
    if !(start.is_finite() && stop.is_finite() && step.is_finite()) {
        return Err(ArangeError::NotFinite { start, stop, step });
    }
    if step == 0.0 {
        return Err(ArangeError::ZeroStep);
    }
    let count = ((stop - start) / step).ceil();
    if count <= 0.0 {
        return Ok(Vec::new());
    }
    if count > ARANGE_MAX_POINTS as f64 {
        return Err(ArangeError::TooManyPoints { count });
    }
    // `count` is a whole number in 1..=ARANGE_MAX_POINTS, so the cast is exact.
    let count = count as usize;
    let second = start + step;
    let delta = second - start;
    Ok((0..count)
        .map(|i| match i {
            0 => start,
            1 => second,
            _ => start + i as f64 * delta,
        })
        .collect())
}
// ANCHOR_END: arange

/// The tutorial's plotting grid, `np.arange(-5.0, 5.0, 0.1)`: 100 points.
///
/// ```
/// let x = activations::plot_grid();
/// assert_eq!(x.len(), 100);
/// assert_eq!(x[0], -5.0);
/// assert_eq!(x[99], 4.899999999999965);
/// ```
pub fn plot_grid() -> Vec<f64> {
    // The arguments are finite, the step is non-zero and the count is 100,
    // so none of arange's errors can happen.
    arange(-5.0, 5.0, 0.1).unwrap_or_default()
}

/// Why [`arange`] refused its arguments.
///
/// ```
/// use activations::{ArangeError, arange};
///
/// assert_eq!(arange(0.0, 1.0, 0.0), Err(ArangeError::ZeroStep));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum ArangeError {
    /// `start`, `stop` or `step` is NaN or infinite.
    NotFinite {
        /// The first value asked for.
        start: f64,
        /// The bound that is never reached.
        stop: f64,
        /// The spacing asked for.
        step: f64,
    },
    /// `step` is 0, so `stop` would never be reached.
    ZeroStep,
    /// The grid would hold `count` points, more than [`ARANGE_MAX_POINTS`].
    TooManyPoints {
        /// How many points the arguments ask for.
        count: f64,
    },
}

impl fmt::Display for ArangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotFinite { start, stop, step } => write!(
                f,
                "arange needs finite numbers, got start = {start}, stop = {stop}, step = {step}"
            ),
            Self::ZeroStep => f.write_str("arange needs a non-zero step"),
            Self::TooManyPoints { count } => write!(
                f,
                "arange would make {count} points, more than the limit of {ARANGE_MAX_POINTS}"
            ),
        }
    }
}

impl std::error::Error for ArangeError {}
