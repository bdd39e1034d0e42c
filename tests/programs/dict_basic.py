# dict: insertion order, get/setdefault/pop/update/popitem, del, merging
d = {'one': 1, 'two': 2}
d['three'] = 3
print(d, len(d))
print(d['two'], d.get('four'), d.get('four', 4), d.get('one', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
d['one'] = 100
print(d)
del d['two']
print(d, 'two' in d, 'three' in d)
d['two'] = 2
print(d)
print(d.pop('one'), d, d.pop('zzz', 'default'))
print(d.setdefault('x', []), d)
d.setdefault('x', []).append(1)
d.setdefault('x', []).append(2)
print(d)
d.update({'a': 1, 'three': 33})
d.update(b=2)
d.update([('c', 3)])
print(d)
print(d.popitem(), d)
e = dict(a=1, b=2)
f = dict([('x', 1), ('y', 2)])
g = dict(zip('abc', range(3)))
print(e, f, g, dict(e, c=3))
print({**e, **f, 'a': 0}, e | {'z': 26})
e |= {'b': 20}
print(e)
print(d.copy() == d, d.copy() is d, {} == dict())
d.clear()
print(d, bool(d), len(d))
