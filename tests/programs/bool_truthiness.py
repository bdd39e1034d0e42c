# what counts as true: numbers, containers, None, objects with __bool__/__len__
values = [0, 1, -1, 0.0, 0.5, '', 'a', ' ', [], [0], (), (None,), {}, {0: 0}, set(), {0},
          None, True, False, 0j, 1j, range(0), range(1), b'', b'\x00', -0.0, '0', 'False']
for v in values:
    print(repr(v), bool(v), not v, 'yes' if v else 'no')
class Empty:
    def __len__(self):
        return 0
class Full:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Empty()), bool(Full()), not Empty(), bool(Plain()), bool(Sized(3)), bool(Sized(0)))
if Sized(2):
    print('sized 2 is true')
if not Sized(0):
    print('sized 0 is false')
print(Empty() or 'fallback', bool(Sized(0) and 'never'), Sized(5) and 'sized and')
print(bool(float('nan')), bool(float('inf')), all([]), any([]), all([1, 2]), any([0, '', None]))
count = 0
items = [3, 0, 'x', '', None, [1], []]
for item in items:
    if item:
        count += 1
print(count, [bool(i) for i in items], list(filter(None, items)))
