# bench_float: bench/programs/float.py with smaller parameters: many Point objects built from sin/cos of their index, normalized, then folded
# into one point holding the largest coordinate of each axis; prints it
from math import sin, cos, sqrt

POINTS, ROUNDS = 20000, 2


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        # keeps, per axis, the larger of self's and other's coordinate
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n, offset):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i + offset)
    for p in points:
        p.normalize()
    return maximize(points)


for r in range(ROUNDS):
    print(benchmark(POINTS, r))
