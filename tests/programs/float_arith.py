# float arithmetic, mixing with int, rounding, float methods
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(1 / 2, 3 / 3, 10 / 4, -7 / 2, 7 / -2, 1 / 3 * 3)
print(1 + 2.0, 3 * 0.5, 2 - 0.25, type(1 + 2.0).__name__)
print(0.1 + 0.7, 0.7 - 0.1, 1.1 * 1.1, 3.3 / 1.1)
print(int(7.9), int(-7.9), round(7.5), round(8.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(0.5), round(1.5))
print(round(1234.5678, -2), round(-0.5), round(2.5, 0), round(1e20), round(0.1, 5))
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio())
print(1.0 == 1, 1.5 > 1, 2 ** 53 == 2.0 ** 53, 0.1 == 1 / 10)
total = 0.0
for i in range(1, 21):
    total += 1 / i
    if i % 5 == 0:
        print(i, total)
x = 1.0
for i in range(10):
    x = x / 2 + 1 / x
print(x, x * x)
print(abs(-2.5), max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10))
print((2.5).hex(), float.fromhex('0x1.8p1'), (0.1).hex())
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1e308 + 1e308, -1e308 * 2, 1e-320 / 1e10)
acc = 0.0
for k in range(100000):
    acc += (-1.0) ** k / (2 * k + 1)
print(acc * 4)
print(float(True), -0.0 == 0.0, str(-0.0), abs(-0.0))
print(2.0 * 3, 6.0 / 4, 6 // 4.0, 7 % 2.5, -7 % 2.5)
