import numpy as np  # added: the tutorial imports these once, in its first listing
import matplotlib.pyplot as plt  # added

# ReLU関数
def relu(x):
    return np.maximum(0, x)

# グラフ化
x = np.arange(-5.0, 5.0, 0.1)
y = relu(x)
plt.plot(x,y)
plt.ylim(-0.1,1.1)
