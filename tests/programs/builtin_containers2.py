d = {}
d["b"] = 1; d["a"] = 2; d["c"] = 3
del d["a"]
d["a"] = 4
print(d, list(d), d == {"a": 4, "b": 1, "c": 3}, list(d.items())[0], next(iter(d.values())))
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): 3}[(1, 2)], dict(a=1) == dict([("a", 1)]), {**d, "z": 0} | {"b": 9})
k = d.keys()
d["new"] = 5
print(len(k), "new" in k, k | {"x"} >= {"x"}, sorted(k & ["a", "b"]), sorted(k ^ {"a", "q"}), k.isdisjoint({"zz"}), reversed(k).__class__.__name__)
try:
    for key in d:
        d[key + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s = {1, 2}
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr({}.keys()), repr({1: 2}.items()), repr({1: 2}.values()), dict.fromkeys([]), {}.get(1, []), {"a": 1}.copy())
l = [5, 2, 8, 1]
l.sort(key=lambda x: -x); print(l)
l.sort(reverse=True, key=None); print(l)
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1, [2]] == [1, [2]], [1, 2] * 2, 3 * [0], [0] * -1)
l = [1, 2, 3, 4, 5]
l[1:3] = "ab"; print(l)
l[::2] = [0, 0, 0]; print(l)
del l[::2]; print(l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
l.extend(range(3)); l += "xy"; print(l, l.index(0, 2), l.count("x"))
t = (1, 2, 3, 2, 1)
print(t.index(2, 2), t.count(1), t[::-1], t[1:-1], hash(t) == hash((1, 2, 3, 2, 1)), (1, 2) + (3,), (1,) * 3, () < (1,))
r = range(10, 0, -3)
print(list(r), r[1], r[-1], r[::2], r[::-1], len(r), 4 in r, 4.0 in r, r.index(7), range(0) == range(2, 2), hash(range(3)) == hash(range(0, 3)))
print(range(5)[1:10], range(-5)[::1], list(range(1, 10, 4)), range(3).count(1), bool(range(0)), list(reversed(range(3))))
s = {3, 1, 2}
fs = frozenset({2, 3, 4})
print(s & fs, type(s & fs).__name__, type(fs & s).__name__, s - fs, fs - s, s ^ fs, s | fs == fs | s, s <= {1, 2, 3}, s < {1, 2, 3})
print({1, 2} == frozenset({1, 2}), {frozenset({1}): "x"}[frozenset({1})], set("hello") >= {"h"}, set() == set(), {1}.union(), set([1]).copy())
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {}[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
print(list(zip(*[(1, "a"), (2, "b")])), list(enumerate([], 5)), dict(enumerate("ab")), list(map(len, ["a", "bb"])), [*range(3), *"ab"])
print(sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1], reverse=True), max({"a": 3, "b": 5}, key={"a": 3, "b": 5}.get))
