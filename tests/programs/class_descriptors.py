class Data:
    def __get__(self, obj, t=None):
        return "data-get"
    def __set__(self, obj, v):
        print("data-set", v)
    def __delete__(self, obj):
        print("data-delete")
class NonData:
    def __get__(self, obj, t=None):
        return ("nondata-get", obj is None, t.__name__)
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__["d"] = "inst"
c.__dict__["n"] = "inst-n"
print(c.d, c.n)
c.d = 5
del c.d
print(C.n)
del c.__dict__["n"]
print(c.n)
class Prop:
    def __init__(self): self._x = 0
    def getx(self):
        "the x"
        return self._x
    def setx(self, v): self._x = v
    def delx(self): print("deleting x"); del self._x
    x = property(getx, setx, delx)
    @property
    def y(self):
        """y doc"""
        return 1
    @y.setter
    def y(self, v): print("set y", v)
    @y.deleter
    def y(self): print("del y")
    @property
    def ro(self): return "ro"
p = Prop()
p.x = 3
print(p.x, Prop.x.__doc__, Prop.y.__doc__)
del p.x
p.y = 9
del p.y
try:
    p.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError:", e)
print(type(Prop.x).__name__, Prop.x.fget.__name__, Prop.ro.fset)
class K:
    @classmethod
    def cm(cls, a): return (cls.__name__, a)
    @staticmethod
    def sm(a): return a * 2
class K2(K): pass
print(K.cm(1), K2.cm(2), K2().cm(3), K.sm(4), K().sm(5))
print(type(K.__dict__["cm"]).__name__, type(K.__dict__["sm"]).__name__)
print(K.__dict__["sm"].__func__(6), K.__dict__["cm"].__func__.__name__)
m = K2().cm
print(m.__self__ is K2, m.__func__ is K.__dict__["cm"].__func__.__name__)
class Rev:
    def __get__(self, obj, t): return 7
class U:
    v = Rev()
print(U.v, U().v)
f = lambda self: self
bound = f.__get__(5, int)
print(bound(), type(bound).__name__)
