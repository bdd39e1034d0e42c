class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)
class R(P):
    pass
r = R(1, 2)
r.w = 4
print(r.__dict__)
print(type(P.x).__name__)
class S:
    __slots__ = "single"
s = S()
s.single = 1
print(s.single, S.__slots__)
class T:
    __slots__ = ("a", "__dict__")
t = T()
t.a = 1
t.b = 2
print(t.a, t.__dict__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class W:
    __slots__ = ("__weakref__", "v")
print(W.__slots__)
try:
    S().single
except AttributeError as e:
    print("AttributeError:", e)
