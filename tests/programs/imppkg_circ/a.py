# imppkg_circ.a: imports b while a is half done; b uses a only at call time.
from imppkg_circ import b

A_VALUE = "a"


def from_b():
    return b.b_value()
