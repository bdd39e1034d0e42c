# the three ZeroDivisionError messages, and catching them in a loop
values = [(1, 0), (1.0, 0), (1, 0.0), (-5, 0), (0, 0), (2 ** 100, 0), (1.5, -0.0)]
for a, b in values:
    for name, op in (('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y), ('divmod', divmod)):
        try:
            print(a, name, b, op(a, b))
        except ZeroDivisionError as e:
            print(a, name, b, '->', type(e).__name__, e)
try:
    x = 10
    x /= 0
except ZeroDivisionError as e:
    print('augmented', e)
try:
    x = 10
    x //= 0
except ZeroDivisionError as e:
    print('augmented', e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print('pow', e)
try:
    0 ** -2
except ZeroDivisionError as e:
    print('power', e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print('complex', e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
