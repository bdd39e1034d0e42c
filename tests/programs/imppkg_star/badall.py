# imppkg_star.badall: an __all__ naming something that is not there, and one with a
# non-string item.
__all__ = ["exists", "missing"]
exists = True
