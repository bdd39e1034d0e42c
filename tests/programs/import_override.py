# import_override: builtins.__import__ can be replaced (every import statement then calls it), and
# the builtins module is the one __builtins__ refers to in __main__.
import builtins

import sys

sys.path.insert(0, "impmods")
original = builtins.__import__
calls = []


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    if not name.startswith("_"):  # CPython's loader imports _io through it too
        calls.append((name, fromlist if fromlist is None else tuple(fromlist), level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import math
from math import floor, ceil
import imppkg_basic.shapes as shapes
from imppkg_rel import base

builtins.__import__ = original
for call in calls:
    print(call)
print(floor(1.5), ceil(1.5), shapes.area(2, 3), base.NAME)


def refuse(name, *args):
    raise ImportError("imports are switched off: " + name)


builtins.__import__ = refuse
try:
    import json
except ImportError as e:
    print(e)
builtins.__import__ = original
print(__builtins__ is builtins, builtins.__name__, builtins.len("abc"))
print(__import__("math") is math, __import__("builtins") is builtins)
