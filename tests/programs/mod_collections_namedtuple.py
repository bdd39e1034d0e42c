# collections.namedtuple: fields, defaults, rename, _make/_asdict/_replace, repr, errors.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x, p[1], p._fields, Point.__doc__, Point.__name__)
x, y = p
print(x + y, len(p), p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))
print(p._asdict(), p._replace(x=9), Point._make([5, 6]), Point(y=1, x=2))
print(type(p).__mro__, Point.__module__, Point.x.__doc__)
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color._field_defaults, Color.__match_args__)
R = namedtuple("R", "a, def a _b", rename=True)
print(R._fields, R(1, 2, 3, 4))
print(namedtuple("E", "")(), namedtuple("Mod", "a", module="mymod").__module__)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
checks = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, y=2, z=3),
    lambda: Point(1, x=2),
    lambda: namedtuple("P", "x def"),
    lambda: namedtuple("P", "x _y"),
    lambda: namedtuple("P", "x x"),
    lambda: namedtuple("1P", "x"),
    lambda: p._replace(z=1),
    lambda: Point._make([1]),
    lambda: namedtuple("Q", "a b c")(),
    lambda: namedtuple("Q", "a", defaults=(1, 2)),
]
for check in checks:
    try:
        check()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    p.x = 5
except AttributeError as exc:
    print("AttributeError", exc)
