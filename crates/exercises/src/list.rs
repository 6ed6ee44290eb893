//! The exercises, in order: the one table that the runner, the tests and the
//! CI check all read.
//!
//! Exercise `N` named `name` lives in `exercises/NN_name.rs` (your file),
//! `solutions/NN_name.rs` (the reference solution) and
//! `tests/it/exNN_name.rs` (its tests, named `exNN_name::...`). Each hint is
//! written here once; `cargo run -p exercises -- verify` checks that the
//! stub's doc comment quotes it word for word.

/// A chapter of the book. Its title is read from the page itself (its first
/// `# ` line), so it cannot drift from the book.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Chapter {
    /// Its number, from 1.
    pub(crate) number: u32,
    /// Its page, relative to `book/src/`.
    pub(crate) file: &'static str,
}

/// One exercise.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Exercise {
    /// The file and test-module name without its number: `stable_sigmoid`.
    pub(crate) name: &'static str,
    /// A short title: "Make the naive sigmoid stable".
    pub(crate) title: &'static str,
    /// The chapter it belongs to.
    pub(crate) chapter: Chapter,
    /// What to do, in a sentence or two (the file says it in full).
    pub(crate) task: &'static str,
    /// A nudge in the right direction, shown by `cargo run -p exercises`.
    pub(crate) hint: &'static str,
}

const CH01: Chapter = Chapter {
    number: 1,
    file: "ch01-activation-functions.md",
};
const CH02: Chapter = Chapter {
    number: 2,
    file: "ch02-step.md",
};
const CH03: Chapter = Chapter {
    number: 3,
    file: "ch03-sigmoid.md",
};
const CH04: Chapter = Chapter {
    number: 4,
    file: "ch04-relu.md",
};
const CH05: Chapter = Chapter {
    number: 5,
    file: "ch05-network-maths.md",
};
const CH06: Chapter = Chapter {
    number: 6,
    file: "ch06-rust-network.md",
};
const CH07: Chapter = Chapter {
    number: 7,
    file: "ch07-types-and-tests.md",
};
const CH08: Chapter = Chapter {
    number: 8,
    file: "ch08-performance.md",
};

/// Every chapter, in order. Each has at least one exercise.
pub(crate) const CHAPTERS: [Chapter; 8] = [CH01, CH02, CH03, CH04, CH05, CH06, CH07, CH08];

