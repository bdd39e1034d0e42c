# Which RecursionError message CPython gives depends on where the limit is hit.
def plain(n): return plain(n + 1)
def kw(n): return kw(n=n + 1)
class A:
    def __getattr__(self, name): return getattr(self, name + "x")
class B:
    @property
    def p(self): return self.p
class D:
    def __len__(self): return len(self)
class E:
    def __iter__(self): return iter(self)
def via_map(n): return list(map(via_map, [n]))
cases = [lambda: plain(0), lambda: kw(0), lambda: A().foo, lambda: B().p,
         lambda: len(D()), lambda: iter(E()), lambda: via_map(0),
         lambda: str(eval("[" * 10 + "]" * 10))]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", r)
    except RecursionError as e:
        print(i, "RecursionError:", e)
import sys
print(sys.getrecursionlimit())
