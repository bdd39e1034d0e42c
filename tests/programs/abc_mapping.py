# collections.abc.Mapping / MutableMapping mixins on a user class: get, in, keys/items/
# values views (set operations, repr, len), ==, pop, popitem, clear, update, setdefault.
from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView, Set

class Pairs(MutableMapping):
    def __init__(self, *args, **kw):
        self._keys, self._vals = [], []
        self.update(*args, **kw)
    def __getitem__(self, k):
        for i, key in enumerate(self._keys):
            if key == k:
                return self._vals[i]
        raise KeyError(k)
    def __setitem__(self, k, v):
        try:
            self._vals[self._keys.index(k)] = v
        except ValueError:
            self._keys.append(k)
            self._vals.append(v)
    def __delitem__(self, k):
        i = self._keys.index(k) if k in self._keys else None
        if i is None:
            raise KeyError(k)
        del self._keys[i], self._vals[i]
    def __iter__(self): return iter(list(self._keys))
    def __len__(self): return len(self._keys)
    def __repr__(self): return f"Pairs({len(self)})"

p = Pairs({'a': 1}, b=2)
p.update([('c', 3)])
p.update(Pairs(d=4))
print(len(p), list(p), p['c'], p.get('z'), p.get('z', 0), 'a' in p, 'z' in p)
print(p.keys(), list(p.items()), list(p.values()))
print(isinstance(p.keys(), KeysView), isinstance(p.items(), Set), isinstance(p.values(), ValuesView))
print(p.keys() & {'a', 'c', 'x'} == {'a', 'c'}, sorted(p.keys() | {'x'}), sorted(p.keys() - {'a'}))
print(('a', 1) in p.items(), ('a', 2) in p.items(), 3 in p.values(), 9 in p.values())
print(p == {'a': 1, 'b': 2, 'c': 3, 'd': 4}, p == {'a': 1}, p != Pairs(), p == [1])
print(p.pop('a'), p.pop('a', 'gone'), p.setdefault('b', 9), p.setdefault('e', 5), dict(p))
try:
    p.pop('nope')
except KeyError as e:
    print("KeyError", e)
print(p.popitem(), len(p))
p.clear()
try:
    p.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(len(p), dict(p), p.__reversed__, Mapping.__hash__)
try:
    Pairs(1, 2)
except TypeError as e:
    print("TypeError")

class Frozen(Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
f = Frozen({'x': 1, 'y': 2})
print(f.get('x'), f == {'y': 2, 'x': 1}, {'x': 1, 'y': 2} == f, list(f.items()), repr(f.values())[:11])
print(isinstance(f, MutableMapping), isinstance(f, Mapping), issubclass(dict, Mapping))
try:
    hash(f)
except TypeError as e:
    print(e)
