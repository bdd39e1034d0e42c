# imppkg_circ.f: imports e first, so e finds f partially initialized.
import imppkg_circ.e

F_VALUE = "f"
