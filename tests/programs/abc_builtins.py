# isinstance/issubclass of built-in objects against collections.abc: containers,
# iterators, views, generators, coroutines, callables, the collections types; the ABCs'
# module, generic aliases and __abstractmethods__.
import collections.abc as cabc
from collections.abc import *
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap

def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1

c = coro()
objs = [1, 1.5, True, 'a', b'b', bytearray(b'x'), [], (), {}, set(), frozenset(), range(3),
        None, iter([]), iter(()), iter('abc'), iter({}), iter(set()), iter(b''), iter(range(3)),
        reversed([]), zip(), map(len, []), enumerate([]), gen(), c, agen(),
        {}.keys(), {}.items(), {}.values(), deque(), OrderedDict(), defaultdict(), Counter(),
        ChainMap(), len, lambda: 0, int, slice(1), object()]
names = cabc.__all__
for o in objs:
    print(f"{type(o).__name__:20}", ''.join('1' if isinstance(o, getattr(cabc, n)) else '.' for n in names))
c.close()
print(' '.join(n[:4] for n in names))
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), issubclass(str, Sequence))
print(issubclass(bytes, ByteString), issubclass(bytearray, ByteString), issubclass(memoryview, Sequence))
print(issubclass(dict, MutableMapping), issubclass(frozenset, MutableSet), issubclass(set, MutableSet))
print(issubclass(deque, MutableSequence), issubclass(ChainMap, MutableMapping), issubclass(Counter, Mapping))
print(isinstance({}.keys(), Set), {'a': 1}.keys() & {'a'} == {'a'}, isinstance(type.__dict__, Mapping))
print(Sequence.__module__, Sequence.__name__, type(Sequence).__name__, repr(Iterable))
print(Iterable[int], Mapping[str, int], Callable[[int], str].__origin__ is Callable)
print(sorted(MutableMapping.__abstractmethods__), sorted(Collection.__abstractmethods__))
print(sorted(Coroutine.__abstractmethods__), sorted(AsyncGenerator.__abstractmethods__))
print(list(KeysView({'x': 1, 'y': 2})), list(ItemsView({'x': 1})), list(ValuesView({'x': 1})))
print(repr(KeysView({'x': 1})), len(ValuesView({1: 2, 3: 4})), 2 in ValuesView({1: 2}))
print(Generator.__mro__[1:3], MutableSet.__bases__, KeysView.__bases__)
