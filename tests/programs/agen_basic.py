# Async generators: async for, __anext__, async comprehensions, StopAsyncIteration.
def run(coro):
    """Drives a coroutine that never suspends."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


async def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("countdown done")


async def squares(source):
    async for v in source:
        yield v * v


class Ticker:
    """A class-based async iterator."""
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


async def main():
    async for v in countdown(3):
        print("v", v)
    print([x async for x in squares(countdown(4))])
    print({x: x % 2 async for x in Ticker(3)})
    print([x async for x in Ticker(5) if x > 20])
    g = countdown(2)
    print(type(g).__name__, g.__name__, g.ag_running)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async for v in countdown(5):
        if v == 3:
            break
        print("early", v)
    else:
        print("not reached")
    total = 0
    async for t in Ticker(4):
        total += t
    print("total", total)
    for bad in (5, [1, 2]):
        try:
            async for _ in bad:
                pass
        except TypeError as e:
            print("TypeError:", e)
    return "ok"


print(run(main()))
