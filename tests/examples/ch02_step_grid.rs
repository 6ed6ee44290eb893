//! Chapter 2: the step function on a few numbers, and the tutorial's
//! plotting grid.
//!
//! ```text
//! cargo run -q -p nnbook-tests --example ch02_step_grid
//! ```

use activations::{ArangeError, arange, step, step_int};
use nalgebra::{DVector, dvector};
use numpy_print::NumpyPrint;

fn main() -> Result<(), ArangeError> {
    three_forms();
    grid()
}

// ANCHOR: three_forms
/// The tutorial's `x > 0` and `(x > 0).astype(...)`, printed as NumPy would.
fn three_forms() {
    let x = dvector![-1.0, 1.0, 2.0];
    println!("{}", x.map(|value| value > 0.0).numpy_str()); // x > 0
    println!("{}", x.map(step_int).numpy_str()); // (x > 0).astype(int)
    println!("{}", x.map(step).numpy_str()); // (x > 0).astype(float)
}
// ANCHOR_END: three_forms

// ANCHOR: grid
/// The plotting grid `np.arange(-5.0, 5.0, 0.1)`, and a loop that drifts.
fn grid() -> Result<(), ArangeError> {
    let grid = DVector::from_vec(arange(-5.0, 5.0, 0.1)?);
    println!("np.arange(-5.0, 5.0, 0.1) has {} points", grid.len());
    println!("x[48..53] = {}", grid.rows(48, 5).numpy_str());
    println!("x[50] = {:?}", grid[50]);

    // The same grid by repeated addition drifts, and overshoots by one.
    let mut points = 0;
    let mut value = -5.0;
    while value < 5.0 {
        points += 1;
        value += 0.1;
    }
    println!("a `value += 0.1` loop makes {points} points");
    Ok(())
}
// ANCHOR_END: grid
