# generator pipelines: lazy stages that print when they run
def source(n):
    for i in range(n):
        print(' source', i)
        yield i
def square(xs):
    for x in xs:
        print(' square', x)
        yield x * x
def only_odd(xs):
    for x in xs:
        if x % 2:
            yield x
pipe = only_odd(square(source(5)))
print('pipeline built')
for v in pipe:
    print('result', v)
def running_mean(xs):
    total = 0
    for i, x in enumerate(xs, 1):
        total += x
        yield total / i
print(list(running_mean([2, 4, 6, 8])))
def window(xs, k):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(6), 3)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])
words = (w for w in 'a bb ccc dd e'.split())
long_words = (w for w in words if len(w) > 1)
lengths = (len(w) for w in long_words)
print(list(lengths))
def cycle(xs):
    while True:
        yield from xs
c = cycle('xyz')
print(''.join(next(c) for _ in range(8)))
