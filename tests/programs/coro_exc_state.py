# Each generator and coroutine has its own exception being handled (sys.exc_info()).
import sys


def name():
    e = sys.exc_info()[1]
    return None if e is None else repr(e)


def gen():
    print("start", name())
    try:
        raise KeyError("gen")
    except KeyError:
        yield name()
        yield name()
    yield name()


g = gen()
print(next(g), name())
try:
    raise TypeError("caller")
except TypeError:
    print(next(g), name())
    print(next(g), name())
print(name())


def reraiser():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        raise


r = reraiser()
next(r)
try:
    next(r)
except ValueError as e:
    print("re-raised", repr(e), repr(e.__context__))


def thrower():
    try:
        yield 1
    except Exception as e:
        print("thrown in", repr(e), repr(e.__context__))
        yield 2


t = thrower()
next(t)
try:
    raise OSError("outside")
except OSError:
    print(t.throw(RuntimeError("x")))


def stops():
    yield 1
    raise StopIteration("bad")


try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
print(sys.exception())
