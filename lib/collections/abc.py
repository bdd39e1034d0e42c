# collections/abc.py: `collections.abc`, the abstract base classes of containers,
# iterators and coroutines, written for peppy from CPython 3.11's documented behaviour:
# the ABCs with their abstract and mixin methods, the __subclasshook__s that recognise a
# class by its methods (a method set to None in the MRO means "not supported"), and the
# registrations of the built-in types. The built-in C++ module `collections` has this
# folder as its __path__, so this file is its submodule (no __init__.py here).

from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

GenericAlias = type(list[int])


def _check_methods(C, *methods):
    """True if every method is defined (and not None) somewhere in C's MRO, else
    NotImplemented (the answer a __subclasshook__ gives when it cannot decide)."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# ---------------------------------------------------------------- one-trick ponies

class Hashable(metaclass=ABCMeta):
    """Classes that provide __hash__."""

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        """The hash value (abstract)."""
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __hash__ (not None)."""
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):
    """Classes that provide __await__ (usable in an `await` expression)."""

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        """An iterator driving the await (abstract)."""
        yield

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __await__."""
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    """Awaitables that can be driven by send(), throw() and close()."""

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Sends a value into the coroutine (abstract)."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raises an exception inside the coroutine: throw(exc) or throw(type[, value[, tb]])."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raises GeneratorExit inside the coroutine; it must not go on."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __await__, send, throw and close."""
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    """Classes that provide __aiter__ (usable in `async for`)."""

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        """An asynchronous iterator (abstract)."""
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __aiter__."""
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    """Asynchronous iterators: __anext__, and __aiter__ returning self."""

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item (abstract): raises StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        """An asynchronous iterator is its own iterator."""
        return self

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __anext__ and __aiter__."""
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    """Asynchronous iterators with asend(), athrow() and aclose()."""

    __slots__ = ()

    async def __anext__(self):
        """The next item: asend(None)."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Sends a value in (abstract)."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raises an exception inside the generator: athrow(exc) or athrow(type[, value[, tb]])."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        """Raises GeneratorExit inside the generator; it must not go on."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __aiter__, __anext__, asend, athrow and aclose."""
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):
    """Classes that provide __iter__."""

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        """An iterator (abstract)."""
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __iter__."""
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    """Iterators: __next__, and __iter__ returning self."""

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item (abstract): raises StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        """An iterator is its own iterator."""
        return self

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __iter__ and __next__."""
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    """Iterables that provide __reversed__."""

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        """A reverse iterator (abstract)."""
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __reversed__ and __iter__."""
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    """Iterators driven by send(), throw() and close()."""

    __slots__ = ()

    def __next__(self):
        """The next item: send(None)."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Sends a value in (abstract)."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raises an exception inside the generator: throw(exc) or throw(type[, value[, tb]])."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raises GeneratorExit inside the generator; it must not go on."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __iter__, __next__, send, throw and close."""
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):
    """Classes that provide __len__."""

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        """The number of items (abstract)."""
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __len__."""
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):
    """Classes that provide __contains__ (the `in` operator)."""

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        """Whether x is an item (abstract)."""
        return False

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __contains__."""
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    """Sized iterable containers."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __len__, __iter__ and __contains__."""
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):
    """Classes that provide __call__."""

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        """Calls the object (abstract)."""
        return False

    @classmethod
    def __subclasshook__(cls, C):
        """Recognises classes that define __call__."""
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------- sets

