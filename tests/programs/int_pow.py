# exponentiation: negative bases, negative exponents, float results, 3-argument pow
for base in [-3, -2, -1, 0, 1, 2, 3]:
    row = []
    for e in range(0, 6):
        row.append(base ** e)
    print(base, row)
for e in [-1, -2, -3]:
    print(e, 2 ** e, (-2) ** e, 10 ** e, 4 ** e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 9 ** -0.5)
print((-8) ** 2, -8 ** 2, (-1) ** 101, (-1) ** 100)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(7, -1, 11), pow(2, 0, 1))
print(pow(0, 0), 0.0 ** 0, 1 ** 1000000, (-1) ** 1000001)
print(2.0 ** 10, 2 ** 10.0, (-2.0) ** 3, 10.0 ** -3)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
x = 1
for i in range(8):
    x = x ** 2 + 1
    print(i, x % 1000003, len(str(x)))
squares = [i ** 2 for i in range(-5, 6)]
cubes = [i ** 3 for i in range(-5, 6)]
print(squares)
print(cubes)
print(sum(i ** i for i in range(1, 15)))
