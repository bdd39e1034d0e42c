# type(), isinstance, constructors of the basic types, callable, len, id not printed
values = [0, 1.5, 2j, 'x', b'y', [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(2), len, print]
for v in values:
    print(type(v).__name__, type(v) is type(v), callable(v))
print(type(1) == int, type(True) == int, type(True) == bool, isinstance(True, int))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), complex(), bytes())
print(int('7'), float('7'), str(7), list('ab'), tuple([1]), dict([(1, 2)]), set([3]), bool([]))
print(str(b'ab'), repr('ab'), repr(b'ab'), repr(1.0), repr(None), str(None))
print(len('abc'), len([1, 2]), len({'a': 1}), len(range(5, 50, 5)), len(b'xy'), len(()))
print(type(type(1)).__name__, type(int).__name__, isinstance(int, type), type(None).__name__)
a = [1, 2]
b = a
print(id(a) == id(b), id(a) != id([1, 2]), a is b, type(id(a)).__name__)
print(isinstance([], (list, tuple)), isinstance((), list), issubclass(bool, (str, int)))
print(type('x')('abc'), type(5)('12') + 1, type([])('hi'), type(2.0)(3))
class Mine:
    pass
m = Mine()
print(type(m).__name__, isinstance(m, Mine), isinstance(m, object), callable(Mine), callable(m))
print(int.__name__, str.__name__, Mine.__name__, type(m).__qualname__)
print(str(1 + 2), repr('1' + '2'), bool('0'), int(float('2.9')), float(int('3')))
