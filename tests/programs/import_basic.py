# import_basic: plain modules found on sys.path, a package and its submodule, the
# module cache (sys.modules), `import a.b` binding a, `from` imports.
import sys

sys.path.insert(0, "impmods")
import basic_mod

print(basic_mod.greet("peppy"), basic_mod.COUNT)
print(basic_mod.__name__, repr(basic_mod.__package__))
print(basic_mod.__file__.endswith("/impmods/basic_mod.py"))
import basic_mod as again

print(again is basic_mod, sys.modules["basic_mod"] is basic_mod)
from basic_mod import greet, COUNT

print(greet("x"), COUNT)

import imppkg_basic

print(imppkg_basic.VERSION, imppkg_basic.__package__)
print(imppkg_basic.__path__[0].endswith("/imppkg_basic"), len(imppkg_basic.__path__))
print(hasattr(imppkg_basic, "shapes"))
import imppkg_basic.shapes

print(hasattr(imppkg_basic, "shapes"), imppkg_basic.shapes.area(3, 4))
from imppkg_basic.shapes import Square

print(Square(5).area(), Square.__module__)
import imppkg_basic.shapes as sh

print(sh is imppkg_basic.shapes, sh.__name__, sh.__package__)
print(sorted(k for k in sys.modules if k.startswith(("imppkg", "basic"))))
print(type(basic_mod).__name__, "__builtins__" in vars(basic_mod))
print(__name__)
