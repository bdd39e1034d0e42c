# imppkg_star.oddall: an __all__ that is not a list: a str (read item by item) and,
# set by import_star, other objects.
__all__ = "ab"
a, b = 1, 2
