class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        super().__init__()
class A(Base):
    def __init__(self, a=0, **kw):
        print("A.__init__", a)
        super().__init__(**kw)
class B(Base):
    def __init__(self, b=0, **kw):
        print("B.__init__", b)
        super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print("C.__init__")
        super().__init__(**kw)
C(a=1, b=2, extra=3)
print([k.__name__ for k in C.__mro__])
class N:
    def __new__(cls, *args):
        print("N.__new__", cls.__name__, args)
        return super().__new__(cls)
class M(N):
    def __new__(cls, x):
        inst = super().__new__(cls, x)
        inst.x = x
        return inst
print(M(5).x)
class Attr:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return ("got", v)
a = Attr()
a.v = 4
print(a.v)
class P:
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class Q(P):
    @P.x.setter
    def x(self, v):
        print("Q setter")
        P.x.fset(self, v + 1)
q = Q()
q.x = 1
print(q.x)
class R:
    def who(self): return "R"
class S(R):
    def who(self):
        return [super().who(), super(S, self).who(), super().__class__.__name__, super().__self__ is self]
print(S().who())
class Outer:
    class Inner:
        def m(self): return super().__repr__()[:7]
print(Outer.Inner().m(), Outer.Inner.__qualname__)
class T(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
    def get(self, k, d=None):
        return "via get " + str(super().get(k, d))
t = T(a=1)
print(t["a"], t.get("a"), t.get("z"))
class U(list):
    def append(self, v):
        super().append(v)
        super().append(v)
u = U()
u.append(1)
print(u, len(u))
class V(int):
    def __add__(self, o): return V(super().__add__(o) * 2)
    def __repr__(self): return "V" + super().__repr__()
print(repr(V(3) + 1), V(3) + V(1))
