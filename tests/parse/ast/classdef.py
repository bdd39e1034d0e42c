class A:
    pass
class A():
    pass
class A(B):
    pass
class A(B, C):
    pass
class A(B, metaclass=M):
    pass
class A(metaclass=M):
    pass
class A(B, C, metaclass=M, **kw):
    pass
class A(*bases):
    pass
class A(*bases, **kw):
    pass
class A(B, *bases, key=1):
    pass
class A(a.b.C):
    pass
class A(B[int]):
    pass
class A(B,):
    pass
class A: x = 1
class A:
    x = 1
    y: int = 2
    def m(self):
        return self.x
    class Inner:
        pass
    @classmethod
    def c(cls):
        pass
