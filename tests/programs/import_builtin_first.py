# import_builtin_first: built-in modules are found before .py files of the same name
# on sys.path (impmods/time.py is never run), even after `del sys.modules[...]`.
import sys

sys.path.insert(0, "impmods")
import time

first = time
del sys.modules["time"]
import time

print(time.__name__, time.__spec__.origin, time.__spec__.name)
print(hasattr(time, "monotonic"), time is not None, "__file__" in vars(time))
print(repr(time), "time" in sys.builtin_module_names)
print(type(time.__spec__).__name__, time.__spec__.parent == "", time.__package__)
import importlib

again = importlib.import_module("time")
print(again is time, sys.modules["time"] is time)
print(sorted(n for n in ("sys", "time", "itertools") if n in sys.builtin_module_names))
