import numpy as np
import matplotlib.pyplot as plt

# ステップ関数
def step_function(x):
  y = x > 0
  return y.astype(int)  # errata: the tutorial has np.int, removed in NumPy 1.24

# グラフ化
x = np.arange(-5.0, 5.0, 0.1)
y = step_function(x)
plt.plot(x,y)
plt.ylim(-0.1,1.1)
