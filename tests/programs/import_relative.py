# import_relative: `from . import x`, `from .x import y`, `from ..a import b`, three
# levels of packages, __package__, and CPython's errors for bad relative imports.
import imppkg_rel

print(imppkg_rel.TOP, imppkg_rel.BASE_NAME, imppkg_rel.base.describe("me"))
import imppkg_rel.sub.deeper

print(imppkg_rel.sub.SUMMARY)
print(imppkg_rel.sub.deeper.__package__, imppkg_rel.sub.leaf.__package__)
print(imppkg_rel.sub.base is imppkg_rel.base)
try:
    imppkg_rel.sub.leaf.too_far()
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .x import y
except ImportError as e:
    print(type(e).__name__, e)


def inner():
    from .. import up
    return up


try:
    inner()
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("", {"__name__": "fake.mod", "__package__": None}, None, ("q",), 1)
except ImportError as e:
    print("__import__:", type(e).__name__, e, e.name)
print(__package__, __spec__)
print(sorted(k for k in __import__("sys").modules if k.startswith("imppkg_rel")))
