# import_attrs: the attributes a module gets (__name__, __file__, __package__,
# __path__, __spec__, __builtins__, __doc__) and the module type (repr, setattr,
# delattr, __dict__, AttributeError messages).
import sys

sys.path.insert(0, "impmods")
import attrs_mod
import imppkg_basic

m = attrs_mod
print(m.OWN_NAME, m.OWN_FILE_TAIL, m.SELF is m, m.__doc__)
print(list(vars(m))[:3], vars(m)["__package__"] == "", m.__dict__ is vars(m))
print(m.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "dict")
print(m.__spec__.name, m.__spec__.origin == m.__file__, m.__spec__.parent == "")
print(m.__spec__.submodule_search_locations, m.__spec__.has_location)
p = imppkg_basic
print(p.__spec__.name, p.__spec__.parent, p.__spec__.submodule_search_locations == p.__path__)
print(p.__file__.endswith("/imppkg_basic/__init__.py"), type(p.__path__).__name__)
print(repr(m).replace(m.__file__, "FILE"))
print(repr(sys), repr(sys.__spec__.origin), sys.__spec__.name)
m.added = [1, 2]
print(m.added, "added" in m.__dict__)
del m.added
print(hasattr(m, "added"))
try:
    m.nothing_here
except AttributeError as e:
    print(e)
try:
    del m.nothing_here
except AttributeError as e:
    print(type(e).__name__)
m.OWN_NAME = "patched"
print(m.uses_global())
print(m.__class__.__name__, type(m) is type(sys), isinstance(m, type(sys)))
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else "no name")
