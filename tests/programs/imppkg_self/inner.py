# imppkg_self.inner: reads the package while the package's __init__ is still running.
import imppkg_self

VAL = 5
try:
    imppkg_self.X
except AttributeError as e:
    print("inner:", e)
