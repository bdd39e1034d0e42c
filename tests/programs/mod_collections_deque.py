# collections.deque: both ends, maxlen, rotation, indexing, iteration, reprs, errors.
from collections import deque

dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq, dq.maxlen, len(dq))
dq = deque(range(5))
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq)
dq.extendleft([7, 8])
print(dq, dq.pop(), dq.popleft(), dq[0], dq[-1], len(dq), 3 in dq, 99 in dq)
dq.insert(1, "x")
dq.remove(3)
print(dq, dq.index("x"), dq.count(1))
dq.reverse()
print(dq, list(reversed(dq)), dq == deque(list(dq)), deque([1]) < deque([2]))
dq[0] = "first"
del dq[1]
print(dq, deque("ab") * 2, deque([[1]]), deque([1]) + deque([2]))
e = deque(maxlen=0)
e.append(1)
print(e, repr(deque([], maxlen=2)), bool(deque()), bool(deque([0])))
d2 = deque([1, 2])
d2.extend(d2)
d2 += [5]
print(d2, d2.copy(), deque([1, 2]) == [1, 2])


class D(deque):
    pass


print(D([1, 2]), D("ab").copy(), isinstance(D(), deque))
checks = [
    lambda: deque([1, 2, 3], maxlen=3).insert(0, 1),
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1]).index(9),
    lambda: deque([1]).remove(9),
    lambda: deque([1])[5],
    lambda: deque([1])["a"],
    lambda: deque([1])[1:2],
    lambda: deque([1]) + [1],
    lambda: deque(maxlen=-1),
    lambda: deque(maxlen="a"),
    lambda: hash(deque()),
]
for check in checks:
    try:
        check()
    except Exception as exc:
        print(type(exc).__name__, exc)
d3 = deque([1, 2])
try:
    for x in d3:
        d3.append(3)
except RuntimeError as exc:
    print("RuntimeError", exc)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(sum(window) / len(window), end=" ")
print()
