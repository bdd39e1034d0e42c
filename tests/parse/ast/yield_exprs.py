def f():
    yield
    yield x
    yield x, y
    yield (x, y)
    yield *a, b
    yield from x
    yield from f()
    x = yield
    x = yield y
    x = yield from y
    f((yield))
    f((yield x))
    y = (yield) + 1
    await_ = [(yield z)]
    return (yield from w)
def g():
    x: int = yield
    for i in (yield):
        pass
    with (yield) as v:
        pass
    yield 1,
lambda: (yield)
