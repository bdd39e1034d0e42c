def f():
    pass
def f(a):
    pass
def f(a, b):
    pass
def f(a, b=1):
    pass
def f(a=1, b=2):
    pass
def f(*args):
    pass
def f(**kwargs):
    pass
def f(*args, **kwargs):
    pass
def f(a, *, b):
    pass
def f(a, *, b=1, c):
    pass
def f(*, a, b=2):
    pass
def f(a, b=1, *args, c, d=2, **kw):
    pass
def f(a,):
    pass
def f(*args,):
    pass
def f(**kw,):
    pass
def f(a, *, b,):
    pass
def f(): return 1
def f(x): x += 1; return x
