# functools.total_ordering, cmp_to_key and cached_property.
from functools import total_ordering, cmp_to_key, cached_property


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max(a, b))


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(Rev(1) < Rev(2), Rev(1) > Rev(2), Rev(2) <= Rev(2), Rev(3) >= Rev(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as exc:
    print("ValueError", exc)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(by_length_then_alpha)))
key = cmp_to_key(lambda x, y: x - y)
print(key(1) < key(2), key(2) == key(2), key(3).obj, type(key).__name__)
try:
    key(1) < 3
except TypeError as exc:
    print("TypeError", exc)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.__dict__)
c.area = 7
print(c.area, Circle.area.attrname, type(Circle.area).__name__)
del c.area
print(c.area)
