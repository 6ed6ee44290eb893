"""Re-derives every value of activations-f64.tsv with mpmath and reports (or fixes) any that differ.

Run from the repository root: python3 tests/data/check-activations-f64.py [--fix]
Needs mpmath (pip install mpmath). Each value is evaluated with 3000-bit arithmetic and rounded once
to the nearest f64 (ties to even, subnormals included), then compared with the file bit for bit.

Why it exists: the file as shipped in shared/reference listed sigmoid'(x) = 0 for five inputs
x > 139, where the true value is tiny but far above the smallest f64 (sigmoid'(700) = 9.86e-305 =
sigmoid'(-700)). Computing s * (1 - s) cancels to 0 even at 200 bits once e^-x < 2^-200; the form
e / (1 + e)^2 with e = exp(-|x|) used here does not cancel. `--fix` rewrote those five fields.
"""
import math
import struct
import sys

import mpmath as mp

mp.mp.prec = 3000
PATH = "tests/data/activations-f64.tsv"


def to_f64(value):
    """Rounds an mpf to the nearest f64, ties to even, doing subnormals by hand (one rounding)."""
    if value == 0:
        return 0.0
    sign = -1.0 if value < 0 else 1.0
    value = abs(value)
    if value < mp.mpf(2) ** -1022:
        units = int(mp.nint(value * mp.mpf(2) ** 1074))  # nint rounds half to even
        return sign * struct.unpack("<d", struct.pack("<Q", units))[0]
    return sign * float(value)  # normal range: mpmath rounds to nearest even


def expected(x):
    if math.isnan(x):
        return [math.nan] * 3
    if math.isinf(x):
        return [1.0 if x > 0 else 0.0, 0.0, math.copysign(1.0, x)]
    big = mp.mpf(x)
    e = mp.exp(-abs(big))
    return [to_f64(1 / (1 + mp.exp(-big))), to_f64(e / (1 + e) ** 2), to_f64(mp.tanh(big))]


def same(a, b):
    return (math.isnan(a) and math.isnan(b)) or struct.pack("<d", a) == struct.pack("<d", b)


lines = open(PATH).read().splitlines()
out, wrong = [lines[0]], 0
for number, line in enumerate(lines[1:], start=2):
    fields = line.split("\t")
    x = float(fields[0])
    for column, want in enumerate(expected(x), start=1):
        if not same(float(fields[column]), want):
            wrong += 1
            print(f"line {number}: x = {fields[0]}, column {column}: file {fields[column]}, exact {want!r}")
            fields[column] = repr(want)
    out.append("\t".join(fields))
print(f"{len(lines) - 1} rows, {wrong} values differ")
if "--fix" in sys.argv and wrong:
    open(PATH, "w").write("\n".join(out) + "\n")
    print("fixed")
sys.exit(1 if wrong and "--fix" not in sys.argv else 0)
