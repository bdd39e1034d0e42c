l = [1]
l.append(l)
d = {"k": 1}
d["self"] = d
print(l, d, repr(l), str(d))
t = (l,)
print(t)
s = [d, l]
print(s)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f"Node({self.children!r})"
n = Node()
n.children.append(n.children)
print(n)
class BadStr:
    def __str__(self): return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadStr()}"
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat(), "")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError:", e)
print(format(Plain(), "")[:8], f"{Plain()!s:.3}")
def recurse(n): return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError:", e)
a = []
b = [a]
a.append(b)
print(a, b)
od = {1: {}}
od[1][2] = od
print(od)
st = {1, 2}
print(str(frozenset({3})), repr(set()), repr(frozenset()), {(): ()}, [[]], [{}], ({},))
print(repr(1.0), repr(-0.0), repr(1e100), repr(float("nan")), repr(1+0j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)))
print(repr("a\tb"), repr("\x00"), repr("'\""), repr(b"\t\x00'"), repr(bytearray(b"\"")), repr(r"\d"), repr("\u0085"), repr("\U0010ffff"))
