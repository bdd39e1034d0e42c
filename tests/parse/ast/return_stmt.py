def f():
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return (1, 2)
def j():
    return *a, b
def k():
    return a if b else c
def l():
    return lambda: 1
def m():
    return (yield)
