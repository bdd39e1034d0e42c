# await on objects with __await__ and the errors of bad awaitables.
class Box:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        sent = yield ("box", self.v)
        return self.v + sent


class NotIter:
    def __await__(self):
        return 5


class GivesCoro:
    def __await__(self):
        self.coro = helper()
        return self.coro


async def helper():
    return 1


async def main():
    r = await Box(10)
    print("box result", r)
    for bad in (3, NotIter(), GivesCoro(), "s"):
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)
        if isinstance(bad, GivesCoro):
            bad.coro.close()
    co = helper()
    print(await co)
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "done"


c = main()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("finished", e.value)


def gen():
    yield 1


async def uses_gen():
    await gen()


try:
    uses_gen().send(None)
except TypeError as e:
    print("TypeError:", e)


pending = helper()


def plain():
    yield from pending


try:
    next(plain())
except TypeError as e:
    print("TypeError:", e)
pending.close()
