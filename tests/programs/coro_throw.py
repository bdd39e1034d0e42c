# throw() and close() reach the innermost awaited iterator, as in CPython.
class Wait:
    """An awaitable that suspends once, yielding its tag."""
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def inner():
    try:
        v = await Wait("inner-wait")
        print("inner got", v)
    except ValueError as e:
        print("inner caught", repr(e))
        return "recovered"
    finally:
        print("inner finally")
    return "normal"


async def outer():
    r = await inner()
    print("outer got", r)
    v = await Wait("outer-wait")
    return v


c = outer()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_running, c.cr_suspended)
print(c.throw(ValueError("boom")))
try:
    c.send("last")
except StopIteration as e:
    print("result", e.value)

c = outer()
c.send(None)
c.close()
print("closed, suspended:", c.cr_suspended)

c = outer()
c.send(None)
try:
    c.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("propagated", e)

c = outer()
print(c.send(None))
print(c.send(7))
try:
    c.send(8)
except StopIteration as e:
    print("result", e.value)


async def stubborn():
    try:
        await Wait("s")
    except GeneratorExit:
        await Wait("again")


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
