# operator overloading with dunder methods
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __iter__(self):
        return iter(self.c)
    def __contains__(self, v):
        return v in self.c
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __hash__(self):
        return hash(tuple(self.c))
    def __bool__(self):
        return any(self.c)
    def __call__(self, i):
        return self.c[i] * 100
    def __repr__(self):
        return 'Vec(' + ', '.join(map(str, self.c)) + ')'
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, v * w, -v, abs(Vec(3, 4)))
print(len(v), v[0], v[-1], list(v), 2 in v, 7 in v, v(1))
v[0] = 10
print(v, v == Vec(10, 2, 3), v != w, v < w, sorted([w, v, Vec(0, 0, 1)]))
print(bool(Vec(0, 0)), bool(v), {v: 'v'}[Vec(10, 2, 3)], max(v), sum(w))
s = v
s += w
print(s, v, s is v)
a, b, c = w
print(a, b, c, [x * 2 for x in w], dict(zip('xyz', w)))
try:
    v + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    v @ w
except TypeError as e:
    print(type(e).__name__, e)
