# f-string conversions !s !r !a and __format__ / __str__ / __repr__ of a class
class Thing:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'Thing({self.n!r})'
    def __str__(self):
        return f'thing #{self.n}'
    def __format__(self, spec):
        if spec == 'loud':
            return str(self).upper()
        return format(str(self), spec)
t = Thing(7)
print(f'{t}')
print(f'{t!r}')
print(f'{t!s}')
print(f'{t:loud}')
print(f'{t:>15}|')
print(f'{t!r:>15}|')
print(f'{t!s:*^15}|')
s = 'quote\'s "here"'
print(f'{s}', f'{s!r}', f'{s!a}')
print(f'{[t, t]}', f'{(t,)}', f'{ {"k": t} }')
print(str(t), repr(t), format(t, 'loud'), format(t, ''))
print(f'{3.0!r} {3.0!s} {None!r} {True} {None}')
u = Thing('ü')
print(f'{u!r} {u!a} {u}')
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
o = OnlyRepr()
print(f'{o} {o!s} {o!r}', str(o), [o])
class OnlyStr:
    def __str__(self):
        return 'only-str'
print(f'{OnlyStr()}', str(OnlyStr()), '%s' % OnlyStr())
