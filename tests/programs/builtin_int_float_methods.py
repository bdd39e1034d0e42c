for n in [0, 1, 255, -255, 2**100, -(2**65)]:
    print(n.bit_length(), n.bit_count(), n.as_integer_ratio(), bin(n), oct(n), hex(n))
print((10).to_bytes(2, "little"), int.from_bytes(b"\x00\x10", byteorder="big"), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int("ff", 16), int("0x1f", 0), int("  42  "), int("1_000"), int("-0b101", 0), int("z", 36), int(3.9), int(-3.9), int(True))
for bad in ["", "12a", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
for x in [0.5, 1.0, -2.5, 1e-300, 3.141592653589793, float("inf")]:
    print(x.hex(), x.is_integer(), x.as_integer_ratio() if x != float("inf") else None)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"), (2.5).conjugate(), (2.5).real, (2.5).imag)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(float(" 1.5 "), float("1_0.5"), float("-inf"), float("nan") != float("nan"), float("1e500"), float(True), float(10**20))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(2, -1), pow(-8, 1/3) if False else pow(4, 0.5))
try:
    pow(3, -1, 6)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(3, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(3.0, 2, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(bin(-2**70), oct(2**70), hex(-2**70), 2**64 // 3, -2**64 % 7, abs(-2**80), round(2**70 + 1, -5))
print(round(12345, -2), round(-12355, -1), round(7, 0), round(2.5), round(3.5), round(0.125, 2), round(0.375, 2), round(-2.5))
print((1.5).__round__(), (2.675).__round__(2), (10).__round__(-1), int.__add__(1, 2), float.__mul__(1.5, 2))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(-2.5), abs(3+4j), (7).__abs__(), (-7).__neg__(), (5).__invert__(), (2**100).__index__() > 0)
