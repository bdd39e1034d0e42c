# complex arithmetic in a loop: Mandelbrot membership on a small grid
def escapes(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
for row in range(11):
    y = 1.0 - row * 0.2
    line = ''
    for col in range(31):
        x = -2.0 + col * 0.08
        n = escapes(complex(x, y))
        line += '#' if n == 30 else '+' if n > 5 else '.'
    print(line)
roots = []
for k in range(6):
    r = 1 + 0j
    angle = k / 6
    for _ in range(20):
        r = r - (r ** 6 - 1) / (6 * r ** 5) if r != 0 else r
    roots.append(r)
print(len(roots), abs(roots[0] - 1) < 1e-12)
s = sum([1 + 2j, 3 - 1j, -4j])
print(s, s.real + s.imag, complex(1, 1) * complex(1, -1))
print((2 + 3j).real, (2 + 3j).imag, type((2 + 3j).real).__name__)
