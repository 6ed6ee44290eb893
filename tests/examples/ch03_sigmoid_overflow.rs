//! Chapter 3: the tutorial's sigmoid formula against the stable one, where
//! `e^(-x)` overflows.
//!
//! ```text
//! cargo run -q -p nnbook-tests --example ch03_sigmoid_overflow
//! ```

use activations::{sigmoid, sigmoid_naive};

// ANCHOR: compare
fn main() {
    println!("     x   naive          stable");
    for x in [-1.0, -36.0, -700.0, -709.0, -710.0, -740.0, -746.0] {
        // Seven significant digits, in scientific notation.
        println!("{x:>6}   {:<13.6e}  {:.6e}", sigmoid_naive(x), sigmoid(x));
    }
}
// ANCHOR_END: compare
