# sets of ints: operators, methods, in-place updates
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({7, 8}), a.issubset(range(10)))
s = set()
for x in [5, 3, 5, 1, 3, 3, 9]:
    s.add(x)
    print(x, sorted(s), len(s))
s.discard(100)
s.discard(5)
s.remove(3)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(sorted({x % 5 for x in range(20)}), set(range(3)), set([2, 2, 1]))
print(set(), {1} == {1.0}, len({1, 1.0, True}), {0} == {False})
c = {10, 20}
c |= {30}
c &= {10, 30, 40}
print(sorted(c))
c -= {10}
c ^= {99, 30}
print(c)
p = {1, 2, 3}
print(p.pop() in {1, 2, 3}, len(p))
print(sum({1, 2, 3}), max({4, 9, 2}), 2 in {1, 2}, 2 not in {1, 2})
seen = set()
dups = []
for v in [4, 1, 4, 2, 1, 7, 4]:
    if v in seen:
        dups.append(v)
    seen.add(v)
print(dups, sorted(seen), len(seen))
u = {1, 2}
u.update([3, 4], (5,))
print(sorted(u), u.copy() == u, u.copy() is u)
u.clear()
print(u, type(u).__name__)
