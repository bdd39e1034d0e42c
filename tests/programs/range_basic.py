# range: steps, negative steps, len, indexing, slicing, membership
r = range(10)
print(r, list(r), len(r), r[3], r[-1])
print(list(range(2, 10, 3)), list(range(10, 0, -1)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 1)), list(range(-5, -1)))
r2 = range(20, -10, -4)
print(r2, list(r2), len(r2), r2[0], r2[-1], r2[2:5], r2[::-1])
print(7 in range(0, 10, 7), 8 in range(0, 10, 7), -10 in r2, -8 in r2, 2.0 in r2)
print(range(0, 10, 2).index(6), range(1, 100, 3).count(34), range(1, 100, 3).count(35))
print(range(10)[::2], range(10)[1:-1], list(range(10)[::-3]), range(10)[-3:])
print(sum(range(101)), max(range(-5, 5)), min(range(3, 9, 2)))
print(range(0) == range(5, 5), range(1, 4) == range(1, 5)[:3], range(3) == range(0, 3, 1))
big = range(10 ** 18)
print(len(big), big[-1], big[10 ** 17], 10 ** 17 in big)
for i in range(3, -4, -2):
    print(i, end=' ')
print()
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), type(reversed(range(3))).__name__)
print(list(reversed(range(1, 10, 4))), range(3).start, range(3).stop, range(3).step)
print([len(range(a, b, s)) for a in (0, 5) for b in (0, 7) for s in (1, -2, 3)])
