//! Chapter 4: ReLU on negative numbers, zeros and NaN, next to `f64::max`.
//!
//! ```text
//! cargo run -q -p nnbook-tests --example ch04_relu_nan
//! ```

use activations::{relu, step};
use nalgebra::dvector;
use numpy_print::NumpyPrint;

// ANCHOR: nan
fn main() {
    let x = dvector![-2.0, 0.0, 3.0, f64::NAN];
    println!("x              {}", x.numpy_str());
    println!("relu(x)        {}", x.map(relu).numpy_str());
    println!(
        "0.0.max(x)     {}",
        x.map(|value| 0.0_f64.max(value)).numpy_str()
    );
    println!("step(x)        {}", x.map(step).numpy_str());
    println!("relu(-0.0)     {}", relu(-0.0_f64).numpy_str());
}
// ANCHOR_END: nan
