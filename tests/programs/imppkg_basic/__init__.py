# imppkg_basic: a package for import_basic; its submodule shapes is imported on demand.
VERSION = (1, 2)
print("imppkg_basic/__init__ runs as", __name__, "in package", __package__)
