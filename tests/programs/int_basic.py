# int arithmetic: + - * / // % ** bit operations and precedence
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(2 ** 10, 2 ** 0, 0 ** 0)
print(-2 ** 2, (-2) ** 2, (-2) ** 3)
print(2 ** -1, 10 ** -2)
print(1 + 2 * 3 - 4 // 2 ** 1)
print((1 + 2) * 3, 1 + 2 * 3, 10 - 4 - 3, 2 * 3 % 4, 100 // 10 // 3)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, -~7, ~-1)
print(1 << 10, 1024 >> 3, -17 >> 2, -1 >> 100, 5 << 0)
print(-5 & 0xFF, -1 ^ 0, -8 | 3)
x = 0
for i in range(1, 11):
    x = x * 3 + i
    print(i, x, x % 7, x // 7, -x % 7, -x // 7)
print(abs(-5), abs(5), -(-5), +5, - - 5)
print(type(a // b).__name__, type(a / b).__name__, type(a % b).__name__)
print(0 * -1, -0, 0 // 5, 0 % 5, 6 / 3)
