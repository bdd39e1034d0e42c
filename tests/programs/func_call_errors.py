# TypeError messages for bad calls
def f(a, b, *, c):
    return a + b + c
def g(x, /, y):
    return x, y
def h(p, q=1):
    return p, q
five = 5
text = 'abc'
nothing = None
tests = [
    lambda: f(1, 2),
    lambda: f(1, c=3),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2, c=3, a=5),
    lambda: g(x=1, y=2),
    lambda: g(),
    lambda: h(),
    lambda: h(1, 2, 3),
    lambda: h(1, **{'q': 2, 'r': 3}),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(five),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: f(*five),
    lambda: f(**five),
    lambda: abs('x'),
    lambda: h(1, p=2),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, type(e).__name__, e)
print(f(1, 2, c=3), g(1, 2), h(5), h(q=3, p=4))
