# math: fsum (exactly rounded), isclose, dist, hypot, trunc/floor/ceil through dunders, __float__
import math


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)))
print(repr(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])))
print(repr(math.fsum([1.0, 1e-16, 1e-16])), repr(math.fsum([])), repr(math.fsum(range(10))))
print(repr(math.fsum([2.0**53, -0.5, -2.0**-54])), repr(math.fsum([1e308, -1e308, 1e-300])))
print(repr(math.fsum([math.inf, 1.0])), repr(math.fsum([math.nan, 1.0])), repr(math.fsum([-0.0])))
t(math.fsum, [1e308, 1e308])
t(math.fsum, [math.inf, -math.inf])
t(math.fsum, [1, 'a'])
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
t(math.isclose, 1, 2, rel_tol=-1)
t(math.isclose, 1, 2, 3)
t(math.isclose, 1, "x")
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((), ()), math.dist((5,), (2,)))
print(math.hypot(), math.hypot(3, 4), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(math.inf, math.nan))
t(math.dist, [1, 2], [3])
t(math.dist, 1, 2)


class Num:
    def __float__(self):
        return 2.25

    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return 99

    def __trunc__(self):
        return -7


class OnlyFloat:
    def __float__(self):
        return 7.5


print(math.sqrt(Num()), math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()), math.exp(OnlyFloat()) > 1000)
print(math.trunc(3.9), math.trunc(-3.9), math.trunc(10**30), math.trunc(True), math.floor(-0.5), math.ceil(-0.5))
t(math.trunc, "x")
t(math.floor, "x")
t(math.trunc, OnlyFloat())
t(math.floor, math.inf)
t(math.ceil, math.nan)
print(math.pi, math.e, math.tau, math.inf, math.nan)
names = [n for n in dir(math) if not n.startswith('_')]
print(len(names), names)
