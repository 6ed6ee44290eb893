# NumPy's side of tests/examples/ch05_first_layer.rs: the tutorial's first layer.
import numpy as np

def sigmoid(x):
    return 1/(1 + np.exp(-x))

def print_vec(text, vec):
    print("*** " + text + " ***")
    print(vec)
    print("shape: " + str(vec.shape))
    print("")

W1 = np.array([[0.1,0.2],[0.3,0.4],[0.5,0.6]])
b1 = np.array([0.1,0.2,0.3])
x = np.array([1.0,0.5])

u1 = np.dot(W1,x) + b1  # u(1) = W(1) x + b(1)
z1 = sigmoid(u1)        # z(1) = h(u(1))

print_vec("u1", u1)
print_vec("z1", z1)
