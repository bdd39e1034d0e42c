# imppkg_circ.c: imports d, which wants a name c defines only later.
from imppkg_circ.d import D_VALUE

C_VALUE = "c"
