//! Every intermediate of the tutorial's forward pass against NumPy's float64
//! results (`tests/data/article-trace.tsv`, written by NumPy itself).

use approx::assert_relative_eq;
use forward::tutorial;
use nalgebra::DVector;

const NUMPY_TRACE: &str = include_str!("../../../../tests/data/article-trace.tsv");

/// NumPy's value of `name` (u1, z1, u2, z2, u3 or y).
fn numpy(name: &str) -> DVector<f64> {
    let line = NUMPY_TRACE
        .lines()
        .find(|line| line.split('\t').next() == Some(name))
        .unwrap_or_else(|| panic!("{name} is not in article-trace.tsv"));
    let values = line
        .split('\t')
        .nth(1)
        .unwrap()
        .split(' ')
        .map(|v| v.parse().unwrap());
    DVector::from_vec(values.collect())
}

/// Relative tolerance 1e-15: a few ulps, enough for a different order of
/// additions, far too little for a different formula.
fn assert_close(ours: &DVector<f64>, name: &str) {
    let theirs = numpy(name);
    assert_eq!(ours.len(), theirs.len(), "{name}");
    for (a, b) in ours.iter().zip(theirs.iter()) {
        assert_relative_eq!(*a, *b, max_relative = 1e-15);
    }
}

#[test]
fn every_intermediate_matches_numpy() {
    let trace = tutorial::network().forward(&tutorial::input()).unwrap();
    let names = [("u1", "z1"), ("u2", "z2"), ("u3", "y")];
    for (step, (u, z)) in trace.layers().iter().zip(names) {
        assert_close(&step.u, u);
        assert_close(&step.z, z);
    }
    assert_close(trace.output(), "y");
}

#[test]
fn the_first_sum_is_not_exactly_point_three() {
    // 0.1 * 1.0 + 0.2 * 0.5 + 0.1 in binary floating point, as in NumPy.
    let trace = tutorial::network().forward(&tutorial::input()).unwrap();
    assert_eq!(trace.layers()[0].u[0], 0.30000000000000004);
}

#[test]
fn the_static_network_computes_the_same_values() {
    let dynamic = tutorial::network().forward(&tutorial::input()).unwrap();
    let x = nalgebra::Vector2::from_column_slice(tutorial::input().as_slice());
    let fixed = tutorial::static_network().forward(&x);
    let pairs = [
        (fixed.u1.as_slice(), &dynamic.layers()[0].u),
        (fixed.z1.as_slice(), &dynamic.layers()[0].z),
        (fixed.u2.as_slice(), &dynamic.layers()[1].u),
        (fixed.z2.as_slice(), &dynamic.layers()[1].z),
        (fixed.u3.as_slice(), &dynamic.layers()[2].u),
        (fixed.y.as_slice(), dynamic.output()),
    ];
    for (a, b) in pairs {
        for (a, b) in a.iter().zip(b.iter()) {
            assert_relative_eq!(*a, *b, max_relative = 1e-15);
        }
    }
}
