# itertools: count, cycle, repeat are lazy and infinite; their reprs follow their state.
import itertools as it

c = it.count(5)
print(c, next(c), next(c), c)
print(it.count(), it.count(0, 2), it.count(1.5), it.count(0, 1.0), it.count(2**70), it.count(1, -1))
print(list(it.islice(it.count(10, -3), 5)), list(it.islice(it.count(0.5, 0.25), 4)))
print(list(zip(it.count(1), "abc")), next(it.count(start=2, step=3)))
big = it.count(2**64)
next(big)
print(big)

cy = it.cycle("ab")
print([next(cy) for _ in range(5)])
print(list(it.islice(it.cycle([1, 2, 3]), 8)), list(it.cycle([])))

def noisy():
    for x in "xy":
        print("  produced", x)
        yield x

cz = it.cycle(noisy())
print("cycle made")
print([next(cz) for _ in range(5)])

r = it.repeat("a", 3)
print(r, list(r), r)
print(it.repeat("a"), it.repeat(None, -5), list(it.repeat(1, 0)), list(map(pow, range(4), it.repeat(2))))
r2 = it.repeat([1], 2)
print(r2.__length_hint__(), next(r2) is next(r2), r2)
try:
    it.repeat(0).__length_hint__()
except TypeError as e:
    print("TypeError", e)

class MyCount(it.count):
    pass

m = MyCount(7)
print(next(m), type(m).__name__, isinstance(m, it.count))
print(type(c), type(cy).__name__, type(r).__module__)
