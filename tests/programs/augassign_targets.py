# augmented assignment on names, subscripts, attributes; every operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
s = 'ab'
s += 'cd'
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
lst *= 2
print(lst, alias, lst is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)
d = {'n': 1, 'lst': []}
d['n'] += 10
d['lst'] += ['a']
d.setdefault('new', 0)
d['new'] -= 1
print(d)
class C:
    count = 0
    def __init__(self):
        self.items = []
        self.total = 0
c = C()
c.total += 7
c.items += ['x']
c.count += 1
print(c.total, c.items, c.count, C.count)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)
calls = []
def key(k):
    calls.append(k)
    return k
m = {'a': 1}
m[key('a')] += 100
print(m, calls)
