# collections.abc.Sequence / MutableSequence mixins on a user class: iteration, in,
# reversed, index (with start/stop), count, append, extend, insert, pop, remove,
# reverse, clear, +=, and the errors they raise.
from collections.abc import Sequence, MutableSequence, Reversible, Collection

class Squares(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Squares(6)
print(list(s), 16 in s, 17 in s, list(reversed(s)), s.index(9), s.count(4))
print(s.index(25, 2), s.index(16, -3), s.index(1, 0, 2))
for args in ((7,), (0, 1), (16, 0, 3)):
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError", repr(e))
print(isinstance(s, Reversible), isinstance(s, Collection), isinstance(s, MutableSequence))

class Arr(MutableSequence):
    def __init__(self, items=()): self._d = list(items)
    def __len__(self): return len(self._d)
    def __getitem__(self, i): return self._d[i]
    def __setitem__(self, i, v): self._d[i] = v
    def __delitem__(self, i): del self._d[i]
    def insert(self, i, v): self._d.insert(i, v)
    def __repr__(self): return f"Arr({self._d})"

a = Arr([3, 1])
a.append(4)
a.extend([1, 5])
a.extend(a)
print(a, len(a))
a += (9, 2)
print(a, a.pop(), a.pop(0), a)
a.remove(1)
print(a, a.count(1), a.index(5))
a.reverse()
print(a)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError", repr(e))
a.clear()
print(a, len(a))
try:
    a.pop()
except IndexError as e:
    print("IndexError", e)
b = Arr("xyz")
b.reverse()
print(b, "".join(b), list(reversed(b)))
try:
    MutableSequence()
except TypeError as e:
    print(e)
class Half(MutableSequence):
    def __len__(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
