"""Writes arange-numpy.tsv: np.arange(start, stop, step) for fixed and random arguments.

Run from the repository root with NumPy installed: python3 tests/data/arange-numpy.py
The values are Python's repr (shortest round-trip), which Rust's f64 parser reads back exactly.
"""
import random

import numpy as np

random.seed(7)
cases = [
    (-5.0, 5.0, 0.1), (0.0, 1.0, 0.1), (0.0, 1.0, 0.25), (1.0, 0.0, -0.1), (0.0, 10.0, 3.0),
    (-1.0, 1.0, 0.3), (0.5, 0.6, 0.01), (-3.0, 3.0, 0.7), (1e-3, 2e-3, 1e-4), (0.0, 1.0, 1.0),
    (0.0, 1.0, 2.0), (5.0, 5.0, 1.0), (3.0, 1.0, 1.0), (-0.0, 1.0, 0.5), (100.0, 101.0, 0.1),
    (0.1, 0.9, 0.1), (-2.5, 2.5, 0.25), (0.0, -1.0, -0.3),
]
for _ in range(40):
    start = round(random.uniform(-10, 10), random.randint(0, 3))
    count = random.randint(1, 60)
    step = random.choice([0.1, 0.2, 0.05, 0.3, 1 / 3, 0.7, 0.01, 1.5, -0.1, -0.25])
    cases.append((start, start + step * count + random.uniform(-0.5, 0.5) * abs(step), step))

with open("tests/data/arange-numpy.tsv", "w") as out:
    out.write(f"# np.arange(start, stop, step) under NumPy {np.__version__}, written by arange-numpy.py.\n")
    out.write("start\tstop\tstep\tvalues\n")
    for start, stop, step in cases:
        values = np.arange(start, stop, step)
        out.write(f"{start!r}\t{stop!r}\t{step!r}\t{' '.join(repr(float(v)) for v in values)}\n")
