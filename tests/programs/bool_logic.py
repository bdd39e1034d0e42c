# truth tables and bool as an int subclass
for a in (False, True):
    for b in (False, True):
        print(a, b, a and b, a or b, not a, a ^ b, a & b, a | b, a == b, a != b)
print(type(True).__name__, type(True + 1).__name__, type(True & True).__name__, type(True & 1).__name__)
print(isinstance(True, bool), isinstance(1, bool), bool.__name__)
n = 0
for x in range(20):
    if x % 2 == 0 and x % 3 == 0 or x == 7:
        n += 1
        print('hit', x)
print(n)
print(sum([True, True, False, True]), [True] * 3, True * 3.5)
print(not 1 == 2, not (1 == 2), (not 1) == 2, not not 'x')
print(bool(), bool(0), bool(1), bool(-1), int(False), float(True))
print(True + True + True, True - False, -True, ~False, True // 1, True ** 10)
def xor(p, q):
    return (p or q) and not (p and q)
print([xor(p, q) for p in (0, 1) for q in (0, 1)])
print([bool(xor(p, q)) for p in (0, 1) for q in (0, 1)])
print(str(True), repr(False), f'{True}', f'{True:d}', '%d' % True, '%s' % False)
print(max(True, 0), min(False, -1), abs(True), hash(True), hash(False))
