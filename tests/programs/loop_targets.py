# unusual loop targets and modifying containers while looping over copies
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
    print(x, lst)
d = {}
for d['k'] in range(3):
    print(d)
class C:
    pass
c = C()
for c.attr in 'ab':
    print(c.attr)
arr = [0, 0, 0]
for i, arr[i] in enumerate([7, 8, 9]):
    pass
print(arr, i)
for (a, b), c2 in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c2)
for _ in range(2):
    print('underscore', _)
total = 0
for n in (x * x for x in range(5)):
    total += n
print(total)
keys = list({'a': 1, 'b': 2, 'c': 3})
for k in keys:
    print(k, end=' ')
print()
m = {'x': 1, 'y': 2}
for k in list(m):
    m[k * 2] = m.pop(k)
print(m)
