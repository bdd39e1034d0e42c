# bench: the chaos game over curved maps: three cubic B-splines (evaluated with de Boor's
# algorithm) bend the unit square, a point jumps between them chosen by a seeded LCG, and
# its visits are counted on a grid; prints a checksum of the grid
import math

ITERATIONS, SIZE = 100000, 64


class GVector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def mag(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def __add__(self, o):
        return GVector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return GVector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k, self.z * k)

    def linear_combination(self, o, l1, l2):
        return GVector(self.x * l1 + o.x * l2, self.y * l1 + o.y * l2, self.z * l1 + o.z * l2)


class Spline:
    def __init__(self, points, degree):
        # a clamped B-spline with uniform inner knots
        self.points, self.degree = points, degree
        inner = len(points) - degree - 1
        self.knots = [0.0] * (degree + 1) + [i / (inner + 1) for i in range(1, inner + 1)]
        self.knots += [1.0] * (degree + 1)

    def __call__(self, u):
        # the point at parameter u in [0, 1], by de Boor's algorithm
        k, p = self.knots, self.degree
        i = p
        while i < len(self.points) - 1 and k[i + 1] <= u:
            i += 1
        d = [self.points[j + i - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                lo = k[j + i - p]
                a = (u - lo) / (k[j + 1 + i - r] - lo)
                d[j] = d[j - 1].linear_combination(d[j], 1.0 - a, a)
        return d[p]


class Chaos:
    def __init__(self, splines, thickness):
        self.splines, self.thickness = splines, thickness
        self.seed = 12345

    def rand(self):
        # a 31-bit linear congruential generator, as a float in [0, 1)
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return self.seed / 2147483648.0

    def transform(self, point):
        # moves point along a randomly chosen spline, sideways by its old y
        s = self.splines[int(self.rand() * len(self.splines))]
        t = min(max(point.x, 0.001), 0.999)
        base = s(t)
        tangent = s(t + 0.001) - s(t - 0.001)
        m = tangent.mag()
        if m == 0.0:
            return base
        normal = GVector(-tangent.y / m, tangent.x / m)
        return base + normal * ((point.y - 0.5) * self.thickness)

    def run(self, iterations, size):
        grid = [[0] * size for _ in range(size)]
        point = GVector(0.5, 0.5)
        for n in range(iterations):
            point = self.transform(point)
            x, y = point.x % 1.0, point.y % 1.0
            point = GVector(x, y)
            grid[int(y * size)][int(x * size)] += 1
        checksum = 0
        for row in grid:
            for c in row:
                checksum = (checksum * 131 + c) % 1000000007
        return checksum


splines = [
    Spline([GVector(0.2, 0.1), GVector(0.3, 0.6), GVector(0.1, 0.9), GVector(0.4, 0.95),
            GVector(0.5, 0.7)], 3),
    Spline([GVector(0.5, 0.1), GVector(0.9, 0.2), GVector(0.7, 0.5), GVector(0.95, 0.9)], 3),
    Spline([GVector(0.1, 0.4), GVector(0.4, 0.3), GVector(0.6, 0.45), GVector(0.8, 0.3),
            GVector(0.9, 0.6), GVector(0.85, 0.8)], 3),
]
print(Chaos(splines, 0.25).run(ITERATIONS, SIZE))
