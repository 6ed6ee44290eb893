# NumPy's side of tests/examples/ch04_relu_nan.rs. Rust's f64::max ignores a NaN
# argument, as np.fmax does; np.maximum, the tutorial's ReLU, keeps it.
import numpy as np

x = np.array([-2.0, 0.0, 3.0, np.nan])
print(f"x              {x}")
print(f"relu(x)        {np.maximum(0, x)}")
print(f"0.0.max(x)     {np.fmax(0, x)}")
print(f"step(x)        {(x > 0).astype(float)}")
print(f"relu(-0.0)     {np.maximum(0, -0.0)}")
