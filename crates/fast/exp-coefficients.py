"""Computes the coefficients c2..c11 of fast's exponential (COEFFICIENTS in src/lib.rs):
the polynomial r + c2·r² + ... + c11·r^11 closest to e^r - 1 in the largest absolute error
on |r| <= ln 2 / 2 (minimax), by Lawson's iteratively weighted least squares at 50 digits,
each coefficient rounded to f64 in turn and the rest fitted again around it. Prints them
and the largest error of the rounded polynomial on a fine grid. Needs mpmath."""
from mpmath import mp, mpf, exp, log, cos, pi, matrix, lu_solve, fabs

mp.dps = 50
HALF_LN2 = log(2) / 2
DEGREE = 11
POINTS = [HALF_LN2 * cos(pi * (i + mpf(1) / 2) / 300) for i in range(300)]  # Chebyshev nodes


def polynomial(coefficients, r):
    """r + c2·r² + ..., coefficients starting at c2."""
    return r + sum(mpf(c) * r ** (2 + j) for j, c in enumerate(coefficients))


def fit(fixed):
    """The coefficients after `fixed` (c2 onwards, already f64) that minimise the largest error."""
    unknowns, weights = DEGREE - 1 - len(fixed), [mpf(1)] * len(POINTS)
    powers = range(2 + len(fixed), 2 + len(fixed) + unknowns)
    for _ in range(8):
        a, b = matrix(unknowns, unknowns), matrix(unknowns, 1)
        for r, weight in zip(POINTS, weights):
            row, want = [r ** n for n in powers], exp(r) - 1 - polynomial(fixed, r)
            for i in range(unknowns):
                b[i] += weight * row[i] * want
                for j in range(unknowns):
                    a[i, j] += weight * row[i] * row[j]
        c = lu_solve(a, b)
        errors = [fabs(polynomial(fixed, r) + sum(c[i] * r ** n for i, n in enumerate(powers)) - (exp(r) - 1))
                  for r in POINTS]
        total = sum(w * e for w, e in zip(weights, errors))
        weights = [w * e / total for w, e in zip(weights, errors)]  # Lawson: weight where the error is large
    return [float(x) for x in c]


coefficients = [0.5]  # c2 is exactly 1/2
while len(coefficients) < DEGREE - 1:
    coefficients.append(fit(coefficients)[0])
grid = [HALF_LN2 * (2 * mpf(i) / 20000 - 1) for i in range(20001)]
worst = max(fabs(polynomial(coefficients, r) - (exp(r) - 1)) for r in grid)
for n, c in enumerate(coefficients, start=2):
    print(f"c{n} = {c!r}")
print(f"largest error {mp.nstr(worst, 3)} = {mp.nstr(worst / mpf(2) ** -53, 2)} ulp of 1")
