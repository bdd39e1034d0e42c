class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        d = {"injected": 42}
        return d
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.extra = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kw)
    def hello(cls):
        return "hello from " + cls.__name__
class C(metaclass=Meta, flag=1):
    def __init__(self, a):
        self.a = a
    def m(self): return self.a
c = C(3)
print(c.a, c.injected, C.extra, type(C).__name__, C.hello())
class D(C): pass
print(type(D) is Meta, D.extra)
T = type("T", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(T.__name__, T().f(), T.__bases__, type(T))
T2 = type("T2", (T,), {})
print(T2().f(), T2.__mro__)
print(type(1), type("s"), type(type))
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Single):
    pass
print(S() is S())
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class A3(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
def fmeta(name, bases, ns):
    return name.upper()
class lower(metaclass=fmeta): pass
print(lower)
try:
    type("a", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("a", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(C, Meta), Meta.__mro__)
