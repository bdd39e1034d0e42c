# functools.reduce and partial: accumulation, bound arguments, flattening, reprs, errors.
import functools
from functools import reduce, partial

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = partial(f, 1, d=5)
print(p(2), p(2, 9), p(2, d=0), p.args, p.keywords, p.func is f)
q = partial(p, 8, c=0)
print(q(), q.func is f, q.args, q.keywords)
base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=8), repr(base2))
print(repr(partial(max, 1, key=abs)))
print(list(map(partial(pow, 2), range(5))))


class Tagged(partial):
    pass


t = Tagged(f, 1, 2)
print(t(), type(t).__name__, repr(t).startswith("Tagged(<function f at "))
t.note = "extra"
print(t.note, Tagged(t, 3).args)
checks = [
    lambda: partial(),
    lambda: partial(1),
    lambda: reduce(lambda a, b: a, []),
    lambda: reduce(lambda a, b: a, 5),
    lambda: reduce(max),
    lambda: p(),
    lambda: setattr(p, "func", max),
]
for check in checks:
    try:
        check()
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__, exc)


class Cell:
    def __init__(self):
        self.value = 0

    def set(self, v):
        self.value = v


c = Cell()
setter = partial(Cell.set, c)
setter(42)
print(c.value, functools.reduce(lambda a, b: a * 10 + b, range(1, 6)))


class Shape:
    def scale(self, factor, offset=0):
        return (type(self).__name__, factor, offset)

    double = functools.partialmethod(scale, 2)
    shifted = functools.partialmethod(double, offset=5)


print(Shape().double(), Shape().shifted(), Shape.double(Shape(), offset=1))
print(type(Shape.__dict__["double"]).__name__, Shape.__dict__["shifted"].args)
