# imppkg_fail: a package with modules whose bodies raise.
LOADS = []
