#!/usr/bin/env python3
"""Writes a conformance corpus: random arrays with NumPy's own str/repr text.

Each output line is one case in the corpus format of the spec, section 8
(read by `test_support::corpus`): dtype, shape, row-major values (floats as
float.hex(), bit-exact), and NumPy's `str(arr)`, `str(arr.shape)` and
`repr(arr)`.

Usage (from the repository root; needs Python 3 and NumPy):

    python3 crates/numpy-print/tools/gen_corpus.py --count 600 --seed 1 \\
        > tests/data/numpy-print-repr-corpus.jsonl
    python3 crates/numpy-print/tools/gen_corpus.py --count 20000 --seed 7 \\
        --mix stress > /tmp/stress.jsonl
    NUMPY_PRINT_CORPUS=/tmp/stress.jsonl cargo test -p numpy-print corpus -- --ignored

`--mix repr` (the default) favours layouts where repr differs from str
(wrapping, summaries, empty shapes, 0-d); `--mix stress` favours digit
generation corners (rounding ties, subnormals, thresholds, random bits).
The same seed, NumPy version and Python version give the same file.
"""

import argparse
import json
import math
import random
import struct
import sys

import numpy as np


def case(arr):
    """One corpus line for `arr`; float.hex() spells nan/inf/-inf as such."""
    dtype = str(arr.dtype)
    value = {"float64": lambda v: float(v).hex(), "int64": int, "bool": bool}[dtype]
    return json.dumps({"dtype": dtype, "shape": list(arr.shape),
                       "values": [value(v) for v in arr.ravel()], "str": str(arr),
                       "shape_str": str(arr.shape), "repr": repr(arr)},
                      ensure_ascii=False, separators=(",", ":"))


def random_shape(rng, mix):
    """0-d, 1-D or 2-D, including empty, wrapping and summarized shapes."""
    r = rng.random()
    if r < 0.10:
        return ()
    if r < 0.14:
        return rng.choice([(0,), (0, 0), (0, 3), (2, 0), (1, 0), (0, 1)])
    if r < (0.19 if mix == "repr" else 0.22):
        # Around the summarization threshold, and well past it.
        return rng.choice(
            [(999,), (1000,), (1001,), (1002,), (1500,), (2000,),
             (1, 1001), (1001, 1), (7, 143), (143, 7), (40, 40), (5, 201),
             (201, 5), (1000, 2), (2, 1000), (334, 3), (6, 167), (7, 200)]
        )
    if r < 0.55:
        return (rng.choice([1, 2, 3, 5, 8, 13, 20, 30, 45, 70, 120]) if mix == "repr"
                else rng.randint(1, 40),)
    rows = rng.choice([1, 1, 2, 3, 4, 6, 7, 10])
    cols = rng.choice([1, 2, 3, 5, 8, 12, 20, 33]) if mix == "repr" else rng.randint(1, 12)
    return (rows, cols)


def decimal(rng):
    """A decimal with 1..17 significant digits at magnitude 1e-12..1e12."""
    digits = rng.randint(1, 17)
    mantissa = rng.randint(10 ** (digits - 1), 10 ** digits - 1)
    return float(f"{mantissa}e{rng.randint(-12, 12) - digits + 1}")


def tie8(rng):
    """Exact binary fractions whose 9th decimal is a 5: rounding ties at 8
    decimals, also for large integer parts (spec E16, E17)."""
    whole = rng.choice([0, 1, rng.randint(0, 99999), rng.randint(2 ** 26, 10 ** 8 - 1)])
    return whole + rng.randint(0, 2 ** 9 - 1) / 2 ** 9


