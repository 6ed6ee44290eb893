//! Chapter 5: the first layer of the tutorial's network, by hand.
//!
//! ```text
//! cargo run -q -p nnbook-tests --example ch05_first_layer
//! ```

use activations::sigmoid;
use nalgebra::{matrix, vector};
use numpy_print::print_vec;
use std::io;

// ANCHOR: first_layer
fn main() -> io::Result<()> {
    let w1 = matrix![0.1, 0.2;
                     0.3, 0.4;
                     0.5, 0.6];
    let b1 = vector![0.1, 0.2, 0.3];
    let x = vector![1.0, 0.5];

    let u1 = w1 * x + b1; // u(1) = W(1) x + b(1)
    let z1 = u1.map(sigmoid); // z(1) = h(u(1))

    let mut out = io::stdout();
    print_vec(&mut out, "u1", &u1)?;
    print_vec(&mut out, "z1", &z1)?;
    Ok(())
}
// ANCHOR_END: first_layer
