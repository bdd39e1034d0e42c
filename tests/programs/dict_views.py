# dict views are live; set operations on keys; iteration errors
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d['d'] = 4
print(k, len(v), ('d', 4) in it, 'a' in k, 5 in v)
print(sorted(k & {'a', 'z'}), sorted(k - {'a'}), sorted(k | {'z'}), sorted(k ^ {'a', 'q'}))
del d['a']
print(list(k), list(v), list(it))
print(sum(v), max(k), sorted(v, reverse=True))
try:
    for key in d:
        d[key + '!'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
try:
    print(d['zz'])
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    print({1: 2}[(1, 2)])
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop('nope')
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
for key, value in sorted(d.items()):
    print(f'{key!r:>6} = {value}')
print(dict(sorted(d.items(), key=lambda kv: -kv[1])))
