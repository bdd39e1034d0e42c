class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), 5 in OnlyGetitem(), list(reversed([1, 2])))
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print("TypeError:", e)
class Seq2:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(Seq2())), sorted(Seq2(), reverse=True))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly(), max(IterOnly()), dict.fromkeys(IterOnly()))
a, *b = IterOnly()
print(a, b)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v
print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(1)], [Eq(2)].index(Eq(2)), [Eq(1), Eq(1)].count(Eq(1)))
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Lt({self.v})"
print(Lt(2) > Lt(1), sorted([Lt(3), Lt(1), Lt(2)]), min(Lt(5), Lt(4)))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print("TypeError:", e)
class HashInherit:
    def __hash__(self): return 7
class Child(HashInherit):
    pass
print(hash(Child()), hash(HashInherit()))
class ChildEq(HashInherit):
    def __eq__(self, o): return False
print(ChildEq.__hash__)
class ReHash(ChildEq):
    __hash__ = HashInherit.__hash__
print(hash(ReHash()))
class Dunder:
    def __len__(self): return 2
    def __length_hint__(self): return 10
print(len(Dunder()), bool(Dunder()))
class ClassAttrs:
    pass
o = ClassAttrs()
o.__class__ = Child
print(type(o).__name__, isinstance(o, HashInherit))
try:
    o.__class__ = int
except TypeError as e:
    print("TypeError:", e)
o.__dict__ = {"z": 1}
print(o.z, vars(o))
class WithDir:
    def __dir__(self): return ["b", "a", "c"]
print(dir(WithDir()))
class Getter:
    def __getattr__(self, n): return n * 2
g = Getter()
print(g.ab, getattr(g, "x"), hasattr(g, "anything"))
class Meta(type):
    def __getattr__(cls, n): return "meta-" + n
    def __len__(cls): return 42
    def __iter__(cls): return iter("xy")
class UsesMeta(metaclass=Meta): pass
print(UsesMeta.foo, len(UsesMeta), list(UsesMeta))
