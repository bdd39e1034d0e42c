# imppkg_circ.b: imports the partially initialized a (a plain import works).
import imppkg_circ.a as a_mod
import sys

SEEN_A = sorted(k for k in vars(a_mod) if not k.startswith("__"))
IN_MODULES = "imppkg_circ.a" in sys.modules


def b_value():
    return "b sees " + a_mod.A_VALUE
