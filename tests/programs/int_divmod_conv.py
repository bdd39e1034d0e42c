# divmod, int() from strings and bases, bit_length, int methods, bool as int
for a in [0, 1, 9, 10, 255, -255, 2 ** 40]:
    print(a, a.bit_length(), divmod(a, 16), divmod(a, -16))
print(int('ff', 16), int('0xff', 16), int('777', 8), int('0b1011', 0), int('  42  '), int('-17'))
print(int('1_000_000'), int('z', 36), int(3.99), int(-3.99), int(True), int('+5'))
print(True + True, True * 10, False - 1, True / 2)
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((10).__add__(5), (7).__mod__(3), (-7).__floordiv__(2))
print(1_000_000 * 3, 0x10 + 0o10 + 0b10, 0xFF, 0o777, 0b1111)
print(int.__name__, isinstance(True, int), issubclass(bool, int))
print(max(3, 9, -2), min(3, 9, -2), abs(-12))
print(round(7), round(17, -1), round(15, -1), round(25, -1), round(-35, -1))
print((12).conjugate(), (12).real, (12).imag, (12).numerator, (12).denominator)
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
n = 600851475143
f = 2
factors = []
while f * f <= n:
    while n % f == 0:
        factors.append(f)
        n //= f
    f += 1
if n > 1:
    factors.append(n)
print(factors)
def to_base(n, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = ''
    while n:
        n, d = divmod(n, base)
        out = digits[d] + out
    return sign + out
for v in [0, 5, -5, 255, 1000, 2 ** 70]:
    print(v, to_base(v, 2), to_base(v, 7), to_base(v, 36), int(to_base(v, 36), 36) == v)
