# imppkg_circ.e: reads an attribute of the half-done f at import time.
import imppkg_circ.f

E_VALUE = imppkg_circ.f.F_VALUE
