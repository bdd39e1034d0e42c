class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): 
        print("A.eq"); return isinstance(o, A) and self.v == o.v
    def __lt__(self, o): return self.v < o.v if isinstance(o, A) else NotImplemented
    def __le__(self, o): return self.v <= o.v
class B:
    pass
print(A(1) == A(1), A(1) != A(2), A(1) < A(2), A(2) > A(1), A(1) >= A(1))
print(A(1) == 1)
try:
    A(1) < B()
except TypeError as e:
    print("TypeError:", e)
try:
    B() < B()
except TypeError as e:
    print("TypeError:", e)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] <= (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None > 1
except TypeError as e:
    print("TypeError:", e)
print(B() == B(), B() != B())
b = B()
print(b == b, b != b)
try:
    hash(A(1))
except TypeError as e:
    print("TypeError:", e)
print(A.__hash__)
class H:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
print(len({H(1), H(1), H(2)}))
class Sub(A):
    def __gt__(self, o):
        print("Sub.gt"); return True
print(A(1) < Sub(2))
class R:
    def __eq__(self, o): return NotImplemented
print(R() == R(), R() != 3)
class HashMinus:
    def __hash__(self): return -1
print(hash(HashMinus()))
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Inherit(H):
    def __eq__(self, o): return True
try:
    hash(Inherit(1))
except TypeError as e:
    print("TypeError:", e)
print(sorted([A(3), A(1), A(2)], key=lambda a: a.v)[0].v, max(A(3), A(5)).v)
