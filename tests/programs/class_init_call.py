# class_init_call: calling classes whose __init__ is Python code (made inline by the VM):
# arguments, defaults, errors, a non-None return, __new__ returning another object
class A:
    def __init__(self, x, y=2):
        self.x = x + y
class B(A):
    pass
class R:
    def __init__(self):
        return 5
class E:
    def __init__(self, v):
        if v:
            raise ValueError("bad %d" % v)
        self = None
print(A(1).x, B(1, 5).x, type(B(0)).__name__)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2, 3)
except TypeError as e:
    print(e)
try:
    R()
except TypeError as e:
    print(e)
print(type(E(0)).__name__)
try:
    E(3)
except ValueError as e:
    print(e)
class Sub(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Sub(3))
class G:
    def __new__(cls, *a):
        return 42
    def __init__(self):
        print("never")
print(G())
class P:
    def __init__(self, *args, **kw):
        self.args, self.kw = args, kw
p = P(1, 2, k=3)
print(p.args, p.kw, P().args)
R()
