# Classes are cycles (a class is in its own __mro__): freed only by the collector, and
# counted as CPython 3.11 counts them (class, __dict__, __bases__, __mro__, descriptors).
import gc

gc.collect()

def show(what):
    print(what, gc.collect())

class A:
    pass

del A
show("plain class")

class B:
    x = 1

    def f(self):
        return self

    def g(self):
        return 2

del B
show("class with two methods")

class S:
    __slots__ = ("a", "b")

del S
show("class with slots")

class Base:
    pass

class Derived(Base):
    pass

del Derived
show("subclass")
del Base
show("base after its subclass")

class L(list):
    pass

del L
show("list subclass")

class E(Exception):
    pass

del E
show("exception class")

class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Node(None)
for i in range(3):
    Node(Node(root))
del root
show("tree with parent links")
print(sorted(k for k in vars(type("T", (), {})) if k.startswith("__w") or k == "__dict__"))
show("type() call")
