# multiple assignment: swaps, rotations, evaluation order of the right side
a, b, c = 1, 2, 3
print(a, b, c)
a, b, c = c, a, b
print(a, b, c)
a, b = b, a
print(a, b, c)
def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append((a, b))
        a, b = b, a + b
    return out
print(fib_pairs(12))
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
def gcd_steps(a, b):
    steps = []
    while b:
        a, b = b, a % b
        steps.append((a, b))
    return a, steps
print(gcd_steps(1071, 462))
order = []
def val(n):
    order.append(n)
    return n
(p, q), r = (val(1), val(2)), val(3)
print(p, q, r, order)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
s, t = 'ab'
print(s, t)
k, v = {'only': 1}.popitem()
print(k, v)
