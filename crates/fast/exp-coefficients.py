"""Computes the numbers of fast's two exponentials (src/lib.rs), and prints them with the
largest error of each rounded polynomial on a fine grid. Needs mpmath.

- COEFFICIENTS: c2..c11 of the polynomial r + c2·r² + ... + c11·r^11 closest to e^r - 1 in
  the largest absolute error on |r| <= ln 2 / 2 (minimax), for the exponential without a table.
- TABLE_COEFFICIENTS: c2..c7 of the minimax polynomial of degree 7 on |r| <= ln 2 / 16 (and a
  hair more, for the rounding of r), for the exponential that starts from a table.
- TABLE: 2^64 · 2^(j/8) for j = 0..7, rounded to f64; CORRECTIONS: what each entry lacks, as
  a power of e: ln(2^(j/8) / entry), so that entry · e^(r + correction) = 2^(j/8) · e^r.

Each fit is Lawson's iteratively weighted least squares at 50 digits, each coefficient rounded
to f64 in turn and the rest fitted again around it."""
from mpmath import mp, mpf, exp, log, cos, pi, matrix, lu_solve, fabs

mp.dps = 50


def polynomial(coefficients, r):
    """r + c2·r² + ..., coefficients starting at c2."""
    return r + sum(mpf(c) * r ** (2 + j) for j, c in enumerate(coefficients))


def fit(fixed, degree, points):
    """The coefficients after `fixed` (c2 onwards, already f64) that minimise the largest error."""
    unknowns, weights = degree - 1 - len(fixed), [mpf(1)] * len(points)
    powers = range(2 + len(fixed), 2 + len(fixed) + unknowns)
    for _ in range(8):
        a, b = matrix(unknowns, unknowns), matrix(unknowns, 1)
        for r, weight in zip(points, weights):
            row, want = [r ** n for n in powers], exp(r) - 1 - polynomial(fixed, r)
            for i in range(unknowns):
                b[i] += weight * row[i] * want
                for j in range(unknowns):
                    a[i, j] += weight * row[i] * row[j]
        c = lu_solve(a, b)
        errors = [fabs(polynomial(fixed, r) + sum(c[i] * r ** n for i, n in enumerate(powers)) - (exp(r) - 1))
                  for r in points]
        total = sum(w * e for w, e in zip(weights, errors))
        weights = [w * e / total for w, e in zip(weights, errors)]  # Lawson: weight where the error is large
    return [float(x) for x in c]


def minimax(half_width, degree, name):
    points = [half_width * cos(pi * (i + mpf(1) / 2) / 300) for i in range(300)]  # Chebyshev nodes
    coefficients = [0.5]  # c2 is exactly 1/2
    while len(coefficients) < degree - 1:
        coefficients.append(fit(coefficients, degree, points)[0])
    grid = [half_width * (2 * mpf(i) / 20000 - 1) for i in range(20001)]
    worst = max(fabs(polynomial(coefficients, r) - (exp(r) - 1)) for r in grid)
    print(f"{name}: degree {degree} on |r| <= {mp.nstr(half_width, 6)}")
    for n, c in enumerate(coefficients, start=2):
        print(f"  c{n} = {c!r}")
    print(f"  largest error {mp.nstr(worst, 3)} = {mp.nstr(worst / mpf(2) ** -53, 2)} ulp of 1")


minimax(log(2) / 2, 11, "COEFFICIENTS")
# |r| <= ln 2 / 16 after the reduction, then a correction below 2^-53 and r's own rounding.
minimax(log(2) / 16 * (1 + mpf(2) ** -40), 7, "TABLE_COEFFICIENTS")
entries = [float(mpf(2) ** 64 * mpf(2) ** (mpf(j) / 8)) for j in range(8)]
print("TABLE:", entries)
print("CORRECTIONS:", [float(log(mpf(2) ** 64 * mpf(2) ** (mpf(j) / 8) / mpf(e))) for j, e in enumerate(entries)])
