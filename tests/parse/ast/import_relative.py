from . import a
from .. import b
from ... import c
from .... import d
from .a import b
from ..a import b
from ...a.b import c
from .a.b.c import d as e
from . import (a as b,)
from . import *
from .mod import *
from .. import (x, y as z)
from ...... import deep
