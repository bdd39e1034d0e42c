class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
g = G()
print(g.real, g.xyz, getattr(g, "nope", "dflt"), hasattr(g, "nope"))
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
ga = GA()
ga.q = 5
print(ga.magic, ga.q, ga.other)
class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = SA()
s.a = 3
print(s.a)
del s.a
print(hasattr(s, "a"))
setattr(s, "b", 1)
delattr(s, "b")
try:
    delattr(s, "b")
except AttributeError as e:
    print("AttributeError:", e)
class O: pass
o = O()
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    O.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(vars(o), o.__dict__)
o.k = 1
print(vars(o), sorted(vars(O).keys())[:3])
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(o) if not n.startswith("__")])
print("__init__" in dir(o), "k" in dir(o))
try:
    getattr(o, 1)
except TypeError as e:
    print("TypeError:", e)
