# NumPy's side of tests/examples/ch02_step_grid.rs: the same lines, printed by NumPy.
import numpy as np

x = np.array([-1.0, 1.0, 2.0])
print(x > 0)
print((x > 0).astype(int))
print((x > 0).astype(float))

grid = np.arange(-5.0, 5.0, 0.1)
print(f"np.arange(-5.0, 5.0, 0.1) has {len(grid)} points")
print(f"x[48..53] = {grid[48:53]}")
print(f"x[50] = {float(grid[50])!r}")

points = 0
value = -5.0
while 5.0 > value:  # the same as the Rust loop: while value is below 5.0
    points += 1
    value += 0.1
print(f"a `value += 0.1` loop makes {points} points")
