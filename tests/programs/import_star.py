# import_star: `from m import *` with and without __all__ (names with "_" skipped),
# an __all__ that names a submodule, and CPython's errors for a bad __all__.
from imppkg_star import *

print(public(), helpers.helper())
print("not_listed" in globals(), "imppkg_star" in globals())
from imppkg_star.noall import *

print(VISIBLE, shown())
print("_private" in globals(), "_noall__dunder" in globals(), "__dunder" in globals())
try:
    from imppkg_star.badall import *
except AttributeError as e:
    print(type(e).__name__, e)
print(exists)
import imppkg_star.badall as badall

badall.__all__ = ["exists", 3]
try:
    from imppkg_star.badall import *
except TypeError as e:
    print(type(e).__name__, e)
badall.__all__ = ("exists",)
exists = None
from imppkg_star.badall import *

print(exists)
import sys


def where():
    return sorted(k for k in sys.modules if k.startswith("imppkg_star"))


print(where())
from math import *

print(floor(2.5), pi > 3)
from imppkg_star.oddall import *

print(a, b)
import imppkg_star.oddall as odd

for value in [5, {"a": 1}, range(1), None]:
    odd.__all__ = value
    try:
        from imppkg_star.oddall import *
        print("ok", a)
    except TypeError as e:
        print(type(e).__name__, e)
