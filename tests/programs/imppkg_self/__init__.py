# imppkg_self: a package whose __init__ imports its own submodule by its full name,
# which imports the half-done package back.
import imppkg_self.inner
from . import inner as again

X = imppkg_self.inner.VAL
