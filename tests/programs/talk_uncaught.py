# the talk's example ending in an uncaught TypeError from y + 4
def f(y):
    x = y + 4
    return x
for y in [1, 2.0, -3, 10 ** 20, True]:
    print(repr(y), f(y))
try:
    f([1])
except TypeError as e:
    print('caught', e)
print('now without a handler')
print(f('four'))
print('not reached')
