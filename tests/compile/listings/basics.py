import os.path as osp
from collections import OrderedDict as OD, deque
x = 1 + 2 * 3
y = [x, -x, x ** 2]
a, *rest, b = y
print(osp.join("a", "b"), *rest, sep=", ", end="\n")
d = {"k": x, **{}}
s = f"{x!r:>{b}} and {y}"
del a
