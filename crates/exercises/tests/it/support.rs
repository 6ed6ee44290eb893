//! Helpers shared by the exercises' tests.

use activations::accuracy::Reference;
use proptest::test_runner::Config;
use std::sync::OnceLock;

/// The correctly rounded reference values of sigmoid and tanh (see
/// `tests/data/README.md`): the tutorial's grid, edge cases, and 2000
/// points spread over magnitudes 1e-300 to 1e3.
pub(crate) fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        Reference::parse(include_str!("../../../../tests/data/activations-f64.tsv")).unwrap()
    })
}

/// The reference rows as `(x, value)` for one column.
pub(crate) fn reference_column(name: &str) -> Vec<(f64, f64)> {
    let reference = reference();
    let index = reference
        .columns
        .iter()
        .position(|column| column == name)
        .unwrap_or_else(|| panic!("the reference file has no column {name:?}"));
    reference
        .rows
        .iter()
        .map(|(_, values)| (values[0], values[index]))
        .collect()
}

/// proptest's settings for the exercises: the usual 256 cases, and no
/// `proptest-regressions/` files, since an exercise that is not done yet
/// fails on purpose and is no regression.
pub(crate) fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}
