"""Writes article-trace.tsv: every intermediate of the tutorial's forward pass, as NumPy computes it.

Run from the repository root with NumPy installed: python3 tests/data/article-trace.py
Same weights, input and formulas as the tutorial's code (shared/reference/article.py); values are
Python's repr, the shortest decimal that reads back to the same float64.
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


W1 = np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
W2 = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
W3 = np.array([[0.1, 0.2], [0.3, 0.4]])
b1, b2, b3 = np.array([0.1, 0.2, 0.3]), np.array([0.1, 0.2]), np.array([0.1, 0.2])
x = np.array([1.0, 0.5])
u1 = np.dot(W1, x) + b1
z1 = sigmoid(u1)
u2 = np.dot(W2, z1) + b2
z2 = sigmoid(u2)
u3 = np.dot(W3, z2) + b3
y = u3

with open("tests/data/article-trace.tsv", "w") as out:
    out.write(f"# The tutorial's forward pass under NumPy {np.__version__}, written by article-trace.py.\n")
    out.write("name\tvalues\n")
    for name, values in [("u1", u1), ("z1", z1), ("u2", u2), ("z2", z2), ("u3", u3), ("y", y)]:
        out.write(f"{name}\t{' '.join(repr(float(v)) for v in values)}\n")
