class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)
class P:
    a = Field()
    b = Field()
p = P()
print(p.a)
p.a = 2
print(p.a, p._a, isinstance(P.a, Field))
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G[1, 2])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
print(list[int].__origin__, list[int].__args__)
def deco(cls):
    cls.decorated = True
    return cls
def deco2(tag):
    def d(cls):
        cls.tag = tag
        return cls
    return d
@deco
@deco2("t")
class Q: pass
print(Q.decorated, Q.tag)
class Ctr:
    count = 0
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        Ctr.count += 1
        cls.pname = prefix + cls.__name__
class S1(Ctr, prefix="x_"): pass
class S2(Ctr): pass
print(Ctr.count, S1.pname, S2.pname)
try:
    class S3(Ctr, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class S4(bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
class H:
    def __set_name__(self, owner, name):
        raise ValueError("no")
try:
    class Z:
        h = H()
except Exception as e:
    print(type(e).__name__, e, e.__cause__)
