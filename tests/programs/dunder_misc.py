class F:
    def __call__(self, *a, **k): return ("called", a, k)
print(F()(1, x=2), callable(F()), callable(F), callable(1))
try:
    one = 1; one()
except TypeError as e:
    print("TypeError:", e)
class Ctx:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.suppress
with Ctx(True) as c:
    raise ValueError("boom")
print("after suppress")
try:
    with Ctx(False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Ctx(False), Ctx(True):
    raise IndexError
class Idx:
    def __index__(self): return 3
print([0, 1, 2, 3, 4][Idx()], bin(Idx()), hex(Idx()), "ab"*Idx(), range(Idx()))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 9
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
print(int(Num()), float(Num()), complex(Num()), round(Num()), round(Num(), 2))
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
    def __repr__(self): return "Fmt()"
    def __str__(self): return "fmt-str"
f = Fmt()
print(format(f, "x"), f"{f:>10}", f"{f!r}", f"{f!s}", str(f), repr(f), "%s %r" % (f, f))
class NoStr:
    def __repr__(self): return "only-repr"
print(str(NoStr()), f"{NoStr()}")
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadIdx:
    def __index__(self): return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print("TypeError:", e)
try:
    k = "a"; [1][k]
except TypeError as e:
    print("TypeError:", e)
class D:
    def __del__(self): print("del", id(self) == ident)
d = D(); ident = id(d)
del d
print("after del")
def scope():
    x = D()
    global ident
    ident = id(x)
scope()
print("end")