/// Every exercise, in the order you do them (ordered by chapter).
pub(crate) const EXERCISES: [Exercise; 15] = [
    Exercise {
        name: "neuron",
        title: "One neuron: u, then h, then z",
        chapter: CH01,
        task: "Compute one neuron's weighted input u = w·x + b and its output z = h(u).",
        hint: "Start from `let mut u = bias;`, add `weights[i] * x[i]` for every i \
               (or zip the two arrays and sum), then return `(u, h(u))`. \
               The activation comes last: it sees the bias too.",
    },
    Exercise {
        name: "step_int",
        title: "The step function as integers",
        chapter: CH02,
        task: "Write the step function returning 0 or 1 as an i64, like NumPy's \
               `(x > 0).astype(int)`, for one number and for a slice.",
        hint: "A comparison is a bool, and `i64::from(bool)` is 0 or 1. Pick the comparison \
               that is false for 0.0, -0.0 and NaN alike (`x >= 0.0` is not; \
               neither is `x.signum()`, which is 1.0 at 0.0).",
    },
    Exercise {
        name: "stable_sigmoid",
        title: "Make the naive sigmoid stable",
        chapter: CH03,
        task: "Rewrite the sigmoid so that e^(-x) never overflows and every answer is \
               within 2 ulp of the correctly rounded value, tiny subnormal answers included.",
        hint: "For x < 0, multiply the top and the bottom of 1 / (1 + e^(-x)) by e^x: \
               you get e^x / (1 + e^x), and e^x is then below 1, so nothing overflows. \
               Keep the tutorial's formula for x >= 0.",
    },
    Exercise {
        name: "sigmoid_saturation",
        title: "Where the sigmoid reaches 1.0 (and 0.0)",
        chapter: CH03,
        task: "Find the smallest f64 x with sigmoid(x) == 1.0 and the largest with \
               sigmoid(x) == 0.0, and prove it by checking their neighbours.",
        hint: "sigmoid(x) rounds to 1.0 once 1 + e^(-x) rounds to 1, so start near 53 ln 2. \
               Then search: for positive floats, `to_bits()` is in the same order as the \
               values, so you can bisect on the bits, or walk with `f64::next_up` and \
               `f64::next_down`. On the negative side, sigmoid(x) is 0.0 only once e^x \
               underflows to 0.",
    },
    Exercise {
        name: "tanh_from_sigmoid",
        title: "tanh from the sigmoid, and its accuracy near 0",
        chapter: CH03,
        task: "Compute tanh x as 2·sigmoid(2x) − 1, see it lose digits near 0, then write \
               an accurate tanh that stays within 2 ulp everywhere.",
        hint: "Near 0, 2·sigmoid(2x) is 1 plus a little, and subtracting 1 leaves only the \
               few digits of that little. For the accurate version write \
               tanh x = (1 − e^(−2x)) / (1 + e^(−2x)) for x ≥ 0 and get 1 − e^(−2x) from \
               `f64::exp_m1`, which keeps all its digits; use tanh(−x) = −tanh(x) for x < 0.",
    },
    Exercise {
        name: "relu_nan",
        title: "ReLU that keeps NaN and -0.0",
        chapter: CH04,
        task: "Write ReLU with NumPy's semantics: NaN stays NaN, -0.0 stays -0.0, \
               negative numbers give +0.0, everything else passes unchanged.",
        hint: "`f64::max(0.0, x)` returns 0 for NaN, hiding it. Test the one case that \
               must change, `x < 0.0`, and return `x` itself otherwise: that comparison \
               is false for NaN and for -0.0.",
    },
    Exercise {
        name: "leaky_relu",
        title: "Leaky ReLU, generic over f32 and f64",
        chapter: CH04,
        task: "Write leaky ReLU (x for x > 0, slope·x otherwise) for any float type; \
               the tests check its properties on thousands of random inputs.",
        hint: "Write it like `activations::relu`: one comparison with `T::zero()`, \
               then `x` or `slope * x`. For NaN the comparison is false, and \
               `slope * NaN` is NaN, as it should be.",
    },
    Exercise {
        name: "layer_shapes",
        title: "Shapes and parameters from the layer sizes",
        chapter: CH05,
        task: "From the layer sizes (2, 3, 2, 2 for the tutorial) compute every weight \
               matrix's shape and the network's number of parameters.",
        hint: "Layer k takes sizes[k] numbers and gives sizes[k + 1], and W has one row per \
               output: its shape is (sizes[k + 1], sizes[k]). `sizes.windows(2)` gives \
               the pairs. Each layer has rows·columns weights plus one bias per row.",
    },
    Exercise {
        name: "identity_collapse",
        title: "Without activations, a network is one affine map",
        chapter: CH05,
        task: "Collapse a network whose activations are all the identity into one W and \
               b with network(x) = W·x + b, and see that it fails with the sigmoid.",
        hint: "Substitute: layer 2 computes W2·(W1·x + b1) + b2 = (W2·W1)·x + (W2·b1 + b2). \
               Start with the first layer's W and b, and for each next layer (W', b') \
               replace them by W'·W and W'·b + b'.",
    },
    Exercise {
        name: "softmax",
        title: "Softmax with max subtraction (a preview of part 3)",
        chapter: CH05,
        task: "Write softmax, e^(u_i) / Σ e^(u_j), subtracting the largest u first so that \
               exp never overflows, even for inputs like 1000.",
        hint: "softmax(u) = softmax(u − c) for any constant c, since e^(−c) cancels. With \
               c = max(u) every exponent is ≤ 0, so every e^… is in [0, 1] and the sum is \
               at least 1. `u.max()` gives the largest element; `u.map(...)` builds the \
               exponentials.",
    },
    Exercise {
        name: "fourth_layer",
        title: "A fourth layer, and its shapes predicted",
        chapter: CH06,
        task: "Add a 4th layer (3 outputs, identity) to the tutorial's network with the \
               `forward` crate, after predicting every weight matrix's shape.",
        hint: "A weight matrix has one row per output and one column per input, so each \
               shape follows from the sizes 2 → 3 → 2 → 2 → 3. Build each layer with \
               `Layer::new(weights, bias, activation)`, making W with \
               `DMatrix::from_row_slice(rows, columns, &[...])`; `W1.as_flattened()` gives \
               the tutorial's W1 as one slice. Layer 3 is now hidden, so it gets the sigmoid.",
    },
    Exercise {
        name: "batch_forward",
        title: "Forward a whole batch at once",
        chapter: CH06,
        task: "Run many inputs (one per row) through a network with one matrix product per \
               layer, as NumPy's X·Wᵀ + b does, without calling `Network::forward_batch`.",
        hint: "Check the width first with `network.check_input_length(inputs.ncols())?`. \
               Then for each layer: `let mut u = &z * layer.weights().transpose();`, add \
               `bias[j]` to column j of u, apply the activation to every element \
               (`layer.activation().apply_each(&u)`), and carry the result to the next layer.",
    },
    Exercise {
        name: "symmetry_property",
        title: "Your own proptest: sigmoid's symmetry",
        chapter: CH07,
        task: "Write a property test that accepts a correct sigmoid and rejects broken \
               ones: sigmoid(-x) = 1 - sigmoid(x), checked on random x.",
        hint: "With `use proptest::prelude::*;` and \
               `use proptest::test_runner::{Config, TestRunner};`, make a runner that saves \
               no regression file, `TestRunner::new(Config { failure_persistence: None, \
               ..Config::default() })`, and call \
               `runner.run(&(-50.0..50.0_f64), |x| { ... })`; inside, \
               `prop_assert!(condition, \"message\")` and end with `Ok(())`. Compare with a \
               tolerance of a few `f64::EPSILON`: rounding makes the two sides differ by an \
               ulp or so. Cover the tails (|x| > 20), where broken sigmoids hide.",
    },
    Exercise {
        name: "static_fourth_layer",
        title: "The fourth layer, checked by the compiler",
        chapter: CH07,
        task: "Give the 4th layer its sizes in its type, StaticLayer<INPUTS, OUTPUTS>, and \
               chain it after the tutorial's static network, so that a wrong shape does not compile.",
        hint: "In `forward4`, run `tutorial::static_network().forward(x)`, take the \
               sigmoid of its `u3` (`Activation::Sigmoid.apply_each(&trace.u3)`), and feed \
               that to your layer's `forward`. Build W with `SMatrix::from_row_slice(&[...])` \
               and b with `SVector::from_row_slice(&[...])`. The compiler's error names the \
               sizes it expected: INPUTS is what layer 3 gives, OUTPUTS what forward4 returns.",
    },
    Exercise {
        name: "in_place",
        title: "No new allocation: activations in place",
        chapter: CH08,
        task: "Apply the sigmoid to a Vec and return it without allocating a new one, and \
               ReLU to a slice in place, bit for bit like the `activations` crate.",
        hint: "`for value in values.iter_mut() { *value = ... }` writes each result where its \
               input was; then return `values`, the same buffer. For ReLU keep the plain \
               comparison: the branch-free trick `x * f64::from(x > 0.0)` turns -inf into NaN.",
    },
];

