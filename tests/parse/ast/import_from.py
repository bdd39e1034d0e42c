from a import b
from a import b, c
from a import b as c
from a import b as c, d as e
from a.b.c import d
from a import *
from a.b import *
from a import (b)
from a import (b, c)
from a import (b,)
from a import (b as c, d,)
from a import (
    b,
    c as d,
    e,
)
from __future__ import annotations
