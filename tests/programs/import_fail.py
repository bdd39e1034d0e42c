# import_fail: a module whose body raises is taken out of sys.modules (so the next
# import runs it again), and so are the modules whose import it broke; a module can
# put another object in sys.modules in its place.
import sys
import imppkg_fail

for attempt in range(2):
    try:
        import imppkg_fail.boom
    except ValueError as e:
        print(attempt, type(e).__name__, e)
    print("imppkg_fail.boom" in sys.modules, hasattr(imppkg_fail, "boom"))
print(imppkg_fail.LOADS)
try:
    from imppkg_fail import uses_boom
except ValueError as e:
    print("uses_boom:", e)
print(sorted(k for k in sys.modules if k.startswith("imppkg_fail")))
print(imppkg_fail.LOADS)
try:
    import imppkg_fail.no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from imppkg_fail import no_such_name
except ImportError as e:
    print(type(e).__name__, e.args[0].split(" (")[0], e.name)
import imppkg_fail.replaces as r

print(type(r).__name__, r.NOTE)
print(imppkg_fail.replaces is r, sys.modules["imppkg_fail.replaces"] is r)
sys.modules["fake_mod"] = "a string standing in for a module"
import fake_mod

print(fake_mod)
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
