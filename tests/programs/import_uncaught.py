# import_uncaught: an uncaught SyntaxError raised by importing a module: CPython's
# traceback ends with the file, the line, carets and "SyntaxError: ...".
import sys


def load(name):
    return __import__(name)


sys.path.insert(0, "impmods")
print("before")
import basic_mod

print("basic_mod loaded")
load("imppkg_errors.bad_syntax")
print("never printed")
