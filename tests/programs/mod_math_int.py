# math's integer functions: factorial, comb, perm, isqrt, lcm, gcd, prod (exact big ints)
import math


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(math.factorial(0), math.factorial(1), math.factorial(20))
print(math.factorial(100))
print(math.comb(100, 50), math.comb(10, 3), math.comb(5, 7), math.comb(10**30, 2))
print(math.perm(10, 3), math.perm(5), math.perm(5, 9), math.perm(30, 20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**100))
print(math.isqrt(2 * 10**60), math.isqrt(True))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**70, 3**40))
print(math.gcd(12, 18), math.gcd(), math.gcd(-4, 6))
print(math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2, 3]))
print(math.prod([2, 3], start=10), math.prod(['ab'], start=3), math.prod([], start='s'))
print(math.prod([[1], 2]), math.prod(range(1, 40)))


class Idx:
    def __index__(self):
        return 6


print(math.factorial(Idx()), math.comb(Idx(), 2), math.isqrt(Idx()), math.gcd(Idx(), 4), math.lcm(Idx(), 4))
print(math.gcd(True, 4), math.gcd(-2**80, 2**70 * 3), math.gcd(0, 0), math.gcd(-5), math.gcd(7, 0))
t(math.factorial, 5.0)
t(math.factorial, -1)
t(math.factorial, 10**20)
t(math.factorial, "a")
t(math.comb, 5, -1)
t(math.comb, -5, 1)
t(math.comb, 5.0, 1)
t(math.comb, 5)
t(math.perm, -5)
t(math.perm, 5, -1)
t(math.perm, 10**30, 10**20)
t(math.isqrt, -1)
t(math.isqrt, 2.0)
t(math.lcm, 1.0)
t(math.prod, [1, 2], 3)
t(math.prod, 5)
t(math.prod, [1, 'a'])
t(math.gcd, 1, 2.0)
