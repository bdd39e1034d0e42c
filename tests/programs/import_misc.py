# import_misc: imports inside functions and loops (cached after the first), `import
# a.b.c as d`, re-importing after `del sys.modules[...]`, a module importing
# __main__, dir() of a module, and imports in class bodies.
import sys

sys.path.insert(0, "impmods")
MARK = "the mark"


def get_leaf():
    import imppkg_rel.sub.leaf as leaf

    return leaf


leaves = [get_leaf() for _ in range(3)]
print(leaves[0] is leaves[2], leaves[0].__name__, "imppkg_rel" in dir())
import imppkg_rel.sub.deeper as deeper

print(deeper.__name__, deeper is sys.modules["imppkg_rel.sub.deeper"])
import peek_main

print(peek_main.SEEN, peek_main.RUNS, RUNS)
del sys.modules["peek_main"]
import peek_main as peek_again

print(peek_again is peek_main, peek_again.RUNS, RUNS)
print([n for n in dir(peek_again) if not n.startswith("__")])
print(sorted(n for n in dir(peek_again) if n.startswith("__"))[:4])


class Holder:
    import imppkg_rel.base as base_mod
    from imppkg_rel.base import NAME


print(Holder.NAME, Holder.base_mod.describe("Holder"))
top = __import__("imppkg_rel.sub")
print(top.__name__, top.sub.__name__)
for name in ["imppkg_rel", "imppkg_rel.sub", "imppkg_rel.base"]:
    m = sys.modules[name]
    print(name, m.__name__ == name, m.__package__)
