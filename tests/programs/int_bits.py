# bitwise operators and shifts on small and big, positive and negative ints
vals = [0, 1, 5, -1, -6, 255, 1 << 40, -(1 << 40)]
for a in vals:
    print(a, a & 0xF0F, a | 0x101, a ^ -1, ~a, a << 3, a >> 2)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(20)])
print(popcount(2 ** 100 - 1), bin(12345).count('1'))
mask = 0
for bit in [0, 3, 5, 64, 100]:
    mask |= 1 << bit
print(mask, bin(mask)[:12], mask.bit_length())
print([(mask >> b) & 1 for b in range(8)])
x = 0b1011
print(x << 1, x >> 1, x & 0b0110, x | 0b0100, x ^ 0b1111)
print(-1 << 3, -16 >> 2, -17 >> 2, -1 >> 1, 1 >> 1)
gray = [i ^ (i >> 1) for i in range(16)]
print(gray)
print([g.bit_length() for g in gray])
r = 0
for i in range(32):
    r = (r << 1) | (0xDEADBEEF >> i & 1)
print(hex(r), r)
print(True & 3, True | 2, 6 & True)
