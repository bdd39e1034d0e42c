def f(a, /):
    pass
def f(a, b, /):
    pass
def f(a, /, b):
    pass
def f(a, /, b, *, c):
    pass
def f(a=1, /, b=2, *, c=3):
    pass
def f(a, b=1, /, c=2):
    pass
def f(a, /, *args, **kw):
    pass
def f(a, /, *, b):
    pass
def f(a, /,):
    pass
def f(a, /, b, *args, c, d=4, **kw):
    pass
def f(a, b, /, c, d, *, e, f):
    pass
