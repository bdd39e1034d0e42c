# collections.Counter: counting, most_common, elements, arithmetic, comparisons, repr.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common(), c["z"], "z" in c)
print(sorted(c.elements()), c.total())
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract(a=100, q=1)
print(c)
del c["nothing"]
del c["q"]
print(c, len(c))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a)
print(a | b, a & b)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=1))
x = Counter(a=1, b=2)
x += Counter(a=1, b=-5)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(c=4)
x &= Counter(a=10, c=2)
print(x, Counter(), repr(Counter()))
try:
    Counter.fromkeys("ab")
except NotImplementedError as exc:
    print("NotImplementedError", exc)
words = "the cat and the hat and the bat".split()
top = Counter(words).most_common(3)
for word, n in top:
    print(f"{word}: {n}")


class Tally(Counter):
    pass


t = Tally("hello")
print(t, type(t.copy()).__name__, isinstance(t, dict))
print(Counter({"x": 2.5, "y": 1}), Counter(["a", "b", "a"]) + Counter())
import collections
for kind in [collections.Counter, collections.OrderedDict, collections.defaultdict, collections.deque]:
    try:
        hash(kind())
    except TypeError as exc:
        print(kind.__name__, exc, kind.__hash__)
