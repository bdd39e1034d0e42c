# imppkg_fail.replaces: puts another object in sys.modules under its own name.
import sys


class Replacement:
    NOTE = "the replacement object"


sys.modules[__name__] = Replacement()
