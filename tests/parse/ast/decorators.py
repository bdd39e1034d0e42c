@a
def f():
    pass
@a.b
def f():
    pass
@a.b.c
def f():
    pass
@a()
def f():
    pass
@a(1, b=2)
def f():
    pass
@a
@b
@c(d)
def f():
    pass
@a[0]
def f():
    pass
@a[0].b(c)
def f():
    pass
@(lambda f: f)
def f():
    pass
@x if y else z
def f():
    pass
@a or b
class C:
    pass
@dataclass(frozen=True)
class D:
    x: int
@property
@staticmethod
async def g():
    pass
@ a . b
def f():
    pass
@x := y
def f():
    pass
