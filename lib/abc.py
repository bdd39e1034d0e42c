# abc.py: abstract base classes (PEP 3119) for peppy, written from the documented
# behaviour of CPython 3.11's `abc` module: the metaclass ABCMeta (virtual subclasses
# through register(), isinstance/issubclass with caches and __subclasshook__, the set of
# abstract methods computed when a class is made), the helper class ABC, the decorator
# abstractmethod and its deprecated relatives, get_cache_token and update_abstractmethods.
# The VM's object.__new__ refuses to instantiate a class whose __abstractmethods__ is not
# empty, as CPython's does. No weak references here: registries and caches hold their
# classes strongly.


def abstractmethod(funcobj):
    """Marks funcobj as abstract (sets funcobj.__isabstractmethod__) and returns it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod whose function is abstract (deprecated: use @classmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        """Marks callable abstract and wraps it."""
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod whose function is abstract (deprecated: use @staticmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        """Marks callable abstract and wraps it."""
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property (deprecated: use @property @abstractmethod)."""

    __isabstractmethod__ = True


# Bumped by every register() on any ABC: a class's negative cache (the classes known not
# to be its subclasses) is valid only while its version equals this counter.
_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token: an object that changes whenever a class is registered."""
    return _invalidation_counter


class _AbcData:
    """The per-class bookkeeping of an ABC (its `_abc_impl`): registered virtual
    subclasses, the positive and negative caches of issubclass results, and the
    counter value the negative cache belongs to."""

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        """Empty registry and caches, in step with the current counter."""
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation_counter


def _is_abstract(value):
    """Whether value is marked abstract (a true __isabstractmethod__ attribute)."""
    return bool(getattr(value, '__isabstractmethod__', False))


def _compute_abstracts(cls, namespace_items):
    """The names abstract in cls: those of namespace_items marked abstract, and the
    abstract names of its bases that cls still resolves to something abstract."""
    abstracts = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining abstract base classes: classes made by it have
    __abstractmethods__ and cannot be instantiated while it is not empty; other classes
    become their virtual subclasses through register() or __subclasshook__."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        """Makes the class, computes its abstract methods and gives it empty caches."""
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Registers subclass as a virtual subclass of cls and returns it (so this works
        as a class decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass, really or virtually
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1  # every negative cache is stale now
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls): through instance.__class__ and type(instance)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls): the caches, then __subclasshook__, then real
        inheritance, the registry and the subclasses of cls, remembering the answer."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok is not True and ok is not False:
                raise AssertionError(
                    "__subclasshook__ must return either False, True, or NotImplemented")
            (impl.cache if ok else impl.negative_cache).add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for rcls in list(impl.registry):
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Prints the registry and caches of cls (a debugging helper)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forgets the virtual subclasses registered with cls."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Empties both caches of cls."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after abstract methods were added or
    implemented after the class was made; returns cls. Classes without
    __abstractmethods__ (not ABCs) are returned unchanged."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, list(cls.__dict__.items()))
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class whose metaclass is ABCMeta: subclass it to make an ABC."""

    __slots__ = ()
