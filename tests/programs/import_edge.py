# import_edge: a package importing its own submodules from its __init__, a module
# importing itself, `from` imports out of objects that are not modules, and names
# that are not found in a package.
import sys
import imppkg_self

print(imppkg_self.X, imppkg_self.again is imppkg_self.inner)
import imppkg_self.selfimp

print(imppkg_self.selfimp.LATER)
try:
    from imppkg_self import nothing
except ImportError as e:
    print(e.args[0].split(" (")[0], e.name, e.path.endswith("imppkg_self/__init__.py"))
sys.modules["strmod"] = "text"
try:
    from strmod import x
except ImportError as e:
    print(e, e.name, e.path)
from strmod import upper

print(upper())


class Obj:
    __name__ = "objmod"
    attr = "an attribute"


sys.modules["objmod"] = Obj()
from objmod import attr

print(attr)
try:
    from objmod import missing
except ImportError as e:
    print(e, e.name, e.path)
sys.path.append(("not", "a str"))
sys.path.append(b"bytes")
for name in ["imppkg_self/inner", "imppkg_self\x00x", ".", "..", "a..b", "x" * 200]:
    try:
        __import__(name)
        print("imported", repr(name))
    except ImportError as e:
        print(type(e).__name__, repr(name)[:20], str(e)[:50])
