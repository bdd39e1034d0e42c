# collections.abc.Set / MutableSet mixins on a user class: comparisons, &, |, -, ^ with
# sets and other iterables (both sides), isdisjoint, _hash, add/discard/remove/pop/clear
# and the in-place operators.
from collections.abc import Set, MutableSet, Hashable

class Bag(MutableSet):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            self.add(x)
    def __contains__(self, x): return x in self._items
    def __iter__(self): return iter(list(self._items))
    def __len__(self): return len(self._items)
    def add(self, x):
        if x not in self._items:
            self._items.append(x)
    def discard(self, x):
        if x in self._items:
            self._items.remove(x)
    def __repr__(self): return f"Bag({sorted(self._items)})"

a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a & [2, 3, 9], a | (5,))
print(a == Bag([3, 2, 1]), a != b, a <= Bag([1, 2, 3, 4]), a < a, a >= {1, 2}, a > {1, 2}, a == {1, 2, 3})
print({1, 2, 3} == a, {1, 2} < a, frozenset({1}) <= a, a.isdisjoint([7, 8]), a.isdisjoint(b))
print(type({5, 1} - a).__name__, {5, 1} - a, sorted({5, 1} ^ a))
print(type(a - {1}).__name__, a - [1], [5, 1] - a, a.__rsub__([5, 1]))
try:
    a & 5
except TypeError as e:
    print(e)
try:
    a < [1, 2, 3, 4]
except TypeError as e:
    print(e)
a.remove(2)
print(a, 2 in a)
try:
    a.remove(2)
except KeyError as e:
    print("KeyError", e)
x = a.pop()
print(x, a)
a |= [7, 8]
a &= {7, 8, 3}
a ^= Bag([8, 9])
a -= [3]
print(a)
a ^= a
print(a, len(a))
a.add(1)
a.clear()
try:
    a.pop()
except KeyError as e:
    print("KeyError", repr(e))

class Frozen(Set):
    def __init__(self, it): self._s = frozenset(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    __hash__ = Set._hash
f = Frozen([1, 2, 3])
print(isinstance(f, Hashable), hash(f) == hash(Frozen([3, 2, 1])), hash(f) == hash(frozenset([1, 2, 3])))
print(hash(Frozen([])) == hash(frozenset()), hash(Frozen(['a', 'b'])) == hash(frozenset('ab')))
print(sorted(f | {4}), type(f & {1}).__name__, isinstance(f, MutableSet), isinstance(Bag(), Hashable))
