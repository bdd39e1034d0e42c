def f():
    eval("1 / 0")
try:
    f()
except ZeroDivisionError as e:
    print(repr(e))
exec("def g():\n    raise KeyError('inside')\n")
def h():
    g()
h()
