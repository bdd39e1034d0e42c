# a simple class: __init__, methods, instance and class attributes, __repr__/__str__/__eq__
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __str__(self):
        return f'({self.x}, {self.y})'
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
p = Point(3, 4)
print(p, repr(p), str(p), [p], (p,), {'p': p})
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
q = p.moved(1, -1)
print(q, p == q, p == Point(3, 4), p != Point(3, 4), p == 5)
p.z = 9
print(p.z, hasattr(p, 'z'), hasattr(q, 'z'))
Point.dims = 3
print(p.dims, q.dims)
p.dims = 'own'
print(p.dims, q.dims, Point.dims)
del p.dims
print(p.dims)
print(type(p).__name__, isinstance(p, Point), Point.__name__, type(p) is Point)
print(Point.norm2(q), sorted(vars(p)), p.__dict__)
print(f'{p}', f'{p!r}', '%s %r' % (p, p))
m = p.norm2
print(m(), m.__name__)
p.x = 0
print(m(), p)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
