# slice objects, slice.indices, __getitem__ receiving slices and tuples
s = slice(2, 8, 2)
print(s, s.start, s.stop, s.step)
data = list(range(10))
print(data[s], 'abcdefghij'[s], tuple(data)[s], range(10)[s])
print(slice(5), slice(None, None, -1), slice(1, None))
print(data[slice(5)], data[slice(None, None, -1)], data[slice(-3, None)])
for length in (0, 5, 10, 20):
    print(length, s.indices(length), slice(None, None, -1).indices(length), slice(-3, -1).indices(length))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, None], r['a':'b'])
data[slice(0, 3)] = ['a', 'b', 'c']
print(data)
del data[slice(None, None, 2)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    data[slice(0, 5, 0)]
except ValueError as e:
    print(type(e).__name__, e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('Seq index out of range')
        return i * i
q = Seq(8)
print(q[3], q[-1], q[2:6], q[::-3], list(q), len(q))
try:
    q[8]
except IndexError as e:
    print(type(e).__name__, e)
