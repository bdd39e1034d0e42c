# the talk's example `x = y + 4`, wrapped in a function and run with several kinds of y
def f(y):
    x = y + 4
    return x
print(f(1))
print(f(-4))
print(f(38))
print(f(2.5))
print(f(0.1))
print(f(10 ** 20))
print(f(-(2 ** 64)))
print(f(True))
print(f(1j))
results = [f(y) for y in range(-5, 6)]
print(results)
try:
    f('y')
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(None)
except TypeError as e:
    print(type(e).__name__, e)
g = f
print(g(g(g(0))), f.__name__)
