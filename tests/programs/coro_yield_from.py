# yield from delegates send, throw and close to the inner generator (or iterator).
def inner():
    try:
        got = yield "inner 1"
        print("inner got", got)
        yield "inner 2"
    except ValueError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
        return "inner result"
    finally:
        print("inner finally")
    return "inner done"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer last"


g = outer()
print(next(g), g.send("hi"), g.throw(ValueError("v")))
print(next(g), g.gi_yieldfrom)
g = outer()
next(g)
print(type(g.gi_yieldfrom).__name__)
g.close()
print("closed", g.gi_suspended)
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("outer saw", repr(e))


class Echo:
    """An iterator with throw() and close(), used by yield from."""

    def __iter__(self):
        return self

    def __next__(self):
        return "echo"

    def throw(self, typ, val=None, tb=None):
        print("Echo.throw", typ.__name__)
        raise StopIteration("echo stopped")

    def close(self):
        print("Echo.close")


def via_echo():
    r = yield from Echo()
    print("via_echo result", r)
    yield "after echo"


e = via_echo()
print(next(e), e.throw(IndexError))
e.close()
e = via_echo()
next(e)
e.close()


def plain_iter():
    r = yield from [1, 2]
    print("list result", r)


print(list(plain_iter()))
p = plain_iter()
next(p)
try:
    p.throw(TypeError("into list"))
except TypeError as err:
    print("propagated", err)
