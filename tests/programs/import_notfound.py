# import_notfound: ModuleNotFoundError's messages and .name: a missing module, a
# missing submodule, a submodule of a plain module ("is not a package"), a missing
# package above, and built-in modules found before any file of the same name.
import sys

sys.path.insert(0, "impmods")


def attempt(name):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__ + ":", e, "| name =", e.name, "| path =", e.path)
    else:
        print("imported", name)


attempt("no_such_module_anywhere")
attempt("basic_mod.sub")
attempt("basic_mod.sub.deeper")
attempt("imppkg_basic.missing")
attempt("no_pkg.child")
attempt("sys.path")
attempt("math.x")
import sys as again

print(again is sys, again.__name__)
try:
    import imppkg_basic.shapes.area
except ModuleNotFoundError as e:
    print(e)
try:
    from impmods import basic_mod
except ModuleNotFoundError as e:
    print("namespace?", e)
else:
    print("namespace package impmods:", basic_mod.__name__)
err = ModuleNotFoundError("custom", name="n")
print(err.name, err.path, err.msg, isinstance(err, ImportError))
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("sys", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
