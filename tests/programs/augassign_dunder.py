# __iadd__ versus __add__: in-place operations on objects and evaluation counts
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print('__add__', self.v, other)
        return Acc(self.v + other)
    def __iadd__(self, other):
        print('__iadd__', self.v, other)
        self.v += other
        return self
    def __repr__(self):
        return f'Acc({self.v})'
class AddOnly:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return AddOnly(self.v + other)
    def __repr__(self):
        return f'AddOnly({self.v})'
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a = a + 1
print(a, b, a is b)
c = AddOnly(1)
d = c
c += 5
print(c, d, c is d)
class Holder:
    def __init__(self):
        self.lookups = 0
        self._val = 0
    def __getitem__(self, k):
        self.lookups += 1
        print('get', k)
        return self._val
    def __setitem__(self, k, v):
        print('set', k, v)
        self._val = v
h = Holder()
h['k'] += 3
h['k'] *= 4
print(h._val, h.lookups)
nums = [1, 2, 3]
i = 0
nums[i] += 10
i += 1
nums[i] **= 2
print(nums)
