# imppkg_star.helpers: named in the package's __all__; loaded by `import *`.
def helper():
    return "helper"
