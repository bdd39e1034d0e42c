# indent_module: an IndentationError from an imported module, caught (through
# importlib) and then uncaught (an import statement).
import importlib

try:
    importlib.import_module("tabs")
except IndentationError as e:
    print("caught:", e.msg, e.lineno)
import tabs
