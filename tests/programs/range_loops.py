# loops over ranges: counting down, strides, nested ranges, modifying the variable
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
for i in range(5):
    i *= 10
    print(i, end=',')
print()
triangle = []
for row in range(1, 6):
    triangle.append(list(range(row, 0, -1)))
print(triangle)
pascal = [[1]]
for n in range(1, 10):
    prev = pascal[-1]
    pascal.append([1] + [prev[k - 1] + prev[k] for k in range(1, n)] + [1])
for row in pascal:
    print(' '.join(str(v) for v in row).center(40).rstrip())
s = 0
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 30:
            print('triple', a, b, c)
            s += a + b + c
print(s)
r = range(3, 50, 4)
print(r.index(47), r[r.index(47)], list(r)[-1], len(r), r[len(r) - 1])
print([x for x in range(-10, 10, 3)], [x for x in range(10, -10, -3)])
