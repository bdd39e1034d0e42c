# infinities and NaN made with float('inf') and float('nan')
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, -nan)
print(inf + 1, inf * 2, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan > 0, nan < 0, nan == 0, nan >= nan)
print(1 / inf, -1 / inf, inf / inf, inf / 2)
print(min(inf, 3), max(-inf, -3), abs(-inf))
print(float('Infinity'), float('-INF'), float('NaN'), float('+inf'))
print(repr(inf), str(nan), [inf, nan, -inf])
print(inf == float('inf'), inf == 10 ** 400)
x = nan
print(x == x, x is x, [x] == [x], x in [x])
print(int(1e300) > 0, len(str(int(1e300))))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(5 % inf, -5 % inf, 5 // inf, -5 // inf)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(sorted([3.0, inf, -inf, 0.0, -1.5]))
print(hash(inf), hash(-inf), hash(0.0), hash(1.0), hash(1.5), hash(-0.0))
print(inf.is_integer(), nan.is_integer(), (-inf).is_integer())
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(f'{inf:.2f} {nan:.2f} {-inf:>8}|')
