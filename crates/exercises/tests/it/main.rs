//! The exercises' tests: one module per exercise (`ex03_stable_sigmoid`),
//! each checking the code in your file `exercises/03_stable_sigmoid.rs`.
//!
//! Run one exercise's tests with `cargo test -p exercises ex03`, all of
//! them with `cargo test -p exercises`, and see your progress with
//! `cargo run -p exercises`. A test of an exercise you have not started
//! passes as *pending* (see [`pending`]); `NNBOOK_STRICT=1` makes it fail.

// Helpers in test code may unwrap: a panic there is a failed test with a
// message. The exercises themselves are held to the workspace's lints.
#![allow(clippy::unwrap_used)]

// Your files, compiled as the modules `exercises::neuron`, ... (one
// blank line apart, so that rustfmt keeps them in exercise order). A stub's
// `todo!()` leaves its arguments unused: that warning is only noise until
// you start, so it is off for the stubs.
/// The exercises: your files `exercises/*.rs`.
#[cfg(not(feature = "solutions"))]
#[path = "../../exercises"]
#[allow(unused_variables)]
#[warn(clippy::unwrap_used)]
pub mod exercises {
    #[path = "01_neuron.rs"]
    pub mod neuron;

    #[path = "02_step_int.rs"]
    pub mod step_int;

    #[path = "03_stable_sigmoid.rs"]
    pub mod stable_sigmoid;

    #[path = "04_sigmoid_saturation.rs"]
    pub mod sigmoid_saturation;

    #[path = "05_tanh_from_sigmoid.rs"]
    pub mod tanh_from_sigmoid;

    #[path = "06_relu_nan.rs"]
    pub mod relu_nan;

    #[path = "07_leaky_relu.rs"]
    pub mod leaky_relu;

    #[path = "08_layer_shapes.rs"]
    pub mod layer_shapes;

    #[path = "09_identity_collapse.rs"]
    pub mod identity_collapse;

    #[path = "10_softmax.rs"]
    pub mod softmax;

    #[path = "11_fourth_layer.rs"]
    pub mod fourth_layer;

    #[path = "12_batch_forward.rs"]
    pub mod batch_forward;

    #[path = "13_symmetry_property.rs"]
    pub mod symmetry_property;

    #[path = "14_static_fourth_layer.rs"]
    pub mod static_fourth_layer;

    #[path = "15_in_place.rs"]
    pub mod in_place;
}

// With `--features solutions`, the same modules come from the reference
// solutions instead, exactly as if you had copied each solution over your
// file. (Two plain lists rather than one with `cfg_attr(path)`, which
// rustfmt cannot follow.)
/// The exercises, solved: `solutions/*.rs`.
#[cfg(feature = "solutions")]
#[path = "../../solutions"]
#[warn(clippy::unwrap_used)]
pub mod exercises {
    #[path = "01_neuron.rs"]
    pub mod neuron;

    #[path = "02_step_int.rs"]
    pub mod step_int;

    #[path = "03_stable_sigmoid.rs"]
    pub mod stable_sigmoid;

    #[path = "04_sigmoid_saturation.rs"]
    pub mod sigmoid_saturation;

    #[path = "05_tanh_from_sigmoid.rs"]
    pub mod tanh_from_sigmoid;

    #[path = "06_relu_nan.rs"]
    pub mod relu_nan;

    #[path = "07_leaky_relu.rs"]
    pub mod leaky_relu;

    #[path = "08_layer_shapes.rs"]
    pub mod layer_shapes;

    #[path = "09_identity_collapse.rs"]
    pub mod identity_collapse;

    #[path = "10_softmax.rs"]
    pub mod softmax;

    #[path = "11_fourth_layer.rs"]
    pub mod fourth_layer;

    #[path = "12_batch_forward.rs"]
    pub mod batch_forward;

    #[path = "13_symmetry_property.rs"]
    pub mod symmetry_property;

    #[path = "14_static_fourth_layer.rs"]
    pub mod static_fourth_layer;

    #[path = "15_in_place.rs"]
    pub mod in_place;
}

// The runner's table of exercises, shared so that both agree on names,
// files and the strict-mode marker.
#[path = "../../src/list.rs"]
mod list;
mod pending;
// The runner's reading of test reports and its messages, tested in
// `runner`; the parts that start cargo are only used by the runner.
#[path = "../../src/report.rs"]
#[allow(dead_code)]
mod report;
#[path = "../../src/results.rs"]
#[allow(dead_code)]
mod results;
mod runner;
mod support;

mod ex01_neuron;
mod ex02_step_int;
mod ex03_stable_sigmoid;
mod ex04_sigmoid_saturation;
mod ex05_tanh_from_sigmoid;
mod ex06_relu_nan;
mod ex07_leaky_relu;
mod ex08_layer_shapes;
mod ex09_identity_collapse;
mod ex10_softmax;
mod ex11_fourth_layer;
mod ex12_batch_forward;
mod ex13_symmetry_property;
mod ex14_static_fourth_layer;
mod ex15_in_place;
mod homework;
mod the_list;
