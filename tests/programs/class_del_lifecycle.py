class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
def use():
    r = Res("a")
    print("using", r.name)
use()
print("after use")
x = Res("b")
x = Res("c")
print("rebound")
lst = [Res("d"), Res("e")]
lst.pop(0)
print("popped")
del lst
print("deleted list")
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrect")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
d = {"k": Res("f")}
d["k"] = None
print("replaced in dict")
def gen():
    r = Res("g")
    yield 1
    yield 2
g = gen()
next(g)
del g
print("generator dropped")
with open if False else type("CM", (), {"__enter__": lambda s: Res("h"), "__exit__": lambda s, *a: None})() as h:
    print("in with", h.name)
del h
print("end")
