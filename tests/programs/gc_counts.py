# gc.collect() counts the unreachable objects it found, as CPython 3.11 counts them.
import gc

gc.collect()

def show(what):
    print(what, gc.collect())

l = []
l.append(l)
del l
show("self-referencing list")
d = {}
d["me"] = d
del d
show("self-referencing dict")
t = ([],)
t[0].append(t)
del t
show("tuple <-> list")

class A:
    pass

a = A()
a.me = a
del a
show("instance")
a = A()
a.__dict__
a.me = a
del a
show("instance, __dict__ seen")
a, b = A(), A()
a.other, b.other = b, a
del a, b
show("two instances")
s = A()
s.items = [s, {}, (1, 2), (s,), {"k": [1]}]
del s
show("instance with containers")
x = {1: []}
x[1].append(x)
del x
show("dict <-> list")

def outer():
    def inner():
        return inner
    return inner

f = outer()
del f
show("closure referencing itself")

def make():
    def h(a=[]):
        return a
    h.__defaults__[0].append(h)
    return h

h = make()
del h
show("function in its defaults")

class Q:
    def m(self):
        return 1

q = Q()
q.bound = q.m
del q
show("bound method")
show("nothing left")
