# list methods: append pop insert remove index count extend reverse copy clear
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a))
a.append(5)
print(a)
print(a.pop(), a.pop(0), a)
print(a.pop(2), a.pop(-2), a)
a.insert(0, 100)
a.insert(3, 200)
a.insert(-1, 300)
a.insert(99, 400)
a.insert(-99, 500)
print(a)
a.remove(1)
print(a, a.index(9), a.count(1), a.count(7), a.index(300, 2))
a.extend([7, 8])
a.extend(range(2))
a.extend('ab')
print(a)
a.reverse()
print(a)
b = [x for x in a if isinstance(x, int)]
b.sort()
print(b)
b.sort(reverse=True)
print(b)
c = b.copy()
c.append(-1)
print(len(b), len(c), c is b, c[:3] == b[:3])
a.clear()
print(a, len(a))
d = [1, 2] + [3] * 3
print(d, d * 2, [] * 5, [[0] * 2] * 2)
print(5 in d, 4 not in d, d == [1, 2, 3, 3, 3], d is d.copy())
try:
    d.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    d.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.pop(10)
except IndexError as e:
    print(type(e).__name__, e)
print(list('abc'), list(range(4)), list((1, 2)), list({5: 'x', 3: 'y'}), list())
