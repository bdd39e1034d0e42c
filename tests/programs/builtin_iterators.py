# iteration built-ins: enumerate zip map filter reversed sorted any all iter next
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40, 99]
print(list(enumerate(names)), list(enumerate(names, start=10)))
print(list(zip(names, ages)), list(zip(names, ages, 'xyz')), list(zip()))
print(dict(zip(names, ages)), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(map(str.upper, names)), list(map(int, '123')), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda a: a > 30, ages)), list(filter(None, [0, 1, '', 'x', None, []])))
print(list(reversed(names)), list(reversed(range(4))), ''.join(reversed('abc')), list(reversed((1, 2))))
print(sorted(ages, reverse=True), sorted(names, key=lambda n: n[-1]), sorted('bca'))
print(any(a > 90 for a in ages), all(a > 20 for a in ages), any([]), all([]), all([1, 0]))
it = iter(names)
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
e = enumerate('ab')
print(next(e), next(e), next(e, 'end'))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
print(list(range(3)), tuple(map(abs, (-1, -2))), set(filter(lambda v: v % 2, range(6))))
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
print(sum(map(int, '9' * 10)), max(zip(ages, names)), min(enumerate(names), key=lambda p: p[1]))
print(list(zip(range(3), reversed(range(3)))), len(list(zip('abc', range(100)))))
