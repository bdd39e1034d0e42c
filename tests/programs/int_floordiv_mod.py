# floor division and modulo with every sign combination, ints and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 10), (-1, 10), (10, 1), (-10, -1), (3, 7), (-3, 7)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1, 0.3), (-1, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5 % 3.0, -5 % 3.0, 5.5 // 1, -5.5 // 1)
print(10 ** 20 // 7, -10 ** 20 // 7, 10 ** 20 % -7)
total = 0
for i in range(-10, 11):
    total += i // 3 * 100 + i % 3
print(total)
print([i % 4 for i in range(-8, 9)])
print([i // 4 for i in range(-8, 9)])
print([-i // 4 for i in range(-8, 9)])
