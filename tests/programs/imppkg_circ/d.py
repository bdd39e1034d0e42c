# imppkg_circ.d: `from c import C_VALUE` while c is half done: CPython's "partially
# initialized module" ImportError.
from imppkg_circ.c import C_VALUE

D_VALUE = "d"
