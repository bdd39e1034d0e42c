# dict keys of several types; equal numbers share a key; objects with __hash__
d = {}
d[1] = 'int one'
d[2.5] = 'float'
d[(1, 2)] = 'tuple'
d[None] = 'none'
d['s'] = 'str'
d[frozenset({1})] = 'frozenset'
d[-0.0] = 'neg zero'
print(d)
d[1.0] = 'float one replaces value'
d[0] = 'zero replaces too'
print(d, len(d))
print(d[True], d[(1, 2)], d.get(0.0), 2.5 in d)
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        return self.name.lower() == other.name.lower()
    def __repr__(self):
        return f'Key({self.name})'
e = {Key('Alpha'): 1}
e[Key('ALPHA')] = 2
e[Key('beta')] = 3
print(e, e[Key('alpha')])
try:
    d[[1]] = 'list'
except TypeError as err:
    print(type(err).__name__, err)
try:
    d[{}] = 'dict'
except TypeError as err:
    print(type(err).__name__, err)
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[r, c]
print(paths(16, 16), len(memo))
