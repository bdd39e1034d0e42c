f = lambda x: lambda y: x + y
g = lambda: (yield_)
h = lambda x: (lambda: x)()
k = (lambda: 1)()
sorted(a, key=lambda t: (t[1], -t[0]))
m = lambda x: x if x else (lambda: None)
n = [lambda i=i: i for i in range(3)]
o = lambda: lambda: lambda: 0
p = lambda *a, **k: f(*a, **k)
q = lambda x: (y := x)
