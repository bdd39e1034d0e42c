# circular_uncaught: CPython's circular-import ImportError, uncaught, with the path.
try:
    from second import nothing
except ImportError as e:
    print(e.args[0].replace(e.path, "PATH"))
import first
