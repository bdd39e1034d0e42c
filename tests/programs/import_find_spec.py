# import_find_spec: importlib.util.find_spec (a submodule of the built-in importlib,
# from peppy's lib/) tells where a module would come from without importing it.
import importlib.util
import sys

for name in ["imppkg_basic", "imppkg_basic.shapes", "imppkg_rel.sub.leaf", "no_such_mod", "sys"]:
    spec = importlib.util.find_spec(name)
    if spec is None:
        print(name, None)
        continue
    origin = spec.origin
    if origin not in (None, "built-in"):
        origin = "/".join(origin.split("/")[-2:])
    print(spec.name, origin, spec.parent, spec.submodule_search_locations is not None)
print("imppkg_basic.shapes" in sys.modules, "imppkg_basic" in sys.modules, importlib.util.__name__)
print("imppkg_rel.sub.leaf" in sys.modules, "imppkg_rel.sub" in sys.modules)
print(importlib.util.find_spec(".base", "imppkg_rel").name)
print(importlib.util.resolve_name("..x", "a.b.c"), importlib.util.resolve_name("y", None))
for args in [(".x", None), ("..x", "a"), ("imppkg_star.helpers.nope", None)]:
    try:
        importlib.util.find_spec(*args)
    except ImportError as e:
        print(type(e).__name__, e)
sys.modules["fake"] = None
print(importlib.util.find_spec("fake"))
try:
    importlib.util.find_spec("__main__")
except ValueError as e:
    print(type(e).__name__, e)
