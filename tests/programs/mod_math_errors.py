# math: argument-count and keyword errors of every function, and edge values (messages as CPython)
import math


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for n in sorted(dir(math)):
    f = getattr(math, n)
    if not callable(f):
        continue
    for a in [(), (1, 2, 3, 4)]:
        try:
            f(*a)
            print(n, 'ok')
        except Exception as e:
            print(n, type(e).__name__, e)
    try:
        f(1, x=1)
    except Exception as e:
        print(n, type(e).__name__, e)
t(math.hypot, 1e308, 1e308)
t(math.hypot, 1e-320, 1e-320)
t(math.hypot, 3, 4, math.inf, math.nan)
t(math.hypot, 1e-310, 3e-310, 5e-311)
t(math.hypot, 'a')
t(math.dist, (1, 'a'), (2, 3))
t(math.fsum, [1e16, 1., 1e-16])
t(math.fsum, [0.5, 2.0**53, -2.0**-54])
t(math.floor, True)
t(math.log, 1, 1)
t(math.log, 2**1100, 2**1100)
t(math.log, -10**400)
t(math.log10, 0)
t(math.log, math.inf)
t(math.pow, 0, -1)
t(math.fmod, 1, 0)
t(math.degrees, 10**400)
t(math.ldexp, 5e-324, -1)
t(math.ldexp, 1, 1023)
t(math.frexp, math.inf)
t(math.isclose, b=1)
t(math.isclose, a=1, b=1, x=2)
t(math.isclose, 1, a=2)
