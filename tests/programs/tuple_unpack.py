# tuple packing and unpacking, starred targets, nested targets, errors
t = (1, 2, 3)
a, b, c = t
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
p, q = q0, p0 = 5, 6
print(p, q, q0, p0)
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate([('x', 1), ('y', 2)]):
    print(i, k, v)
for first, *rest in [(1, 2, 3), (4,), 'ab']:
    print(first, rest)
first, *_ = 'hello'
print(first, _)
print(*t, sep='-')
print([*t, *'ab', *range(2)], (*t, 4), {*t}, {**{'a': 1}, 'b': 2})
single = (5,)
empty = ()
print(single, empty, len(single), len(empty), (5), ((1,),))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