class Set(Collection):
    """Read-only sets. Subclasses give __contains__, __iter__ and __len__; comparisons
    and the operators &, |, -, ^ come from here (they build results with
    _from_iterable, which subclasses whose constructor takes something other than an
    iterable should override)."""

    __slots__ = ()

    def __le__(self, other):
        """Subset test."""
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        """Proper subset test."""
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        """Proper superset test."""
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        """Superset test."""
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        """Equal sizes and a subset: the same elements."""
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """A new set of this class from an iterable (the constructor, by default)."""
        return cls(it)

    def __and__(self, other):
        """The intersection with any iterable."""
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """Whether self and the iterable other have no element in common."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        """The union with any iterable."""
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        """The elements of self not in other."""
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        """The elements of other not in self."""
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        """The elements in exactly one of self and other."""
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash of the elements that does not depend on their order (frozenset's
        algorithm); a hashable subclass sets `__hash__ = Set._hash`."""
        MAX = sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    """Mutable sets. Subclasses give add and discard besides Set's methods; remove,
    pop, clear and the operators |=, &=, ^=, -= come from here."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Adds an element (abstract)."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Removes an element if present (abstract)."""
        raise NotImplementedError

    def remove(self, value):
        """Removes an element; KeyError if it is absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Removes and returns some element; KeyError if the set is empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Removes every element."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        """Adds the elements of an iterable."""
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        """Keeps only the elements also in it."""
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        """Toggles the elements of it."""
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        """Removes the elements of it."""
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# ---------------------------------------------------------------- mappings

class Mapping(Collection):
    """Read-only mappings. Subclasses give __getitem__, __iter__ and __len__;
    __contains__, get, keys, items, values, __eq__ come from here."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        """The value of key (abstract): KeyError when absent."""
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        """Whether self[key] exists."""
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        """Equal to another mapping with the same items."""
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    """A view of a mapping: its size and repr."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        """Views mapping."""
        self._mapping = mapping

    def __len__(self):
        """The mapping's size."""
        return len(self._mapping)

    def __repr__(self):
        """'KeysView({...})'"""
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        """Set operations on views give plain sets."""
        return set(it)

    def __contains__(self, key):
        """Whether key is a key of the mapping."""
        return key in self._mapping

    def __iter__(self):
        """The mapping's keys."""
        yield from self._mapping


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        """Set operations on views give plain sets."""
        return set(it)

    def __contains__(self, item):
        """Whether item is a (key, value) pair of the mapping."""
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        """The mapping's (key, value) pairs."""
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    """The values of a mapping."""

    __slots__ = ()

    def __contains__(self, value):
        """Whether value is (or equals) one of the mapping's values."""
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        """The mapping's values."""
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """Mutable mappings. Subclasses give __setitem__ and __delitem__ besides Mapping's
    methods; pop, popitem, clear, update and setdefault come from here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        """Sets self[key] (abstract)."""
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        """Deletes self[key] (abstract)."""
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """Removes key and returns its value; default (or KeyError) when absent."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """Removes and returns some (key, value) pair; KeyError if empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Removes every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Sets items from a mapping, an object with keys(), or (key, value) pairs,
        then from the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], first setting it to default when absent."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---------------------------------------------------------------- sequences

class Sequence(Reversible, Collection):
    """Read-only sequences. Subclasses give __getitem__ (by index, IndexError past the
    end) and __len__; __iter__, __contains__, __reversed__, index and count come
    from here."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        """The item at index (abstract): IndexError out of range."""
        raise IndexError

    def __iter__(self):
        """The items self[0], self[1], ... until IndexError."""
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        """Whether an item is (or equals) value."""
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        """The items from the last to the first."""
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value in self[start:stop]; ValueError if absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items are (or equal) value."""
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """Sequences of bytes (bytes and bytearray)."""

    __slots__ = ()


class MutableSequence(Sequence):
    """Mutable sequences. Subclasses give __setitem__, __delitem__ and insert besides
    Sequence's methods; append, clear, reverse, extend, pop, remove and += come from
    here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        """Sets self[index] (abstract)."""
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        """Deletes self[index] (abstract)."""
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Inserts value before index (abstract)."""
        raise IndexError

    def append(self, value):
        """Adds value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Removes every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverses the items in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """Appends the items of an iterable (a copy first when it is self)."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Removes and returns the item at index (the last by default)."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Removes the first item equal to value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        """self += values: extend."""
        self.extend(values)
        return self


# ---------------------------------------------------------------- built-in types

def _register_builtins():
    """Registers the built-in types (and the C++ collections' types) with their ABCs,
    as CPython does."""
    from collections import deque, ChainMap

    async def _coro():
        pass
    coro = _coro()
    coroutine = type(coro)
    coro.close()  # no "never awaited" warning

    async def _agen():
        yield
    async_generator = type(_agen())
    generator = type((lambda: (yield))())

    for t in {type(iter(b'')), type(iter(bytearray())), type(iter({})),
              type(iter({}.values())), type(iter({}.items())), type(iter([])),
              type(iter(reversed([]))), type(iter(range(0))),
              type(iter(set())), type(iter('')), type(iter(())), type(iter(zip()))}:
        Iterator.register(t)
    Generator.register(generator)
    Coroutine.register(coroutine)
    AsyncGenerator.register(async_generator)
    Set.register(frozenset)
    MutableSet.register(set)
    Mapping.register(type(type.__dict__))
    MutableMapping.register(dict)
    KeysView.register(type({}.keys()))
    ItemsView.register(type({}.items()))
    ValuesView.register(type({}.values()))
    for t in (tuple, str, range, memoryview):
        Sequence.register(t)
    ByteString.register(bytes)
    ByteString.register(bytearray)
    MutableSequence.register(list)
    MutableSequence.register(bytearray)
    MutableSequence.register(deque)
    if not issubclass(ChainMap, MutableMapping):
        MutableMapping.register(ChainMap)


_register_builtins()
del _register_builtins
