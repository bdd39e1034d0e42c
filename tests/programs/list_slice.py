# list slicing, slice assignment and slice deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[-2:-8:-2], a[20:], a[5:1])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[0:0] = [100, 101]
print(b)
b[-1:] = []
print(b)
b[::2] = [0] * len(b[::2])
print(b)
c = list(range(8))
del c[1:3]
print(c)
del c[::2]
print(c)
del c[-1]
print(c)
d = [1, 2, 3]
d[1:2] = range(5)
print(d)
d[len(d):] = [9, 9]
print(d)
d[:] = 'abc'
print(d)
try:
    d[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
e = [0, 1, 2, 3]
e[1:3] = e
print(e)
s = slice(1, 7, 2)
print(a[s], s, s.start, s.stop, s.step, s.indices(5))
f = [1, 2, 3, 4, 5]
f[::-1] = [10, 20, 30, 40, 50]
print(f)
f[1:4] = []
print(f)
g = [0] * 5
g[10:20] = [1, 2]
print(g)
h = list(range(6))
h[4:1:-1] = ['a', 'b', 'c']
print(h)
print(a[-100:100], a[::-100], a[3:3])
