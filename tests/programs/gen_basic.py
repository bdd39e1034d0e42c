# generators: lazy execution order, StopIteration, return values, infinite generators
def count_up(n):
    print('start')
    i = 0
    while i < n:
        print('yield', i)
        yield i
        i += 1
    print('end')
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
for v in g:
    print('loop got', v)
try:
    next(g)
except StopIteration:
    print('exhausted')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), list(take(0, fib())))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
def with_return():
    yield 1
    return 'done'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return value', e.value)
print(list(with_return()))
def evens_until(limit):
    n = 0
    while True:
        if n > limit:
            return
        if n % 2 == 0:
            yield n
        n += 1
print(list(evens_until(11)), 6 in evens_until(100), 7 in evens_until(10))
gen = (c.upper() for c in 'abc')
print(next(gen), list(gen), list(gen))
