import numpy as np  # added: the tutorial imports these once, in its first listing
import matplotlib.pyplot as plt  # added

# シグモイド関数
def sigmoid(x):
    return 1/(1 + np.exp(-x))

# グラフ化
x = np.arange(-5.0, 5.0, 0.1)
y = sigmoid(x)
plt.plot(x,y)
plt.ylim(-0.1,1.1)
