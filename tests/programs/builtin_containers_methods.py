print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 6), d)
print(d.popitem(), d, d.pop("a"), d.pop("z", "dflt"), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError:", e)
d = {"x": 1, "y": 2}
d |= [("z", 3)]
print(d, d | {"w": 0}, {"q": 1} | d)
print(list(d.keys()), list(d.values()), list(d.items()), d.get("q"), d.get("x", 0), len(d), "x" in d)
d2 = d.copy(); d2.update({"x": 10}, y=20); d2.update([("k", 0)])
print(d2, d == d2, d.keys() & {"x", "q"}, sorted(d.keys() - {"x"}), list(reversed(d)))
print(d.items() == {("x", 1), ("y", 2), ("z", 3)}, ("x", 1) in d.items(), repr(d.keys()), repr({}.values()))
l = [3, 1, 2]
l.sort(); l.reverse(); l.insert(1, 9); l.extend((7,)); print(l, l.index(9), l.count(1), l.pop(), l.pop(0), l)
l.remove(9); l.clear(); print(l, [1, 2].copy(), [1] * 3, [1, 2] + [3])
try:
    [1].remove(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
s = {1, 2, 3}
print(s.union([4]), s.intersection({2, 3, 5}), s.difference({1}), s.symmetric_difference({3, 4}), s.issubset({1, 2, 3, 4}), s.issuperset({1}), s.isdisjoint({7}))
s.add(4); s.discard(10); s.remove(1); print(s, s.pop() in {2, 3, 4}, len(s))
s = {1, 2}; s.update([3], (4,)); s.intersection_update({1, 2, 3}); s.difference_update({1}); s.symmetric_difference_update({9}); print(sorted(s))
try:
    set().remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([1, 2])
print(fs, fs | {3}, type(fs | {3}).__name__, hash(fs) == hash(frozenset([2, 1])), fs.union([5]), frozenset(), fs.copy() is fs)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, (1,) < (1, 2), tuple("ab"), tuple())
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
r = range(0, 20, 3)
print(r, r[2], r[-1], r[1:3], len(r), 9 in r, 10 in r, r.index(9), r.count(3), r.start, r.stop, r.step, list(reversed(r))[:2], range(5) == range(0, 5))
try:
    r.index(10)
except ValueError as e:
    print("ValueError:", e)
print(sorted({"b": 1, "a": 2}), sorted(d.items(), key=lambda kv: -kv[1]), {1: 2}.__len__(), dict(zip("ab", [1, 2])), dict([("a", 1)], b=2))
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
