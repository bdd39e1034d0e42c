# Coroutines driven by hand: send, return values, await chains, reuse errors.
async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, 1)
    return [first, second]


def run(coro):
    """Drives a coroutine that never suspends; returns its result."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


print(run(twice(5)))
c = twice(1)
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError("late"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.close())

c = twice(2)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
c = add(1, 2)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()


async def nested(n):
    if n == 0:
        return 0
    return 1 + await nested(n - 1)


print(run(nested(50)))
w = add(3, 4).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)


async def fails():
    await add(1, 2)
    raise KeyError("inside")


try:
    run(fails())
except KeyError as e:
    print("KeyError:", e)
