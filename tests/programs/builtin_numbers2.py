print((255).to_bytes(2), (255).to_bytes(2, "little"), (-129).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\x7f", "little", signed=True))
try:
    (-1).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2))
print(2 ** -1, 2 ** 0.5, (-8) ** (1/3) if False else 0, 0 ** 0, 0.0 ** 0, pow(0, 0), 10 ** 20, 10.0 ** 20, (-2) ** 3, (-2.0) ** 2)
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1/3, 2/3, 1e-5, 1e-4, 1.5e300 * 1e10, -1e400, 1e-400, 5e-324)
print(float("1e16"), float("0.000001"), float("-0"), repr(-0.0), 0.0 == -0.0, float("infinity"), float("-NaN"), float("  +1.5  "))
print(int(1e20), int(-1.5e10), int("1" * 30), round(1.23456e10, -5), round(-1.5), round(-2.5), round(1.25, 1), round(1.35, 1), round(2.675, 2))
print(round(123.456, -1), round(123.456, 0), round(-0.5, 0), round(0.5, 0), round(1e300, 2), round(7, -1), round(-25, -1), round(35, -1))
print(abs(-0.0), -(0.0), +(-0.0), 3 .__neg__(), (3).__pow__(2), (3).__rpow__(2), (3.0).__rtruediv__(1), (7).__rfloordiv__(20), (2).__rsub__(10))
print(True + True, True * 3, -True, ~True, True & False, True | 2, True ^ True, int(True), float(False), str(True), repr(False), bool(-0.0), bool("0"))
print(7 & -2, -7 | 2, -7 ^ 3, ~-1, -1 >> 10, 1 << 70, -(1 << 70) >> 3, (1 << 70) & ((1 << 68) - 1), 2**64 | 1, -2**64 ^ -1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    2 ** 10000.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    10.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (-8.0) ** 0.5 + "x"
except TypeError as e:
    print("TypeError:", e)
print((-8.0) ** 0.5, (-1) ** 0.5, complex(1, 2) * 2, (1+2j).conjugate(), abs(3+4j), (1j) ** 2, complex("1+2j"), 1j.real)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)), hash(float("inf")), hash(10**30) == hash(10**30 % (2**61 - 1)))
print(int.__name__, (5).__class__, isinstance(5, (float, int)), (5).__sizeof__() > 0, float.fromhex("0x1.fffffffffffffp+1023"), (0.1).hex())
print(max(1, 2.5), min(-0.0, 0.0), max(0.0, -0.0), sum([1.5, 2.5]), sum([1, 2], 0.5), sum([], 5), 1 == 1.0, 2**53 + 1 == float(2**53 + 1))
print(1 < 1.5 < 2, 10**400 > 1e308, -10**400 < float("-inf"), float("nan") == float("nan"), 3 == 3+0j, (1 << 1000) / (1 << 998))
