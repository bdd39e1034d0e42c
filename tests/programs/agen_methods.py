# asend, athrow and aclose of async generators, and their errors.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                print("echo caught", repr(e))
                received = "after error"
    finally:
        print("echo finally")


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def raises_stop():
    raise StopAsyncIteration
    yield


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("bad")))
    print(await g.asend("again"))
    await g.aclose()
    try:
        await g.asend("x")
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")
    await g.aclose()
    b = stubborn()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await raises_stop().__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)
    e2 = echo()
    await e2.__anext__()
    try:
        await e2.athrow(KeyError("k"))
    except KeyError as e:
        print("KeyError propagated", e)
    aw = echo().__anext__()
    print(type(aw).__name__)
    try:
        aw.send("not none")
    except TypeError as e:
        print("TypeError:", e)
    try:
        aw.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "done"


print(run(main()))
