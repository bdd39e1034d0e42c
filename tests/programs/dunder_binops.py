class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v})"
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v) if not isinstance(o, V) else NotImplemented
    def __sub__(self, o): return V(self.v - o)
    def __rsub__(self, o): return V(o - self.v)
    def __mul__(self, o): return V(self.v * o)
    __rmul__ = __mul__
    def __truediv__(self, o): return V(self.v / o)
    def __rtruediv__(self, o): return V(o / self.v)
    def __floordiv__(self, o): return V(self.v // o)
    def __rfloordiv__(self, o): return V(o // self.v)
    def __mod__(self, o): return V(self.v % o)
    def __rmod__(self, o): return V(o % self.v)
    def __pow__(self, o, m=None): return V(pow(self.v, o, m))
    def __rpow__(self, o): return V(o ** self.v)
    def __lshift__(self, o): return V(self.v << o)
    def __rlshift__(self, o): return V(o << self.v)
    def __rshift__(self, o): return V(self.v >> o)
    def __rrshift__(self, o): return V(o >> self.v)
    def __and__(self, o): return V(self.v & o)
    def __rand__(self, o): return V(o & self.v)
    def __or__(self, o): return V(self.v | o)
    def __ror__(self, o): return V(o | self.v)
    def __xor__(self, o): return V(self.v ^ o)
    def __rxor__(self, o): return V(o ^ self.v)
    def __matmul__(self, o): return V(("@", self.v, o))
    def __rmatmul__(self, o): return V(("r@", o, self.v))
    def __divmod__(self, o): return (self.v // o, self.v % o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(+self.v)
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
a = V(7)
print(a + 1, 1 + a, a + a, a - 2, 10 - a, a * 3, 3 * a)
print(a / 2, 14 / a, a // 2, 15 // a, a % 4, 15 % a)
print(a ** 2, 2 ** a, pow(a, 2, 5), a << 1, 1 << a, a >> 1, 256 >> a)
print(a & 3, 3 & a, a | 8, 8 | a, a ^ 1, 1 ^ a)
print(a @ 2, 2 @ a, divmod(a, 2), divmod(3, a))
print(-a, +a, abs(V(-3)), ~a)
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __add__(self, o): return "Sub.add"
    def __radd__(self, o): return "Sub.radd"
print(Base() + Sub(), Sub() + Base())
class Sub2(Base): pass
print(Base() + Sub2())
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    N() + N()
except TypeError as e:
    print("TypeError:", e)
try:
    N() - 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
try:
    -N()
except TypeError as e:
    print("TypeError:", e)
try:
    pow(N(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(N(), 1)
except TypeError as e:
    print("TypeError:", e)
