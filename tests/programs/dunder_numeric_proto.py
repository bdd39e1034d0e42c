class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[Idx(2):Idx(5)], l[Idx(-1)], "abcdef"[Idx(1)::Idx(2)], range(Idx(3)), [0] * Idx(2), hex(Idx(255)), oct(Idx(8)), bin(Idx(5)))
print(int(Idx(7)), round(3.14159, Idx(2)), chr(Idx(65)))
print(format(Idx(5), "") if False else "", bytes(Idx(3)), bytearray(Idx(2)), "x".zfill(Idx(3)), (1, 2, 3)[Idx(1)], int.from_bytes(b"\x01", "big"))
class IntLike:
    def __int__(self): return 42
print(int(IntLike()))
try:
    [1, 2][IntLike()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(IntLike())
except TypeError as e:
    print("TypeError:", e)
class FloatLike:
    def __float__(self): return 1.25
print(float(FloatLike()), round(FloatLike().__float__(), 1))
try:
    int(FloatLike())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self): return "x"
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class Pw:
    def __pow__(self, other, mod=None): return ("pow", other, mod)
    def __rpow__(self, other, mod=None): return ("rpow", other, mod)
print(Pw() ** 2, pow(Pw(), 2, 5), 2 ** Pw(), pow(2, Pw()))
class Dm:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(divmod(Dm(), 3), divmod(3, Dm()))
class Cx:
    def __complex__(self): return 2+3j
print(complex(Cx()), abs(complex(Cx())))
class Ab:
    def __abs__(self): return "abs!"
    def __neg__(self): return "neg!"
    def __pos__(self): return "pos!"
    def __invert__(self): return "inv!"
print(abs(Ab()), -Ab(), +Ab(), ~Ab())
class Bool:
    def __bool__(self): return False
print("yes" if Bool() else "no", not Bool(), Bool() or "fallback", any([Bool()]), all([Bool()]))
class Rnd:
    def __round__(self, n=None): return f"round {n}"
    def __trunc__(self): return 3
    def __floor__(self): return 2
    def __ceil__(self): return 4
print(round(Rnd()), round(Rnd(), 3))
print(sum([Idx(1).__index__(), 2]), sorted([3, 1, 2], key=lambda v: Idx(-v).__index__()))
