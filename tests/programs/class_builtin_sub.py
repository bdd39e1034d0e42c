class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(a=1)
d["b"] = 2
print(d, type(d).__name__, isinstance(d, dict), len(d))
class L(list):
    def sum(self): return sum(self)
l = L([1, 2, 3])
l.append(4)
print(l, l.sum(), l[1:], type(l[1:]).__name__, type(l + l).__name__)
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[1]}"
try:
    raise E(5, "bad")
except E as e:
    print(e, repr(e), e.args, e.code)
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi")
print(s, s.shout(), s + "x", type(s + "x").__name__, repr(s), len(s), s == "hi", hash(s) == hash("hi"))
class I(int):
    def __repr__(self): return f"I({int(self)})"
i = I(5)
print(i, i + 1, type(i + 1).__name__, repr(i), i * 2, isinstance(i, int), str(i))
class I2(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(I2(3), I2(3) + 0)
class F(float): pass
print(F(1.5) * 2, type(F(1.5)).__name__, F("2.5"))
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
t = T(1, 2)
print(t, type(t).__name__, t[0], len(t))
class Point(tuple):
    @property
    def x(self): return self[0]
print(Point((3, 4)).x)
class MySet(set): pass
ms = MySet([1, 2])
print(sorted(ms), type(ms | {3}).__name__)
class Ordered(dict):
    def __missing__(self, k): return 0
o = Ordered()
print(o["x"], o.get("x"))
class Bytes(bytes): pass
print(Bytes(b"ab"), Bytes(b"ab")[0])
class B(bool if False else int): pass
print(B(3) == 3)
try:
    class X(bool): pass
except TypeError as e:
    print("TypeError:", e)
class EE(ValueError): pass
try:
    raise EE("x")
except ValueError as e:
    print("caught", type(e).__name__, e)
class KE(KeyError):
    pass
print(str(KE("k")), repr(KE("k")))
class DL(list):
    def __init__(self, *a):
        super().__init__(a)
print(DL(1, 2, 3))
class Str2(str):
    def __str__(self): return "custom"
print(str(Str2("x")), "%s" % Str2("x"), f"{Str2('x')}", Str2("x") + "")
