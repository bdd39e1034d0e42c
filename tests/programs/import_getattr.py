# import_getattr: module __getattr__ (PEP 562) with plain and from-imports, and
# namespace packages (folders without __init__.py) spread over two sys.path entries.
import sys

sys.path.insert(0, "impmods")
import lazy_mod

print(lazy_mod.REAL, lazy_mod.lazy_one, lazy_mod.made)
from lazy_mod import lazy_two, REAL

print(lazy_two, REAL, lazy_mod.made)
try:
    from lazy_mod import other
except ImportError as e:
    print(type(e).__name__, e.args[0].split(" (")[0])
try:
    lazy_mod.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(lazy_mod, "nope", "default"), hasattr(lazy_mod, "lazy_x"))
sys.path[1:1] = ["imppkg_ns_a", "imppkg_ns_b"]
import nsdemo.part_b

print(nsdemo.part_b.WHO)
print(nsdemo.__file__, [p.rsplit("/", 2)[-2] for p in nsdemo.__path__])
print(nsdemo.__spec__.origin, nsdemo.__package__, nsdemo.part_a.__package__)
print(sorted(k for k in vars(nsdemo) if not k.startswith("__")))
try:
    import nsdemo.part_c
except ModuleNotFoundError as e:
    print(e)