# Families of float values, each exercising some rule.
FLOATS = {
    "uniform": lambda rng: rng.random(),
    "sigmoid": lambda rng: 1.0 / (1.0 + math.exp(-rng.uniform(-6, 6))),
    "decimal": decimal,
    "short": lambda rng: rng.choice([0.5, 0.25, 1.5, 2.0, 10.0, 100.0, 0.1, 0.2, 0.3, 3.14]),
    "integer": lambda rng: float(rng.randint(-10 ** rng.randint(1, 9), 10 ** rng.randint(1, 9))),
    "tie8": tie8,
    # Ties at the 9th significant digit (spec E19).
    "tie9": lambda rng: (rng.randint(10 ** 8, 10 ** 9 - 1) + 0.5) * 10.0 ** rng.randint(0, 3),
    # Powers of two and friends whose 17-digit expansions end in 5 (E57).
    "tie17": lambda rng: rng.randint(1, 15) * 2.0 ** rng.randint(-60, -20),
    "threshold": lambda rng: rng.choice(
        [1e8, 99999999.99999999, 1e-4, 0.0001 * (1 + 2 ** -52), 0.00009999999999999999,
         1000.0, 1000.0000000000001, 0.3, 0.0003, 0.999999999, 0.9999999949999999,
         0.99999999500000001, 9.9999999949, 1e16, 1e15]),
    "carry": lambda rng: rng.choice([0.999999999, 9.9999999999, 99.999999996, 0.0999999999]),
    "subnormal": lambda rng: (rng.randint(1, 2 ** 52 - 1) * 5e-324 if rng.random() < 0.5
                              else rng.randint(1, 5000) * 5e-324),
    "power2": lambda rng: 2.0 ** rng.randint(-1074, 1023),
    "bits": lambda rng: struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0],
    "huge": lambda rng: rng.uniform(1, 10) * 10.0 ** rng.randint(8, 308),
    "tiny": lambda rng: rng.uniform(1, 10) * 10.0 ** rng.randint(-307, -5),
}

FAMILIES = {
    "repr": ["uniform"] * 4 + ["sigmoid"] * 3 + ["decimal"] * 3 + ["short"] * 3
    + ["integer", "tie8", "tie9", "threshold", "carry", "huge", "tiny", "bits"],
    "stress": ["decimal"] * 2 + ["tie8"] * 3 + ["tie9"] * 2 + ["tie17"] * 2
    + ["threshold", "carry", "subnormal", "power2", "bits", "bits", "huge", "tiny",
       "uniform", "sigmoid", "integer"],
}

SPECIALS = [0.0, -0.0, math.nan, math.inf, -math.inf]


def float_array(rng, size, mix):
    def any_family():
        return FLOATS[rng.choice(FAMILIES[mix])](rng)

    style = rng.random()
    if style < 0.1 and size > 0:
        values = [any_family()] * size  # all equal
    elif style < 0.15:
        values = [rng.choice(SPECIALS) for _ in range(size)]  # all special
    else:
        # Mostly one family per array, so that widths and notation vary
        # between arrays rather than always landing on scientific.
        main = FLOATS[rng.choice(FAMILIES[mix])]
        values = [main(rng) if rng.random() < 0.9 else any_family() for _ in range(size)]
    if rng.random() < 0.3:
        values = [-v if rng.random() < 0.5 else v for v in values]
    if rng.random() < 0.2:
        values = [rng.choice(SPECIALS) if rng.random() < 0.1 else v for v in values]
    return values


def int_array(rng, size):
    style = rng.random()
    if style < 0.4:
        return [rng.randint(-9, 99) for _ in range(size)]
    if style < 0.6:
        return [rng.randint(-10 ** 6, 10 ** 6) for _ in range(size)]
    if style < 0.8:
        return [rng.choice([rng.randint(-2 ** 63, 2 ** 63 - 1), -2 ** 63, 2 ** 63 - 1, 0])
                for _ in range(size)]
    start = rng.randint(-50, 5000)
    return list(range(start, start + size))


def random_array(rng, mix):
    shape = random_shape(rng, mix)
    size, r = math.prod(shape), rng.random()
    if r < 0.62:
        return np.array(float_array(rng, size, mix), dtype=np.float64).reshape(shape)
    if r < 0.87:
        return np.array(int_array(rng, size), dtype=np.int64).reshape(shape)
    p = rng.choice([0.0, 0.5, 1.0])
    return np.array([rng.random() < p for _ in range(size)], dtype=bool).reshape(shape)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=800)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mix", choices=sorted(FAMILIES), default="repr")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for _ in range(args.count):
        sys.stdout.write(case(random_array(rng, args.mix)) + "\n")


if __name__ == "__main__":
    main()
