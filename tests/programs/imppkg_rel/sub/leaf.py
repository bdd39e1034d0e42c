# imppkg_rel.sub.leaf: imported by its package's __init__ with `from . import leaf`.
from ..base import NAME

LEAF = "leaf(" + NAME + ")"


def too_far():
    from .... import nothing
    return nothing
