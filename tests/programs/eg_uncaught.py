# An uncaught exception group after except* took part of it: the box display.
def f(x):
    raise ValueError(x)


def g():
    errs = []
    for i in range(2):
        try:
            f(i)
        except ValueError as e:
            errs.append(e)
    errs.append(ExceptionGroup("inner", [TypeError("t"), KeyError("k")]))
    raise ExceptionGroup("outer", errs)


try:
    g()
except* TypeError as e:
    print("caught", repr(e))
