class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D().who())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class E1(O): pass
class F1(O): pass
class G(E1, F1): pass
print(G.__bases__ == (E1, F1), G.__base__ is E1)
print([k.__name__ for k in G.__mro__])
print(issubclass(G, O), issubclass(O, G), isinstance(G(), F1))
print(type.mro(G) == list(G.__mro__))
class K1: 
    def f(self): return "K1"
class K2(K1): pass
class K3(K1):
    def f(self): return "K3"
class K4(K2, K3): pass
print(K4().f())
print(super(K2, K4()).f(), super(K3, K4()).f())
