# operator: the arithmetic, bitwise, comparison and logical functions.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(-7, 2))
print(op.mod(7, 3), op.pow(2, 100), op.lshift(1, 5), op.rshift(64, 2), op.matmul.__name__)
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}))
print(op.neg(5), op.pos(-5), op.inv(5), op.invert(0), op.abs(-3.5), op.abs(-2**70))
print(op.not_([]), op.not_(3), op.truth([1]), op.truth(""), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt("b", "a"), op.ge(3, 2))
print(op.lt([1, 2], [1, 3]), op.eq((1,), (1,)), op.index(7), op.index(True))
print(op.__add__(2, 3), op.__lt__(1, 2), op.__not__(0), op.__and__(6, 3), op.__inv__(1), op.__invert__(2))

class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return Vec(self.x + other.x)
    def __lt__(self, other):
        return self.x < other.x
    def __neg__(self):
        return Vec(-self.x)
    def __index__(self):
        return self.x
    def __repr__(self):
        return f"Vec({self.x})"

print(op.add(Vec(1), Vec(2)), op.lt(Vec(1), Vec(2)), op.neg(Vec(4)), op.index(Vec(9)))

# the in-place forms: mutate mutable objects, rebind immutable ones
items = [1]
same = op.iadd(items, [2])
print(items, same is items, op.iconcat(items, [3]), op.imul([0], 3))
print(op.isub(5, 2), op.imul(3, 4), op.ipow(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 4), op.imod(9, 4))
print(op.ilshift(1, 3), op.irshift(16, 1), op.iand(7, 3), op.ior(4, 1), op.ixor(5, 1))
s = {1}
print(op.ior(s, {2}), s)

# functions as arguments
def reduce(f, items):
    it = iter(items)
    acc = next(it)
    for x in it:
        acc = f(acc, x)
    return acc

print(reduce(op.mul, range(1, 11)), reduce(op.add, ["a", "b", "c"]))
print(list(map(op.pow, [2, 3, 4], [3, 2, 1])), sorted([3, 1, 2], key=op.neg))
