# __del__ of objects in garbage cycles: every finalizer runs once, before any object of
# the cycle is cleared (attributes intact), in the order CPython 3.11 runs them; an
# object a finalizer resurrects survives and is not finalized again.
import gc

gc.collect()


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        other = getattr(self, "other", None)
        print("del", self.name, "sees", other.name if other is not None else None)


a, b = D("a"), D("b")
a.other, b.other = b, a
del a, b
print("collected", gc.collect())

ring = [D("r%d" % i) for i in range(4)]
for i in range(4):
    ring[i].other = ring[(i + 1) % 4]
del ring
print("collected", gc.collect())

x = D("x")
x.other = D("y")
x.other.other = x
x.extra = [x, {"k": x}]
del x
print("collected", gc.collect())

saved = []


class R:
    def __del__(self):
        print("resurrecting, finalized:", gc.is_finalized(self))
        saved.append(self)


r = R()
r.me = r
del r
print("collected", gc.collect())
print(len(saved), gc.is_finalized(saved[0]), gc.is_tracked(saved[0]))
saved.clear()
print("collected", gc.collect())


class Once:
    def __del__(self):
        print("once.__del__")
        keep.append(self)


keep = []
o = Once()
del o
print(len(keep))
keep.clear()
print("after clear")
print("collected", gc.collect())
