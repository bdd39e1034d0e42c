# big integers: growth past 64 bits, mixed signs, division, bit operations, hashing
n = 1
for i in range(1, 31):
    n *= i
    if i % 5 == 0:
        print(i, n)
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63))
print(2 ** 100 - 1, -(2 ** 100))
print(3 ** 200)
a = 12345678901234567890123456789
b = 98765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(a ** 3)
print((a * b) // a == b, (a * b) % a)
print(2 ** 64 >> 3, 1 << 70, (1 << 70) | 1, (2 ** 80) & (2 ** 80 - 1))
print(-(2 ** 70) >> 5, (2 ** 70) ^ (2 ** 69), -(2 ** 64) & 0xFFFF)
print(~(2 ** 65))
print(2 ** 63 == 9223372036854775808, 2 ** 63 > 2 ** 62, -2 ** 63 < -2 ** 62)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4611686018427387904 * 2)
print(9223372036854775807 * 9223372036854775807)
f = [0, 1]
for i in range(150):
    f.append(f[-1] + f[-2])
print(f[90], f[100], f[150])
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(int('1' * 40) + 1)
print(abs(-(10 ** 30)), hex(2 ** 70), bin(2 ** 33), oct(-(2 ** 40)))
print(pow(2, 200, 10 ** 9 + 7), pow(3, 10 ** 5, 2 ** 61 - 1))
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99, 10 ** 30 // 10 ** 28)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(10 ** 20))
print(-(10 ** 25) // 7, -(10 ** 25) % 7, (10 ** 25) // -7, (10 ** 25) % -7)
print(max(2 ** 70, 2 ** 69 * 3), min(-(2 ** 70), -1), sum([2 ** 62] * 8))
