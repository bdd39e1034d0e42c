# import_circular: circular imports as CPython runs them: a module is in sys.modules
# before its body runs, "cannot import name ... from partially initialized module",
# "partially initialized module ... has no attribute", and the failed modules are
# taken out of sys.modules again.
import sys
import imppkg_circ.a as a

print(a.from_b(), a.b.SEEN_A, a.b.IN_MODULES)


def short(msg):
    # The message ends with the module's path: keep its last two parts.
    head, sep, path = msg.rpartition(" (")
    return head + sep + "/".join(path.split("/")[-2:])


try:
    import imppkg_circ.c
except ImportError as e:
    print(type(e).__name__, short(str(e)))
    print(e.name, e.path.endswith("/imppkg_circ/c.py"))
print([k for k in sys.modules if k.startswith("imppkg_circ.")])
print(hasattr(sys.modules["imppkg_circ"], "c"), hasattr(sys.modules["imppkg_circ"], "d"))
try:
    import imppkg_circ.f
except AttributeError as e:
    print(type(e).__name__, e)
print("imppkg_circ.e" in sys.modules, "imppkg_circ.f" in sys.modules)
try:
    from imppkg_circ.a import nothing
except ImportError as e:
    print(type(e).__name__, short(str(e)))
try:
    from sys import nothing
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
