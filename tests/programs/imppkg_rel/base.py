# imppkg_rel.base: the module the others import relatively.
NAME = "base"


def describe(who):
    return who + " uses " + NAME
