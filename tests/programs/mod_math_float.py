# math's float functions: hyperbolic, error/gamma, exp/log variants, frexp/ldexp/modf, ulp
import math


def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


for x in (0.0, 0.5, 1.0, -2.0, 3.25):
    print(x, repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)), repr(math.asinh(x)))
print(repr(math.acosh(1.0)), repr(math.acosh(2.0)), repr(math.atanh(0.5)), repr(math.atanh(-0.25)))
print(repr(math.expm1(1e-10)), repr(math.expm1(1.0)), repr(math.log1p(1e-10)), repr(math.log1p(1.0)))
print(repr(math.erf(0.0)), repr(math.erf(1.0)), repr(math.erfc(1.0)), repr(math.erfc(-2.0)))
print(repr(math.gamma(5)), repr(math.gamma(0.5)), repr(math.gamma(1)), repr(math.lgamma(10)), repr(math.lgamma(1)))
print(repr(math.cbrt(27)), repr(math.cbrt(-8.0)), repr(math.exp2(10)), repr(math.exp2(-1)))
print(repr(math.degrees(math.pi)), repr(math.radians(180)), repr(math.fabs(-3)))
print(math.frexp(0.0), math.frexp(8.0), math.frexp(-0.75), math.frexp(1e300))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -10**30), math.ldexp(math.inf, 5))
print(math.modf(3.5), math.modf(-2.25), math.modf(math.inf), math.modf(-math.inf))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(2.0, 2.0))
print(math.remainder(10, 3), math.remainder(11, 2), math.remainder(-7.5, 2), math.remainder(5, math.inf))
print(math.log(10**400), math.log2(10**400), math.log10(10**400), math.log(2**2000, 2))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e))
print(math.sqrt(10**20), math.exp(1), math.pow(2, 0.5))
t(math.gamma, 0)
t(math.gamma, -1)
t(math.gamma, 200)
t(math.lgamma, 0)
t(math.gamma, -math.inf)
t(math.atanh, 1)
t(math.acosh, 0.5)
t(math.log1p, -1)
t(math.sinh, 1000)
t(math.exp2, 5000)
t(math.remainder, 1, 0)
t(math.remainder, math.inf, 1)
t(math.nextafter, 1, 2, 3)
t(math.ldexp, 1.0, 2.0)
t(math.ldexp, 1.0, 10**30)
t(math.log, 0)
t(math.log, -1, 2)
t(math.log, 10, 1)
t(math.log, 0.0)
t(math.log2, -(10**400))
t(math.sqrt, 10**400)
t(math.sqrt, -1)
t(math.cosh, "x")
