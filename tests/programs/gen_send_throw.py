# generator send(), throw(), close() and finally inside generators
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = accumulator()
print(next(g))
for v in [5, 10, 20]:
    print('sent', v, 'got', g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print('final', e.value)
def echo():
    try:
        while True:
            try:
                x = yield
                print('echo', x)
            except ValueError as e:
                print('handled', e)
    finally:
        print('cleanup')
e = echo()
next(e)
e.send('a')
e.throw(ValueError('bad'))
e.send('b')
e.close()
print('closed')
def delegator():
    r = yield from accumulator()
    yield 'sub total ' + str(r)
d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError('inside'))
except KeyError as err:
    print('propagated', repr(err))
print(next(f, 'finished'))
try:
    accumulator().send(5)
except TypeError as err:
    print(type(err).__name__, err)
