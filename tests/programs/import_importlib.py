# import_importlib: importlib.import_module (absolute, relative with package=, its
# errors), importlib.reload, and __import__ with globals, fromlist and level.
import importlib
import sys

m = importlib.import_module("imppkg_rel.sub.leaf")
print(m.__name__, m.LEAF)
print(importlib.import_module("imppkg_rel.sub") is sys.modules["imppkg_rel.sub"])
print(importlib.import_module(".base", "imppkg_rel").NAME)
print(importlib.import_module("..base", "imppkg_rel.sub").describe("rel"))
print(importlib.import_module(".", "imppkg_rel.sub").__name__)
print(importlib.import_module("math").floor(3.7))
for args in [(".base",), ("..x", "imppkg_rel"), ("", None), (".x", ""), ("no_such_mod",)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
top = __import__("imppkg_rel.sub.leaf")
print(top.__name__)
leaf = __import__("imppkg_rel.sub.leaf", fromlist=["LEAF"])
print(leaf.__name__)
base = __import__("base", {"__name__": "imppkg_rel.sub", "__package__": "imppkg_rel"}, None, ["NAME"], 1)
print(base.__name__, base.NAME)
pkg = __import__("", {"__package__": "imppkg_rel.sub"}, None, ["leaf"], 2)
print(pkg.__name__)
sub = __import__("sub", globals={"__name__": "imppkg_rel.x"}, level=1)
print(sub.__name__)
sys.path.insert(0, "impmods")
import counter_mod

print(counter_mod.loads(), counter_mod.STATE)
counter_mod.STATE = "changed"
again = importlib.reload(counter_mod)
print(again is counter_mod, counter_mod.loads(), counter_mod.STATE)
try:
    importlib.reload("not a module")
except TypeError as e:
    print(type(e).__name__, e)
for g in [None, 5, {}, {"__name__": 3}, {"__package__": 3}, {"__name__": "a.b"}]:
    try:
        __import__("x", g, None, [], 1)
    except Exception as e:
        print("globals", g, type(e).__name__, e)
