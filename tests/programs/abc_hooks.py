# __subclasshook__: True/False/NotImplemented answers, errors for other answers, the
# one-trick-pony ABCs of collections.abc recognising classes by their methods (None
# blocks), and how hooks combine with registration.
import abc
from collections.abc import (Hashable, Iterable, Iterator, Sized, Container, Callable,
                             Collection, Reversible, Awaitable, AsyncIterable, Generator)

class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Quacks:
            return NotImplemented
        if any('quack' in B.__dict__ for B in C.__mro__):
            return True
        if any('bark' in B.__dict__ for B in C.__mro__):
            return False
        return NotImplemented
class Duck:
    def quack(self): pass
class Dog:
    def bark(self): pass
class Other: pass
class Sub(Quacks): pass
print(issubclass(Duck, Quacks), issubclass(Dog, Quacks), issubclass(Other, Quacks))
print(issubclass(Duck, Sub), issubclass(Sub, Quacks), isinstance(Sub(), Quacks))
Quacks.register(Dog)
print(issubclass(Dog, Quacks))

class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)

class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyIter:
    def __iter__(self): return iter([])
class NoHash:
    __hash__ = None
class Blocked(It):
    __iter__ = None
class Box:
    def __len__(self): return 0
    def __contains__(self, x): return False
    def __iter__(self): return iter(())
    def __reversed__(self): return iter(())
    def __call__(self): return 1
class Gen(It):
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
class Aw:
    def __await__(self): yield
    def __aiter__(self): return self
abcs = [Hashable, Iterable, Iterator, Sized, Container, Callable, Collection, Reversible,
        Awaitable, AsyncIterable, Generator]
for C in (It, OnlyIter, NoHash, Blocked, Box, Gen, Aw, int, list, object):
    print(f"{C.__name__:8}", ''.join('1' if issubclass(C, A) else '0' for A in abcs))
print(isinstance(It(), Iterator), isinstance(NoHash(), Hashable), isinstance(Box(), Collection))
print(list(Gen()), next(iter(It()), 'done'))
