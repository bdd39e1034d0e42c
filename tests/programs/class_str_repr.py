# how print, str, repr and containers pick __str__ or __repr__
class Both:
    def __str__(self):
        return 'Both-str'
    def __repr__(self):
        return 'Both-repr'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return f'StrOnly<{self.v}>'
b, r, s = Both(), ReprOnly(), StrOnly(1)
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {'k': b}, {1: r})
print(f'{b} {b!r} {r} {s}', '%s|%r' % (b, b))
print('{} {!r}'.format(b, r), format(b), format(r))
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return f'Node({self.val!r})'
        return f'Node({self.val!r}, {self.children!r})'
tree = Node('root', [Node('a'), Node('b', [Node('c'), Node(1)])])
print(tree)
print(repr(tree.children[1]), str(tree.children[0]))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'
    def __repr__(self):
        return f'Money({self.cents})'
    def __format__(self, spec):
        return format(str(self), spec)
wallet = [Money(5), Money(1999), Money(100000)]
print(wallet)
for m in wallet:
    print(f'{m:>12}|', str(m), repr(m))
class Exc(Exception):
    def __str__(self):
        return 'custom exception text'
print(Exc(), repr(Exc('a')), str(Exc()))
