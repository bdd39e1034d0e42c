# attrs_mod: a module whose globals import_attrs inspects.
import sys

OWN_NAME = __name__
OWN_FILE_TAIL = __file__.rsplit("/", 2)[-2:]
SELF = sys.modules[__name__]


def uses_global():
    return OWN_NAME
