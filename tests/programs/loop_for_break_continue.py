# for loops: break/continue, nested loops with flags, iterator shared with next()
total = 0
for i in range(20):
    if i % 2:
        continue
    if i > 14:
        break
    total += i
    print('add', i, total)
print('total', total)
for i, ch in enumerate('hello'):
    if ch == 'l':
        print('first l at', i)
        break
outer_done = False
for a in range(1, 5):
    for b in range(1, 5):
        if a * b == 6:
            print('found', a, b)
            outer_done = True
            break
        if b > a:
            continue
        print(' pair', a, b)
    if outer_done:
        break
for k in {'x': 1, 'y': 2}:
    print('key', k)
for x, y in zip([1, 2, 3], 'abc'):
    print(x, y)
for i in range(3):
    pass
print('i after loop', i)
it = iter([1, 2, 3, 4, 5])
for v in it:
    if v == 2:
        print('skip next', next(it))
    else:
        print('v', v)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        print(i, j, end='; ')
print()
