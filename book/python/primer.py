# The NumPy side of each section of book/src/rust-for-numpy-users.md. Run by
# check.py: every assert here must hold under the pinned NumPy.
import numpy as np

# ANCHOR: result
def parse_input(text):
    return [float(part) for part in text.split(",")]  # raises ValueError

assert parse_input("1.0, 0.5") == [1.0, 0.5]
try:
    parse_input("1.0, half")
    raise AssertionError("no error")
except ValueError:
    pass  # the error went up until something caught it
# ANCHOR_END: result

# ANCHOR: hidden
grid = np.arange(-5.0, 5.0, 0.1)
assert len(grid) == 100
# ANCHOR_END: hidden

# ANCHOR: references
W = np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
x = np.array([1.0, 0.5])
u = np.dot(W, x)  # reads W and x, changes neither
assert np.array_equal(u, np.dot(W, x))

def double_in_place(v):
    v *= 2  # changes the caller's array

double_in_place(x)
assert x.tolist() == [2.0, 1.0]
# ANCHOR_END: references

# ANCHOR: closures
u = np.array([-1.0, 0.0, 1.0])
assert (u > 0).tolist() == [False, False, True]  # a ufunc, element by element
scaled = np.vectorize(lambda v: 2 * v)(u)  # any function, element by element
assert scaled.tolist() == [-2.0, 0.0, 2.0]
squares = [i * i for i in range(4)]
assert squares == [0, 1, 4, 9]
# ANCHOR_END: closures

# ANCHOR: generics
def double(x):
    return x + x  # works for whatever supports +

assert double(np.float32(1.5)) == np.float32(3.0)
assert double(np.float32(1.5)).dtype == np.float32
assert double(1.5) == 3.0
# ANCHOR_END: generics

# ANCHOR: impl_trait
def grid_points(n):
    return (-5.0 + i * 0.5 for i in range(n))  # a generator

assert list(grid_points(3)) == [-5.0, -4.5, -4.0]
assert sum(grid_points(3)) == -13.5
# ANCHOR_END: impl_trait

# ANCHOR: const_generics
W2 = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
try:
    np.dot(W2, np.array([1.0, 0.5]))  # (2, 3) times (2,): found when it runs
    raise AssertionError("no error")
except ValueError:
    pass
# ANCHOR_END: const_generics

# ANCHOR: nalgebra
W1 = np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
b1 = np.array([0.1, 0.2, 0.3])
x = np.array([1.0, 0.5])
u1 = np.dot(W1, x) + b1
assert W1.shape == (3, 2)
assert u1.tolist() == [0.30000000000000004, 0.7, 1.1]
# ANCHOR_END: nalgebra
