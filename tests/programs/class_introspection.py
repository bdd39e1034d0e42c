# Introspection: dir(), vars(), the attributes of functions, methods and descriptors.
class S:
    __slots__ = ("a",)
class P:
    def __init__(self): self.x = 1
    def m(self): pass
    @property
    def p(self): return 1
cases = [
    "vars(S())", "dir(S())[-2:]", "[n for n in dir(P()) if not n.startswith('__')]", "vars(P())", "P().__dict__",
    "P.__dict__['m'].__name__", "P.m.__qualname__", "P().m.__name__", "type(P().m).__name__", "P.p.fget.__name__",
    "sorted(set(dir(P)) - set(dir(object)))", "len(dir(object)) > 20", "'__class__' in dir(1)", "dir(int) == sorted(dir(int))",
    "getattr(P(), '__dict__')", "P().__class__.__mro__", "P.__init__.__code__.co_varnames", "callable(P.m)",
    "P.__module__", "P.m.__module__", "P.m.__doc__", "(lambda: 0).__name__", "(lambda: 0).__qualname__",
    "print.__name__", "print.__qualname__", "[].append.__self__", "[].append.__name__",
    "int.__add__.__name__", "int.__add__.__objclass__", "(1).__add__.__self__", "str.upper.__qualname__",
    "object.__init__.__name__", "type.__call__.__qualname__", "P.__class__", "type(P.__dict__['p']).__name__",
    "P.__weakref__ if hasattr(P, '__weakref__') else 'none'", "hasattr(S(), '__dict__')", "S.__dict__['a'].__class__.__name__",
    "P.m.__defaults__", "(lambda a=1, *, b=2: 0).__defaults__", "(lambda a=1, *, b=2: 0).__kwdefaults__",
    "def_f.__code__.co_argcount", "id(P) == id(P)", "hash(P) == hash(P)", "P == P", "P < P",
]
def def_f(a, b): pass
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
for b in [int, tuple, bytes, str, list, dict, Exception, float, object, set]:
    C = type('C', (b,), {})
    print(b.__name__, '__weakref__' in dir(C), '__dict__' in dir(C))
