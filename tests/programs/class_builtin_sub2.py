class LoudDict(dict):
    def __getitem__(self, k):
        return "<" + str(super().__getitem__(k)) + ">"
    def __missing__(self, k):
        return "missing:" + k
d = LoudDict(a=1)
print(d["a"], d["zz"], d.get("a"), "{a} {b}".format_map(d), dict(d), list(d.items()), d == {"a": 1})
class RevList(list):
    def __iter__(self):
        return iter(reversed(list(super().__iter__())))
r = RevList([1, 2, 3])
print(list(r), [x for x in r], r[0], len(r), sorted(r), tuple(r), r + [4], type(r * 2).__name__, str(r))
class CIStr(str):
    def __eq__(self, o): return self.lower() == str(o).lower()
    def __hash__(self): return hash(self.lower())
keys = {CIStr("Hello"): 1}
print(keys.get("hello"), CIStr("ABC") == "abc", "abc" == CIStr("ABC"), CIStr("X") in ["x"], CIStr("a").upper(), type(CIStr("a").upper()).__name__)
class Money(int):
    def __new__(cls, v, cur="EUR"):
        o = super().__new__(cls, v)
        o.cur = cur
        return o
    def __repr__(self): return f"{int(self)} {self.cur}"
m = Money(5, "USD")
print(m, m + 1, type(m + 1).__name__, m * 2, -m, abs(Money(-3)), m == 5, hash(m) == hash(5), f"{m:03d}", str(m), m.cur)
print(isinstance(m, int), int(m), float(m), m.bit_length(), divmod(m, 2), m.__class__.__name__, [0, 1, 2, 3, 4, 5, 6][m])
class Vec(tuple):
    def __new__(cls, *xs): return super().__new__(cls, xs)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self, o)))
    def __repr__(self): return "Vec" + super().__repr__()
print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) + (1, 1), (1, 1) + Vec(1, 2), Vec(1, 2)[0], Vec(1, 2) == (1, 2), hash(Vec(1, 2)) == hash((1, 2)))
class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for i in items: self[i] = self.get(i, 0) + 1
c = Counter("abracadabra")
print(sorted(c.items()), max(c, key=c.get), len(c), type(c.copy()).__name__, isinstance(c, dict))
class OrderedSet(list):
    def add(self, x):
        if x not in self: self.append(x)
s = OrderedSet()
for ch in "hello": s.add(ch)
print(s, s.index("l"), "".join(s))
class UpperStr(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
u = UpperStr("abc")
print(u, len(u), u + "x", u[0], u.lower(), repr(u), u.split("B"), "%s|%r" % (u, u), f"{u!r:>7}")
class FloatSub(float):
    def __str__(self): return f"~{float(self):.1f}"
f = FloatSub(2.345)
print(f, str(f), repr(f), f + 1, f"{f}", f"{f:.2f}", "%s" % f, round(f, 1), int(f), f.is_integer())
class E(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code
try:
    raise E("a", "b", code=3)
except E as e:
    print(e, e.args, e.code, repr(e))
class BoolLike(int):
    def __bool__(self): return False
print(bool(BoolLike(5)), "t" if BoolLike(1) else "f", BoolLike(5) + 0)
class ByteSub(bytes):
    def hexed(self): return self.hex()
print(ByteSub(b"ab").hexed(), ByteSub(b"ab") + b"c", type(ByteSub(b"ab")[:1]).__name__, ByteSub([65, 66]))
class SetSub(set):
    pass
ss = SetSub([3, 1])
print(sorted(ss), type(ss | {2}).__name__, type(ss.copy()).__name__, ss == {1, 3}, isinstance(ss, set))
