# imppkg_rel: a package whose modules import each other with relative imports.
from . import base
from .base import NAME as BASE_NAME

TOP = "top of " + __name__
