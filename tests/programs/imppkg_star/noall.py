# imppkg_star.noall: no __all__: `import *` takes the names without a leading "_".
VISIBLE = 1
_private = 2
__dunder = 3


def shown():
    return "shown"
