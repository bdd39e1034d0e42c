# TypeError: unsupported operand type(s) for every binary operator
pairs = [(1, 'a'), ('a', 1), (1.5, [1]), ([1], 1.5), (None, 1), ({}, {}), ((1,), [1]), (1j, 'x')]
ops = [
    ('+', lambda a, b: a + b),
    ('-', lambda a, b: a - b),
    ('*', lambda a, b: a * b),
    ('/', lambda a, b: a / b),
    ('//', lambda a, b: a // b),
    ('%', lambda a, b: a % b),
    ('**', lambda a, b: a ** b),
    ('<<', lambda a, b: a << b),
    ('&', lambda a, b: a & b),
    ('<', lambda a, b: a < b),
]
for a, b in pairs:
    for sym, fn in ops:
        try:
            r = fn(a, b)
            print(repr(a), sym, repr(b), '=', repr(r))
        except TypeError as e:
            print(repr(a), sym, repr(b), '->', e)
x = 1
try:
    x += 'a'
except TypeError as e:
    print('augmented:', e)
lst = [1]
try:
    lst += 5
except TypeError as e:
    print('augmented list:', e)
try:
    print(-[1])
except TypeError as e:
    print('unary:', e)
try:
    print(~1.5)
except TypeError as e:
    print('invert:', e)
