class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return issubclass(sub, (int, str))
class Intish(metaclass=Meta): pass
print(isinstance(3, Intish), isinstance("a", Intish))
print(issubclass(bool, Intish), issubclass(list, Intish))
print(isinstance(Intish(), Intish))
print(isinstance(3, (str, Intish)))
print(isinstance(3, (int, str)), isinstance(3, ((list, int),)))
print(issubclass(bool, (str, (int,))))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 3)
except TypeError as e:
    print("TypeError:", e)
class N:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, *a):
        print("init", a)
n = N(1, 2)
print(n.made)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
try:
    object.__new__(1)
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyInit:
    def __init__(self): pass
try:
    OnlyInit(1)
except TypeError as e:
    print("TypeError:", e)
class InitRet:
    def __init__(self): return 1
try:
    InitRet()
except TypeError as e:
    print("TypeError:", e)
print(type(n) is N, n.__class__.__name__, N.__name__, N.__qualname__, N.__module__)
def f():
    class Local: pass
    return Local
print(f().__qualname__, repr(f())[:30])
print(object.__subclasses__ is not None, int.__base__, bool.__mro__)
class WithDoc:
    "doc here"
print(WithDoc.__doc__, N.__doc__)
