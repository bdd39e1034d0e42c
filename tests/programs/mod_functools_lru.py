# functools.lru_cache and cache: hits/misses, eviction order, typed, methods, wrappers.
import functools
from functools import lru_cache


@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__, sq.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@functools.cache
def add(x, y=1):
    return x + y


print(add(1), add(1, y=1), add(1), add(2, 3), add.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(1), kind.cache_info(), kind.cache_parameters())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


class Shape:
    calls = 0

    @lru_cache(maxsize=None)
    def area(self, scale):
        Shape.calls += 1
        return 10 * scale


s = Shape()
print(s.area(2), s.area(2), s.area(3), Shape.calls, Shape.area.cache_info().hits)


def doc_me(a):
    "Returns a."
    return a


wrapped = lru_cache(maxsize=None)(doc_me)
print(wrapped.__doc__, wrapped.__qualname__, wrapped(5), type(wrapped).__name__)
try:
    lru_cache("x")
except TypeError as exc:
    print("TypeError", exc)
try:
    sq([1])
except TypeError as exc:
    print("TypeError", exc)
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields)
