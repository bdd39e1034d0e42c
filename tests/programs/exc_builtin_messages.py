# messages of common built-in exceptions, printed via type(e).__name__ and str(e)
five = 5
nothing = None
cases = [
    ('int/0', lambda: 1 / 0),
    ('int//0', lambda: 1 // 0),
    ('int%0', lambda: 1 % 0),
    ('divmod', lambda: divmod(1, 0)),
    ('float/0', lambda: 1.0 / 0),
    ('float//0', lambda: 1.0 // 0.0),
    ('float%0', lambda: 1.0 % 0),
    ('zero**-1', lambda: 0.0 ** -1),
    ('int+str', lambda: 1 + 'a'),
    ('str+int', lambda: 'a' + 1),
    ('list+tuple', lambda: [1] + (2,)),
    ('int-None', lambda: five - nothing),
    ('unary', lambda: -'a'),
    ('str*str', lambda: 'a' * 'b'),
    ('list index', lambda: [1, 2][5]),
    ('tuple index', lambda: (1,)[3]),
    ('str index', lambda: 'ab'[9]),
    ('key str', lambda: {}['x']),
    ('key int', lambda: {1: 2}[3]),
    ('attr int', lambda: five.foo),
    ('attr None', lambda: nothing.bar),
    ('name', lambda: undefined_name),
    ('int()', lambda: int('abc')),
    ('float()', lambda: float('x.5')),
    ('iter', lambda: iter(five)),
    ('subscript', lambda: five[0]),
    ('str attr', lambda: 'abc'.__setitem__),
    ('unhashable', lambda: {[]: 1}),
    ('call', lambda: five()),
    ('next', lambda: next(iter([]))),
    ('chr', lambda: chr(-1)),
    ('ord', lambda: ord('ab')),
    ('pow', lambda: pow(2, -1, 4)),
    ('overflow', lambda: 10.0 ** 400),
    ('len', lambda: len(five)),
    ('min', lambda: min([])),
    ('int base', lambda: int('12', 2)),
    ('join', lambda: ','.join([1, 2])),
]
for name, fn in cases:
    try:
        fn()
        print(name, 'no error')
    except Exception as e:
        print(f'{name:12} -> {type(e).__name__}: {e}')
