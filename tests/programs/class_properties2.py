class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="in F")
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self): return "sub:" + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)
p = property()
try:
    p.__get__(t)
except AttributeError as e:
    print("AttributeError:", e)
print(p.fget, p.fset, p.fdel, p.__doc__, property(None, None, None, "d").__doc__)
class Lazy:
    def __init__(self): self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, l.calls)
class Slotted:
    __slots__ = ("_v",)
    def __init__(self): self._v = 1
    v = property(lambda self: self._v)
print(Slotted().v)
class CM:
    @classmethod
    @property
    def info(cls): return "classprop " + cls.__name__
print(CM.info)
class Desc:
    def __get__(self, inst, owner): return ("get", inst is None, owner.__name__)
class Owner:
    d = Desc()
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
print(Owner.d, Owner().d[1], Owner.s(), Owner().c(), Owner.c.__self__.__name__, Owner.__dict__["s"].__func__())
class Abstract:
    def method(self): raise NotImplementedError("subclass must implement")
try:
    Abstract().method()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(Owner.__dict__["c"], classmethod), isinstance(Temp.celsius, property), callable(Owner.__dict__["s"]))
print(staticmethod(len)("abc"), classmethod(lambda c: c).__func__(1))
