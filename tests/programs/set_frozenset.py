# frozenset: hashable, usable as a dict key and set member; mixing with set
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, type(f).__name__)
g = frozenset(range(2, 6))
print(f | g, f & g, f - g, type(f | g).__name__)
print({1, 2} | f, type({1, 2} | f).__name__, type(f | {9}).__name__)
print({f: 'frozen key'}[frozenset({1, 2, 3})])
s = {f, frozenset()}
print(len(s), frozenset() in s, f in s)
print(frozenset() == set(), f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
print(frozenset(), frozenset([0]), sorted(frozenset(range(10, 0, -2))))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {frozenset(), {1}}
except TypeError as e:
    print(type(e).__name__, e)
groups = {}
for combo in [(1, 2), (2, 1), (3, 1), (1, 3), (2, 2)]:
    key = frozenset(combo)
    groups[key] = groups.get(key, 0) + 1
for key, n in groups.items():
    print(sorted(key), n)