/// What a test prints in strict mode when it reaches `todo!()`: the runner
/// and the CI check recognise a pending exercise by it.
pub(crate) const TODO_MARKER: &str = "reached todo!()";

/// The environment variable that turns strict mode on: with
/// `NNBOOK_STRICT=1`, a test that reaches `todo!()` fails instead of
/// passing as pending.
pub(crate) const STRICT_VARIABLE: &str = "NNBOOK_STRICT";

impl Exercise {
    /// Its number, from 1.
    pub(crate) fn number(&self) -> usize {
        EXERCISES
            .iter()
            .position(|exercise| exercise.name == self.name)
            .map_or(0, |index| index + 1)
    }

    /// `03_stable_sigmoid.rs`: its file name, the same in `exercises/` and
    /// `solutions/`.
    pub(crate) fn file_name(&self) -> String {
        format!("{:02}_{}.rs", self.number(), self.name)
    }

    /// `ex03_stable_sigmoid`: the module its tests live in, which is also
    /// the filter that runs only them (`cargo test -p exercises ex03`).
    pub(crate) fn test_module(&self) -> String {
        format!("ex{:02}_{}", self.number(), self.name)
    }

    /// `crates/exercises/exercises/03_stable_sigmoid.rs`: the file you edit,
    /// from the workspace root.
    pub(crate) fn path(&self) -> String {
        format!("crates/exercises/exercises/{}", self.file_name())
    }
}

/// The exercise whose tests live in module `module` (`ex03_stable_sigmoid`).
pub(crate) fn by_test_module(module: &str) -> Option<&'static Exercise> {
    EXERCISES
        .iter()
        .find(|exercise| exercise.test_module() == module)
}
