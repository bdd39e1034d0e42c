# tuple operations: indexing, methods, concatenation, immutability, hashing
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[0], t[-1], t[2:5], t[::-1])
print(t.count(1), t.index(5), 4 in t, 7 in t)
print(t + (0,), (0,) * 3, tuple('abc'), tuple([1, 2]), tuple(range(3)))
print(min(t), max(t), sum(t), sorted(t))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (1, [2]) == (1, [2]))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0])
d = {(0, 0): 'origin', (1, 0): 'east'}
print(d[(0, 0)], d[1, 0])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 2])
print(lo, hi, minmax('hello'))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2]
tt = (lst, 3)
lst.append(9)
print(tt)
print(type(()).__name__, tuple() == (), (1,) != (1, 0))
u = t
u += (7,)
print(t, u, u is t)
