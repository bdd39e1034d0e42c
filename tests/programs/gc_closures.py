# Closures that reach themselves through their cells: freed by the collector, counted
# as CPython 3.11 counts them (function, closure tuple, cells, and what they hold).
import gc

gc.collect()


def show(what):
    print(what, gc.collect())


def recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


f = recursive()
print(f(10))
del f
show("recursive closure")


def mutual():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)

    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even


e = mutual()
print(e(10), e(7))
del e
show("mutually recursive closures")


def counter():
    count = 0
    state = {}

    def bump():
        nonlocal count
        count += 1
        state["last"] = bump
        return count
    return bump


c = counter()
print(c(), c(), c())
del c
show("closure storing itself")


def lambdas():
    fs = [lambda i=i: (i, fs) for i in range(3)]
    return fs


fs = lambdas()
print([f()[0] for f in fs])
del fs
show("lambdas sharing a cell")


class Widget:
    def __init__(self):
        self.callback = lambda: self


w = Widget()
print(w.callback() is w)
del w
show("lambda capturing self")
show("nothing left")
