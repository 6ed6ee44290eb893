//! The benchmarks' arithmetic kernels compute what they say, on every
//! length (their time means nothing otherwise).

use fast::arithmetic::{MULTIPLY_ADDS_PER_ELEMENT, divisions, exponentials, multiply_adds};
use test_support::accuracy::ulp_distance;

#[test]
fn exponentials_are_within_1_ulp_of_libm_where_both_are_normal() {
    for len in [0, 1, 7, 8, 9, 512, 513] {
        let t: Vec<f64> = (0..len).map(|i| -700.0 * i as f64 / 513.0).collect();
        let mut e = t.clone();
        assert_eq!(exponentials(&mut e), len);
        for (t, e) in t.iter().zip(&e) {
            assert!(
                ulp_distance(*e, t.exp()) <= 1,
                "e^{t} = {e:?}, libm {:?}",
                t.exp()
            );
        }
    }
}

#[test]
fn divisions_divide_every_pair() {
    for len in [0, 1, 7, 8, 9, 512, 513] {
        let mut x: Vec<f64> = (0..len).map(|i| 3.0 - i as f64 / 1000.0).collect();
        let n: Vec<f64> = (0..len).map(|i| i as f64 + 0.5).collect();
        let want: Vec<f64> = n.iter().zip(&x).map(|(n, x)| n / x).collect();
        assert_eq!(divisions(&mut x, &n), len);
        assert_eq!(x, want);
    }
}

#[test]
fn multiply_adds_apply_each_one() {
    for len in [0, 1, 7, 8, 9, 512, 513] {
        let mut y: Vec<f64> = (0..len).map(|i| i as f64).collect();
        let mut want = y.clone();
        for y in &mut want {
            for _ in 0..MULTIPLY_ADDS_PER_ELEMENT {
                *y = y.mul_add(0.5, 1.0);
            }
        }
        assert_eq!(
            multiply_adds(&mut y, 0.5, 1.0),
            len * MULTIPLY_ADDS_PER_ELEMENT
        );
        assert_eq!(y, want);
    }
}
