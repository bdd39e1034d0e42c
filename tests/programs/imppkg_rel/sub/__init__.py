# imppkg_rel.sub: a subpackage importing from its parent (..) and itself (.).
from .. import base
from ..base import describe
from . import leaf

SUMMARY = describe(__name__) + " and " + leaf.LEAF
