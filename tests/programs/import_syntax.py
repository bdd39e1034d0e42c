# import_syntax: SyntaxError, IndentationError and a compiler error in an imported
# module (their attributes), and the failed modules not left in sys.modules.
import sys

for name in ["bad_syntax", "bad_indent", "bad_compile"]:
    try:
        __import__("imppkg_errors." + name)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("  ", repr(e.text), e.filename.rsplit("/", 2)[-2:], e.args[0])
        print("  ", str(e))
    print("  ", "imppkg_errors." + name in sys.modules)
try:
    import imppkg_errors.deep_raise
except KeyError as e:
    print(type(e).__name__, e)
    tb = e.__traceback__
print(sorted(sys.modules["imppkg_errors"].__dict__.keys() - {"__builtins__"}))
