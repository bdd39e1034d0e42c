global a
global a, b, c
def f():
    global x
    x = 1
def outer():
    y = 1
    z = 2
    def inner():
        nonlocal y
        nonlocal y, z
        y = 2
    return inner
class C:
    global g
    def m(self):
        global h, i
