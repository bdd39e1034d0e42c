# class_attr_cache: attribute loads, stores and method calls repeated at the same place
# while the classes and instances change under them (the VM's inline caches must notice)
class A:
    def __init__(self, x):
        self.x = x

    def get(self):
        return "A.get"


class B:
    def get(self):
        return "B.get"


def read(o):
    return o.x


def write(o, v):
    o.x = v


def call(o):
    return o.get()


a = A(1)
out = [read(a), read(a)]
write(a, 2)
write(a, 3)
out.append(read(a))
A.x = property(lambda self: "property wins")  # a data descriptor now takes x
out.append(read(a))
del A.x
out.append(read(a))
del a.x
a.y = 5
try:
    read(a)
except AttributeError as e:
    out.append(str(e))
write(a, 7)
out.append((read(a), a.__dict__))
out.append([call(a), call(a)])
a.get = lambda: "instance get"  # the instance shadows the method
out.append(call(a))
del a.get
out.append(call(a))
a.__class__ = B
out.append(call(a))
B.get = lambda self: "new B.get"
out.append(call(a))
objs = [A(i) for i in range(3)] + [B()]
objs[3].x = "b"
out.append([read(o) for o in objs])
for o in objs:
    write(o, 10)
out.append([read(o) for o in objs])


class S:
    __slots__ = ("x",)


s = S()
write(s, 11)
out.append(read(s))
A.__getattr__ = lambda self, name: "getattr " + name
b = A(0)
del b.x
out.append((read(b), read(objs[0])))
for line in out:
    print(line)
