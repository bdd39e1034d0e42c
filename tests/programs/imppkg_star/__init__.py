# imppkg_star: a package whose __all__ names a function and a submodule that
# `from imppkg_star import *` must import.
__all__ = ["public", "helpers"]


def public():
    return "public"


def not_listed():
    return "not listed"
