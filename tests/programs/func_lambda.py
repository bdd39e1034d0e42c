# lambda expressions: defaults, varargs, higher-order use, recursion through a name
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: 'no args')())
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
print(list(map(lambda x: x * 2, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(sq.__name__, (lambda: 0).__name__)
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
       '/': lambda a, b: a / b, '//': lambda a, b: a // b, '**': lambda a, b: a ** b}
for sym in ops:
    print(7, sym, 3, '=', ops[sym](7, 3))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(10))
print([(lambda x: x ** 2)(i) for i in range(4)])
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
print(Y(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))(6))
key_fns = [lambda s: s, lambda s: -len(s), lambda s: s[::-1]]
for kf in key_fns:
    print(sorted(['ccc', 'a', 'bb', 'ab'], key=kf))
